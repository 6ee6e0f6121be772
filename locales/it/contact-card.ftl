# Contact card: business-card sized, front and back.

contact-card-title = Scheda contatti
contact-card-qr-caption = Scansioni per gli avvisi più recenti
contact-card-qr-alt = Codice QR: { $target }
contact-card-advice = In caso di febbre, tosse o altri sintomi, chiami prima la linea di assistenza e non usi i mezzi pubblici.
