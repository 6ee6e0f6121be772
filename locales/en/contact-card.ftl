# Contact card: business-card sized, front and back.

contact-card-title = Contact Card
contact-card-qr-caption = Scan for the latest notices
contact-card-qr-alt = QR code: { $target }
contact-card-advice = If you have fever, a cough or other symptoms, call the hotline first and do not take public transport.
