# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = Avviso personale di osservazione medica centralizzata
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = { $sex ->
        [female] Gentile signora { $name },
        [male] Gentile signor { $name },
       *[other] Gentile { $name },
    }
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = In base alle disposizioni sulla prevenzione e il controllo dell’epidemia, Lei deve sottoporsi a { $days } giorni di osservazione medica centralizzata presso la struttura sopra indicata, dal { $start } al { $end }. Durante questo periodo La preghiamo di rispettare le seguenti regole:
# Heading of the numbered rules.
central-observation-notice-section-rules = Regole durante il periodo di osservazione
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = Occupi da solo/a la camera che Le è stata assegnata e non la lasci senza autorizzazione durante l’osservazione.
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = Non si rechi nelle altre camere; non sono ammesse visite di parenti e amici.
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = Il personale Le misurerà la temperatura due volte al giorno; La preghiamo di collaborare.
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = In caso di febbre, tosse secca, stanchezza, mal di gola, riduzione dell’olfatto o del gusto, diarrea o altri sintomi, lo segnali subito al personale. Se deve recarsi in ospedale, il trasferimento avverrà in ambulanza ({ $ambulance }).
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = Il personale Le lascerà i tre pasti giornalieri davanti alla porta. Apra solo dopo che il personale si è allontanato e indossi la mascherina quando ritira il pasto.
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = Chiuda bene i rifiuti in un sacchetto e lo lasci davanti alla porta; il personale provvederà a raccoglierli.
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = Se le norme locali prevedono che le spese di vitto e alloggio durante l’osservazione siano a Suo carico, La preghiamo di pagarle secondo quanto previsto. Eventuali danni a impianti o beni della struttura dovranno essere risarciti al loro valore.
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = Al termine del periodo di osservazione, in assenza di anomalie, la struttura Le rilascerà un avviso di fine dell’osservazione medica.
# Heading of the consequences.
central-observation-notice-section-consequences = Conseguenze delle violazioni
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = Chi rifiuta di collaborare o lascia la struttura senza autorizzazione può essere sanzionato ai sensi dell’articolo 50 della «Legge della RPC sulle sanzioni amministrative per la pubblica sicurezza»; chi causa la diffusione dell’epidemia ne risponde penalmente a norma di legge.
# Heading of the contact table.
central-observation-notice-section-contacts = Contatti
# Printed above the resident's signature.
central-observation-notice-acknowledge = Ho letto e compreso integralmente il presente avviso e mi impegno a rispettarlo.
