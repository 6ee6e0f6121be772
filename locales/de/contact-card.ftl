# Contact card: business-card sized, front and back.

contact-card-title = Kontaktkarte
contact-card-qr-caption = Scannen für aktuelle Mitteilungen
contact-card-qr-alt = QR-Code: { $target }
contact-card-advice = Bei Fieber, Husten oder anderen Symptomen rufen Sie bitte zuerst die Hotline an und benutzen Sie keine öffentlichen Verkehrsmittel.
