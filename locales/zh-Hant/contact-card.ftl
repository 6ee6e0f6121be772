# Contact card: business-card sized, front and back.

contact-card-title = 聯絡卡
contact-card-qr-caption = 掃描二維碼取得最新通知
contact-card-qr-alt = 二維碼：{ $target }
contact-card-advice = 如有發燒、咳嗽等症狀，請先致電熱線，切勿搭乘公共交通工具。
