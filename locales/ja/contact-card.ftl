# Contact card: business-card sized, front and back.

contact-card-title = 連絡カード
contact-card-qr-caption = スキャンして最新のお知らせを確認
contact-card-qr-alt = QRコード：{ $target }
contact-card-advice = 発熱やせきなどの症状がある場合は、まずホットラインに電話してください。公共交通機関は利用しないでください。
