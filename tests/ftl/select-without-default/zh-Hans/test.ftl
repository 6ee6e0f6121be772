days = 共 { $n } 天
