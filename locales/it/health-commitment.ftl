# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = Dichiarazione di impegno sanitario
health-commitment-intro = Ai fini della prevenzione e del controllo dell’epidemia e per tutelare la Sua salute e quella degli altri, compili in modo veritiero i dati seguenti, risponda a ogni dichiarazione e firmi per conferma.
health-commitment-section-info = Dati personali
health-commitment-section-declarations = Dichiarazione sanitaria (segni con «✓» la casella «Sì» o «No»)
health-commitment-declare-case = Negli ultimi { $days } giorni ho ricevuto una diagnosi di caso confermato o sospetto di COVID-19 o di infezione asintomatica.
health-commitment-declare-symptoms = Negli ultimi { $days } giorni ho avuto almeno uno di questi sintomi: febbre (temperatura ≥ { $threshold } °C), tosse, difficoltà respiratorie, stanchezza, mal di gola, riduzione dell’olfatto o del gusto, diarrea.
health-commitment-declare-contact = Negli ultimi { $days } giorni ho avuto contatti con un caso confermato o sospetto, o con una persona con febbre proveniente da una zona colpita dall’epidemia.
health-commitment-declare-building = Nell’edificio in cui abito c’è un caso confermato o sospetto.
health-commitment-declare-medicine = Negli ultimi { $days } giorni ho assunto farmaci per abbassare la febbre.
health-commitment-section-pledges = Mi impegno solennemente a quanto segue
health-commitment-pledge-true = Le informazioni sopra riportate sono veritiere, esatte e complete.
health-commitment-pledge-report = In caso di uno qualsiasi dei sintomi sopra indicati, lo segnalerò subito al mio comitato di quartiere o al mio luogo di lavoro e mi farò visitare secondo le indicazioni.
health-commitment-pledge-obey = Accetterò e rispetterò l’osservazione medica, i test dell’acido nucleico e tutte le altre misure di prevenzione e controllo.
health-commitment-pledge-mask = Indosserò sempre la mascherina nei luoghi pubblici e sui mezzi di trasporto.
health-commitment-liability = Sono consapevole che, se nascondo o falsifico informazioni o rifiuto di sottopormi a test o isolamento, incorrerò nella relativa responsabilità legale ai sensi degli articoli 12 e 77, tra le altre disposizioni, della «Legge della Repubblica Popolare Cinese sulla prevenzione e il trattamento delle malattie infettive», e ciò potrà essere annotato nella mia scheda del sistema di credito sociale.
