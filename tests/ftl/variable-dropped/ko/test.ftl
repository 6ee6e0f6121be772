greet = 안녕하세요!
