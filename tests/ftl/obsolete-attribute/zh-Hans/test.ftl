button = 确定
