greet = 존경하는 { $name } 님께
bye = 안녕히 가세요, { $name }
