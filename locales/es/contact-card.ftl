# Contact card: business-card sized, front and back.

contact-card-title = Tarjeta de contacto
contact-card-qr-caption = Escanee para ver los avisos más recientes
contact-card-qr-alt = Código QR: { $target }
contact-card-advice = Si tiene fiebre, tos u otros síntomas, llame primero a la línea de atención y no utilice el transporte público.
