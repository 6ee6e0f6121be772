# Contact card: business-card sized, front and back.

contact-card-title = Контактная карточка
contact-card-qr-caption = Отсканируйте, чтобы получать актуальные уведомления
contact-card-qr-alt = QR-код: { $target }
contact-card-advice = При температуре, кашле и других симптомах сначала позвоните на горячую линию; не пользуйтесь общественным транспортом.
