pledge =
    { $setting ->
        [site] 在观察点完成 { $days } 天集中医学观察。
       *[home] 在家完成 { $days } 天居家隔离。
    }
