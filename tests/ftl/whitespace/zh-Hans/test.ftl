hello = 你好
