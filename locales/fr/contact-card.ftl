# Contact card: business-card sized, front and back.

contact-card-title = Carte de contact
contact-card-qr-caption = Scannez pour recevoir les derniers avis
contact-card-qr-alt = Code QR : { $target }
contact-card-advice = En cas de fièvre, de toux ou d’autres symptômes, appelez d’abord la ligne d’assistance et ne prenez pas les transports en commun.
