button = 확인
    .title = 확인을 누르세요
    .title = 확인
