-brand = 高知
about = 关于{ -brand }
