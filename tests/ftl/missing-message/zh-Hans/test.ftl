hello = 你好
bye = 再见
