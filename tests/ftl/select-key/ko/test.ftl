pledge =
    { $setting ->
        [stie] 관찰 지점에서 { $days }일간 집중 의학 관찰을 마친다.
       *[home] 집에서 { $days }일간 자가 격리를 마친다.
    }
