bye = 再见
