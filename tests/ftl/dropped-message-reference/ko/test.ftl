call = { hotline }에 전화하세요
