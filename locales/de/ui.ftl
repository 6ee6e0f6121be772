# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = Gaozhi – Schalter für Bescheide
ui-nav-documents = Dokumente
ui-nav-roster = Liste drucken
ui-interface-language = Sprache der Oberfläche
ui-privacy-note = Dieses Werkzeug speichert keine Daten von Bewohnern: Eingaben und hochgeladene Listen werden nur im Arbeitsspeicher verarbeitet, nie auf die Festplatte geschrieben oder protokolliert.

## Home page

ui-home-heading = Wählen Sie das zu druckende Dokument
ui-home-open = Ausfüllen und drucken
ui-thumbnail-alt = { $title } (Muster)
ui-home-roster-heading = Eine ganze Liste drucken
ui-home-roster-text = Laden Sie eine CSV- oder Excel-Liste hoch und erhalten Sie eine ZIP-Datei mit einem PDF pro Bewohner.
ui-home-roster-button = Liste hochladen
ui-office-heading = Verwendetes Dienststellenprofil
ui-office-hotline = Servicetelefon
ui-office-contacts = Ansprechpartner
ui-office-source = Profildatei
ui-office-sample = Eingebautes Muster (examples/office.toml): Starten Sie vor dem Drucken für Bewohner mit --office und dem Profil Ihrer Dienststelle.

## Document page

ui-doc-back = ← Alle Dokumente
ui-doc-language-heading = Die Sprache des Bewohners
ui-doc-resident-language = Sprache, die der Bewohner liest
ui-doc-language-auto = Nach der Staatsangehörigkeit
ui-doc-layout = Seitenaufbau
ui-layout-bilingual = Chinesisch und die Sprache des Bewohners (zweisprachig)
ui-layout-chinese = Nur Chinesisch
ui-layout-translation = Nur die Sprache des Bewohners (mit dem Hinweis, dass der chinesische Text maßgeblich ist)
ui-doc-details = Angaben zum Bewohner
ui-required-note = Mit * markierte Felder sind Pflichtfelder.
ui-doc-optional-resident = Freiwillig; mit einer Staatsangehörigkeit druckt die Karte die Nummer der Botschaft dieses Landes.
ui-required = Pflichtfeld
ui-field-first-day = (erster Tag)
ui-field-list-hint = (Orte durch Kommas trennen)
ui-choose = Bitte wählen…
ui-countries-common = Häufige Staatsangehörigkeiten in dieser Dienststelle
ui-countries-all = Alle Länder und Gebiete
ui-download = PDF herunterladen
ui-print = PDF zum Drucken öffnen
ui-errors-heading = Bitte zuerst korrigieren:
ui-preview = Vorschau (Seite 1)
ui-preview-waiting = Die Vorschau erscheint hier, sobald die Pflichtfelder ausgefüllt sind.
ui-preview-updating = Vorschau wird aktualisiert…
ui-preview-failed = Die Vorschau ist fehlgeschlagen; bitte gleich noch einmal versuchen.
ui-preview-alt = Vorschau der ersten Seite des Dokuments
ui-noscript = JavaScript ist ausgeschaltet, daher gibt es keine Vorschau; Herunterladen und Drucken des PDF funktionieren trotzdem.

## Roster page

ui-roster-heading = Eine ganze Liste drucken
ui-roster-intro = Die erste Zeile der Liste ist die Kopfzeile (Name, Staatsangehörigkeit, Pass, Geburtsdatum, Adresse, Beginn der Beobachtung, Sprache …). Jede Zeile wird zuerst geprüft, und alle Probleme werden zusammen angezeigt.
ui-roster-file = Listendatei (CSV oder Excel, höchstens { $mb } MB und { $rows } Zeilen)
ui-roster-document = Zu druckendes Dokument
ui-roster-document-column = Wie in der Spalte „Dokument“ der Liste
ui-roster-language = Sprache für Zeilen ohne Sprachangabe
ui-roster-check = Liste prüfen
ui-roster-again = ← Andere Liste hochladen
ui-roster-report = Prüfung der Liste
ui-roster-all-valid = Alle Zeilen können gedruckt werden: { $valid }.
ui-roster-summary = Druckbereite Zeilen: { $valid }. Zeilen mit Problemen: { $invalid } (siehe Tabelle).
ui-roster-ignored = Diese Spalten sind keine Angaben zu Bewohnern und wurden übergangen: { $columns }
ui-roster-nothing = Keine Zeile kann gedruckt werden. Korrigieren Sie die Tabelle und laden Sie sie erneut hoch.
ui-roster-skip-invalid = Zeilen mit Problemen ({ $invalid }) überspringen und die übrigen drucken
ui-roster-fix = Oder korrigieren Sie die Tabelle und laden Sie sie erneut hoch. Übersprungene Zeilen stehen in rejected.csv in der ZIP-Datei.
ui-roster-render = PDFs erstellen ({ $valid })
ui-roster-progress = PDFs werden erstellt: { $done } von { $total }
ui-roster-done = Fertig: { $done } PDF-Dateien.
ui-roster-refresh = Fortschritt aktualisieren
ui-roster-download = ZIP herunterladen (PDFs und manifest.csv)
ui-roster-download-note = Die ZIP-Datei kann einmal heruntergeladen werden; danach oder nach 30 Minuten werden Liste und Dateien vom Server gelöscht.
ui-roster-expired = Diesen Auftrag gibt es nicht mehr (er wird nach dem Herunterladen oder nach 30 Minuten gelöscht). Bitte laden Sie die Liste erneut hoch.
ui-roster-failed = Die PDFs konnten nicht erstellt werden: { $reason }
ui-roster-col-row = Zeile
ui-roster-col-column = Spalte
ui-roster-col-value = Wert
ui-roster-col-reason = Fehler

## Errors

ui-error-too-large = Die Datei ist zu groß: höchstens { $mb } MB. Teilen Sie die Liste auf.
ui-error-form-too-large = Das Formular ist zu lang (höchstens { $kb } KB).
ui-error-too-many-rows = Die Liste hat { $rows } Zeilen; höchstens { $max } auf einmal. Teilen Sie sie auf.
ui-error-no-file = Wählen Sie zuerst eine Listendatei.
ui-error-file-type = Nur CSV-Dateien (.csv) oder Excel-Dateien (.xlsx, .xls, .ods) können hochgeladen werden.
ui-error-bad-upload = Der Upload ist nicht lesbar; wählen Sie die Datei und laden Sie sie erneut hoch.
ui-error-bad-form = Das Formular ist nicht lesbar; laden Sie die Seite neu und versuchen Sie es noch einmal.
ui-error-roster = Die Liste ist nicht lesbar: { $reason }
ui-error-not-found = Diese Seite gibt es nicht.
ui-error-token = Ein Zugangstoken ist nötig: Öffnen Sie das Werkzeug unter der Adresse, die es beim Start angezeigt hat (mit ?token=).
ui-error-host = Dieses Werkzeug beantwortet nur Anfragen an diesen Rechner (localhost oder 127.0.0.1).
ui-error-busy = Es werden zu viele Listen bearbeitet; versuchen Sie es gleich noch einmal oder laden Sie zuerst die fertigen herunter.
ui-error-internal = Interner Fehler: { $reason }

## Dates, card sheets, refusals

ui-date-year = Jahr
ui-date-month = Monat
ui-date-day = Tag
ui-doc-sheet = Karten auf einem ganzen A4-Bogen anordnen (zum Ausschneiden)
ui-error-cross-origin = Diese Anfrage kam von einer anderen Webseite und wurde abgelehnt. Arbeiten Sie auf den Seiten des Werkzeugs selbst.
ui-error-choose-document = Wählen Sie zuerst das Dokument, das gedruckt werden soll.
ui-roster-unreadable-workbook = Diese Excel-Datei lässt sich nicht öffnen; sie ist vielleicht beschädigt. Speichern Sie sie in Excel neu als .xlsx oder CSV und laden Sie sie erneut hoch.
ui-roster-unreadable-encoding = Die Zeichenkodierung dieser CSV-Datei ist unbekannt. Wählen Sie in Excel „Speichern unter: CSV UTF-8“ und laden Sie die Datei erneut hoch.
ui-roster-unreadable-no-name = Die Liste hat keine Namensspalte. Die erste Zeile ist die Kopfzeile und braucht eine Spalte 姓名 (oder name).

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = Dieses Feld muss ausgefüllt werden.
ui-reason-date = Dieses Datum gibt es nicht. Prüfen Sie Jahr, Monat und Tag.
ui-reason-date-year = Das Jahr { $year } scheint falsch zu sein. Bitte prüfen Sie es.
ui-reason-country = Dieses Land oder Gebiet gibt es nicht. Wählen Sie es aus der Liste (oder schreiben Sie KR, KOR oder South Korea).
ui-reason-sex = Wählen Sie weiblich, männlich oder keine Angabe.
ui-reason-language = In dieser Sprache gibt es keine Übersetzung. Wählen Sie eine Sprache aus der Liste.
ui-reason-number = Geben Sie hier eine passende ganze Zahl ein.
ui-reason-control = Enthält ein unsichtbares Steuerzeichen ({ $code }). Löschen Sie es und geben Sie den Text neu ein.
ui-reason-glyph = Das Zeichen „{ $character }“ ({ $code }) kann nicht gedruckt werden: Keine Schrift enthält es. Schreiben Sie es anders.
ui-reason-not-text = Dies lässt sich nicht als Text lesen. Bitte geben Sie es erneut ein.
ui-reason-document = Die Dokumentspalte der Liste nennt ein Dokument, das es nicht gibt.
ui-reason-no-document = Kein Dokument angegeben: Wählen Sie beim Hochladen eines aus oder ergänzen Sie die Liste um eine Dokumentspalte (文书).
ui-reason-other = Drucken nicht möglich: { $detail }
