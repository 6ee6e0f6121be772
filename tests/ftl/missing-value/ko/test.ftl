button =
    .title = 확인을 누르세요
