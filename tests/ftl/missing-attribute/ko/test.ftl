# The button.
button = 확인
