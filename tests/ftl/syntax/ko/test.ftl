hello = 안녕하세요
bye = 안녕히 { 가세요
