bye = 안녕히 가세요
hello = 안녕
