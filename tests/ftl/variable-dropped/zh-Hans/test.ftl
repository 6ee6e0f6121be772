greet = 你好，{ $name }！
