greet = 你好，{ $user }！
