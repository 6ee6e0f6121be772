brand = 가오즈
about = { brnd } 소개
