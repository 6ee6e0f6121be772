# 联系卡: business-card sized, front and back.

contact-card-title = 联系卡
contact-card-qr-caption = 扫码获取最新通知
contact-card-qr-alt = 二维码：{ $target }
contact-card-advice = 如有发热、咳嗽等症状，请先拨打热线电话，不要乘坐公共交通工具。
