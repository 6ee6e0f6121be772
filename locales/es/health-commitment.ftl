# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = Carta de compromiso sanitario
health-commitment-intro = Para la prevención y el control de la epidemia y para proteger su salud y la de los demás, rellene con veracidad los datos siguientes, responda a cada declaración y firme para confirmar.
health-commitment-section-info = Datos personales
health-commitment-section-declarations = Declaración de salud (marque con «✓» la casilla de «Sí» o «No»)
health-commitment-declare-case = En los últimos { $days } días, he recibido un diagnóstico de caso confirmado o sospechoso de COVID-19 o de infección asintomática.
health-commitment-declare-symptoms = En los últimos { $days } días, he tenido alguno de estos síntomas: fiebre (temperatura ≥ { $threshold } °C), tos, dificultad para respirar, cansancio, dolor de garganta, disminución del olfato o del gusto, diarrea.
health-commitment-declare-contact = En los últimos { $days } días, he estado en contacto con un caso confirmado o sospechoso, o con una persona con fiebre procedente de una zona con brote epidémico.
health-commitment-declare-building = En el edificio donde vivo hay algún caso confirmado o sospechoso.
health-commitment-declare-medicine = En los últimos { $days } días, he tomado medicamentos para bajar la fiebre.
health-commitment-section-pledges = Me comprometo solemnemente a lo siguiente
health-commitment-pledge-true = La información facilitada arriba es verdadera, exacta y completa.
health-commitment-pledge-report = Si presento alguno de los síntomas anteriores, lo comunicaré de inmediato a mi comité vecinal o a mi centro de trabajo y acudiré al médico según se me indique.
health-commitment-pledge-obey = Acataré y apoyaré la observación médica, las pruebas de ácido nucleico y las demás medidas de prevención y control.
health-commitment-pledge-mask = Llevaré mascarilla en todo momento en lugares públicos y en los medios de transporte.
health-commitment-liability = Soy consciente de que, si oculto o falseo información o me niego a someterme a pruebas o aislamiento, incurriré en la responsabilidad legal correspondiente conforme a los artículos 12 y 77, entre otras disposiciones, de la «Ley de la República Popular China sobre Prevención y Tratamiento de Enfermedades Infecciosas», y ello podrá constar en mi registro del sistema de crédito social.
