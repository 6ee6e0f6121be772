# Contact card: business-card sized, front and back.

contact-card-title = 연락처 카드
contact-card-qr-caption = 스캔하여 최신 공지 확인
contact-card-qr-alt = QR 코드: { $target }
contact-card-advice = 발열, 기침 등의 증상이 있으면 먼저 핫라인으로 전화하시고, 대중교통을 이용하지 마십시오.
