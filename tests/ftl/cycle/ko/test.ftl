a = 가 { b }
b = 나 { a }
