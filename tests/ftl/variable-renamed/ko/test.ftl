greet = 안녕하세요, { $usr }님!
