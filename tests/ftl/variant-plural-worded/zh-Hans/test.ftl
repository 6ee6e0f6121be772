length = 共 { $days } 天
