from = 自 { $start } 起
length = 共 { $days } 天
who = 姓名：{ $name }
