days = { $n } 天
