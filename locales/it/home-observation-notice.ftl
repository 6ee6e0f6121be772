# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = Avviso personale di osservazione medica domiciliare
home-observation-notice-greeting = { $sex ->
        [female] Gentile signora { $name },
        [male] Gentile signor { $name },
       *[other] Gentile { $name },
    }
home-observation-notice-intro = In base alle disposizioni sulla prevenzione e il controllo dell’epidemia, Lei deve sottoporsi a { $days } giorni di osservazione medica domiciliare all’indirizzo sopra indicato, dal { $start } al { $end }. Durante questo periodo La preghiamo di rispettare le seguenti regole:
home-observation-notice-section-rules = Regole durante il periodo di osservazione
home-observation-notice-rule-stay = Non esca di casa durante l’osservazione domiciliare.
home-observation-notice-rule-room = Occupi una stanza singola ben ventilata, tenga la porta chiusa ed eviti il più possibile il contatto con i familiari.
home-observation-notice-rule-visitors = Non riceva visite; al massimo una persona designata potrà prendersi cura di Lei.
home-observation-notice-rule-temperature = Si misuri la temperatura ogni mattina e ogni sera e la comunichi al comitato di quartiere in giornata.
home-observation-notice-rule-symptoms = In caso di febbre, tosse secca, stanchezza, mal di gola, riduzione dell’olfatto o del gusto, diarrea o altri sintomi, lo segnali subito al comitato di quartiere. Se deve recarsi in un ambulatorio per la febbre, il trasferimento avverrà in ambulanza ({ $ambulance }); non usi i mezzi pubblici.
home-observation-notice-rule-mask = Indossi la mascherina quando c’è qualcuno vicino a Lei.
home-observation-notice-rule-tableware = Usi asciugamani, stoviglie e altri oggetti personali propri, senza condividerli con altri.
home-observation-notice-rule-waste = Getti mascherine e fazzoletti usati in un bidone con coperchio; chiuda i rifiuti domestici in un doppio sacchetto e li consegni al personale del comitato di quartiere.
home-observation-notice-rule-supplies = Se ha bisogno di beni di prima necessità, può chiedere al comitato di quartiere di consegnarglieli.
home-observation-notice-section-consequences = Conseguenze delle violazioni
home-observation-notice-consequence-transfer = Chi viola le regole dell’osservazione domiciliare sarà trasferito in osservazione medica centralizzata (con eventuali spese a proprio carico, secondo le norme locali) e il periodo di osservazione ricomincerà da capo.
home-observation-notice-consequence-law = Le violazioni possono essere sanzionate ai sensi dell’articolo 50 della «Legge della RPC sulle sanzioni amministrative per la pubblica sicurezza»; chi causa la diffusione dell’epidemia ne risponde penalmente a norma di legge.
home-observation-notice-section-contacts = Contatti
home-observation-notice-acknowledge = Ho letto e compreso integralmente il presente avviso e mi impegno a rispettarlo.
