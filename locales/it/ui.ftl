# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = Gaozhi — sportello avvisi
ui-nav-documents = Documenti
ui-nav-roster = Stampa da elenco
ui-interface-language = Lingua dell'interfaccia
ui-privacy-note = Questo strumento non conserva dati dei residenti: quanto digitato e gli elenchi caricati sono trattati solo in memoria, mai scritti su disco né registrati.

## Home page

ui-home-heading = Scegli il documento da stampare
ui-home-open = Compila e stampa
ui-thumbnail-alt = { $title } (esempio)
ui-home-roster-heading = Stampa un intero elenco
ui-home-roster-text = Carica un elenco CSV o Excel e scarica uno ZIP con un PDF per ogni residente.
ui-home-roster-button = Carica un elenco
ui-office-heading = Profilo dell'ufficio in uso
ui-office-hotline = Linea diretta
ui-office-contacts = Contatti
ui-office-source = File del profilo
ui-office-sample = Esempio incorporato (examples/office.toml): prima di stampare per i residenti, avvia con --office e il profilo del tuo ufficio.

## Document page

ui-doc-back = ← Tutti i documenti
ui-doc-language-heading = La lingua del residente
ui-doc-resident-language = Lingua che legge il residente
ui-doc-language-auto = In base alla cittadinanza
ui-doc-layout = Impaginazione
ui-layout-bilingual = Cinese e lingua del residente (bilingue)
ui-layout-chinese = Solo cinese
ui-layout-translation = Solo la lingua del residente (con la nota che fa fede il testo cinese)
ui-doc-details = Dati del residente
ui-required-note = I campi con * sono obbligatori.
ui-doc-optional-resident = Facoltativo; con una cittadinanza la tessera riporta il numero dell'ambasciata di quel paese.
ui-required = obbligatorio
ui-field-first-day = (primo giorno)
ui-field-list-hint = (separa i luoghi con virgole)
ui-choose = Scegli…
ui-countries-common = Cittadinanze frequenti in questo ufficio
ui-countries-all = Tutti i paesi e le regioni
ui-download = Scarica il PDF
ui-print = Apri il PDF per stamparlo
ui-errors-heading = Correggi prima quanto segue:
ui-preview = Anteprima (pagina 1)
ui-preview-waiting = L'anteprima compare qui quando i campi obbligatori sono compilati.
ui-preview-updating = Aggiornamento dell'anteprima…
ui-preview-failed = L'anteprima non è riuscita; riprova tra un momento.
ui-preview-alt = Anteprima della pagina 1 del documento
ui-noscript = JavaScript è disattivato, quindi niente anteprima; scaricare e stampare il PDF funziona comunque.

## Roster page

ui-roster-heading = Stampa un intero elenco
ui-roster-intro = La prima riga dell'elenco è l'intestazione (nome, cittadinanza, passaporto, data di nascita, indirizzo, inizio dell'osservazione, lingua…). Prima si controllano tutte le righe e tutti i problemi sono mostrati insieme.
ui-roster-file = File dell'elenco (CSV o Excel, al massimo { $mb } MB e { $rows } righe)
ui-roster-document = Documento da stampare
ui-roster-document-column = Secondo la colonna «documento» dell'elenco
ui-roster-language = Lingua per le righe che non ne indicano una
ui-roster-check = Controlla l'elenco
ui-roster-again = ← Carica un altro elenco
ui-roster-report = Controllo dell'elenco
ui-roster-all-valid = Tutte le righe si possono stampare: { $valid }.
ui-roster-summary = Righe pronte: { $valid }. Righe con problemi: { $invalid } (vedi la tabella).
ui-roster-ignored = Queste colonne non sono dati dei residenti e sono state ignorate: { $columns }
ui-roster-nothing = Nessuna riga si può stampare. Correggi il foglio e caricalo di nuovo.
ui-roster-skip-invalid = Salta le righe con problemi ({ $invalid }) e stampa le altre
ui-roster-fix = Oppure correggi il foglio e caricalo di nuovo. Le righe saltate sono elencate in rejected.csv nello ZIP.
ui-roster-render = Crea i PDF ({ $valid })
ui-roster-progress = Creazione dei PDF: { $done } di { $total }
ui-roster-done = Fatto: { $done } file PDF.
ui-roster-refresh = Aggiorna l'avanzamento
ui-roster-download = Scarica lo ZIP (PDF e manifest.csv)
ui-roster-download-note = Lo ZIP si può scaricare una volta sola; dopo, o trascorsi 30 minuti, l'elenco e i file sono cancellati dal server.
ui-roster-expired = Questo lavoro non esiste più (è cancellato dopo lo scaricamento o dopo 30 minuti). Carica di nuovo l'elenco.
ui-roster-failed = Impossibile creare i PDF: { $reason }
ui-roster-col-row = Riga
ui-roster-col-column = Colonna
ui-roster-col-value = Valore
ui-roster-col-reason = Problema

## Errors

ui-error-too-large = Il file è troppo grande: al massimo { $mb } MB. Dividi l'elenco in parti.
ui-error-form-too-large = Il modulo è troppo lungo (al massimo { $kb } KB).
ui-error-too-many-rows = L'elenco ha { $rows } righe; se ne possono caricare al massimo { $max } alla volta. Dividilo in parti.
ui-error-no-file = Scegli prima un file di elenco.
ui-error-file-type = Si possono caricare solo file CSV (.csv) o Excel (.xlsx, .xls, .ods).
ui-error-bad-upload = Il caricamento non è leggibile; scegli il file e caricalo di nuovo.
ui-error-bad-form = Il modulo non è leggibile; ricarica la pagina e riprova.
ui-error-roster = L'elenco non è leggibile: { $reason }
ui-error-not-found = Questa pagina non esiste.
ui-error-token = Serve un token di accesso: apri lo strumento all'indirizzo che ha mostrato all'avvio (con ?token=).
ui-error-host = Questo strumento risponde solo alle richieste dirette a questo computer (localhost o 127.0.0.1).
ui-error-busy = Ci sono troppi elenchi in lavorazione; riprova tra poco o scarica prima quelli pronti.
ui-error-internal = Errore interno: { $reason }

## Dates, card sheets, refusals

ui-date-year = Anno
ui-date-month = Mese
ui-date-day = Giorno
ui-doc-sheet = Disponi le tessere su un intero foglio A4 (da ritagliare)
ui-error-cross-origin = Questa richiesta veniva da un'altra pagina web ed è stata rifiutata. Usa le pagine dello strumento stesso.
ui-error-choose-document = Scegli prima il documento da stampare.
ui-roster-unreadable-workbook = Questo file Excel non si apre; forse è danneggiato. Salvalo di nuovo in Excel come .xlsx o CSV e ricaricalo.
ui-roster-unreadable-encoding = La codifica di questo file CSV non è riconosciuta. In Excel usa «Salva come CSV UTF-8» e ricaricalo.
ui-roster-unreadable-no-name = L'elenco non ha una colonna del nome. La prima riga è l'intestazione e deve avere una colonna 姓名 (o name).

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = Questo campo è obbligatorio.
ui-reason-date = Questa data non esiste. Controlla anno, mese e giorno.
ui-reason-date-year = L'anno { $year } sembra sbagliato. Controllalo.
ui-reason-country = Questo paese o territorio non esiste. Sceglilo dall'elenco (oppure scrivi KR, KOR o South Korea).
ui-reason-sex = Scegli femminile, maschile o non indicato.
ui-reason-language = Non esiste una traduzione in questa lingua. Scegline una dall'elenco.
ui-reason-number = Inserisci qui un numero intero adatto.
ui-reason-control = Contiene un carattere di controllo invisibile ({ $code }). Cancellalo e riscrivi il testo.
ui-reason-glyph = Il carattere «{ $character }» ({ $code }) non si può stampare: nessun font lo contiene. Scrivilo in un altro modo.
ui-reason-not-text = Non si riesce a leggerlo come testo. Riscrivilo.
ui-reason-document = La colonna documento dell'elenco indica un documento che non esiste.
ui-reason-no-document = Nessun documento indicato: scegline uno al caricamento o aggiungi all'elenco una colonna documento (文书).
ui-reason-other = Impossibile stampare: { $detail }
