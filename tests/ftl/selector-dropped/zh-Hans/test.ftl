greet = { $sex ->
        [female] 尊敬的 { $name } 女士：
        [male] 尊敬的 { $name } 先生：
       *[other] 尊敬的 { $name }：
    }
bye = { $sex ->
        [female] 再见，{ $name } 女士
        [male] 再见，{ $name } 先生
       *[other] 再见，{ $sex }
    }
