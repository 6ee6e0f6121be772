button = 确定
    .title = 点击确定
