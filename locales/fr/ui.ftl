# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = Gaozhi — guichet des avis
ui-nav-documents = Documents à imprimer
ui-nav-roster = Imprimer une liste
ui-interface-language = Langue de l'interface
ui-privacy-note = Cet outil ne conserve aucune donnée des résidents : la saisie et les listes envoyées sont traitées en mémoire seulement, jamais écrites sur disque ni journalisées.

## Home page

ui-home-heading = Choisissez le document à imprimer
ui-home-open = Remplir et imprimer
ui-thumbnail-alt = { $title } (exemple)
ui-home-roster-heading = Imprimer toute une liste
ui-home-roster-text = Envoyez une liste CSV ou Excel et téléchargez un ZIP avec un PDF par résident.
ui-home-roster-button = Envoyer une liste
ui-office-heading = Profil du bureau utilisé
ui-office-hotline = Ligne d'assistance
ui-office-contacts = Personnes à contacter
ui-office-source = Fichier du profil
ui-office-sample = Exemple intégré (examples/office.toml) : avant d'imprimer pour des résidents, lancez l'outil avec --office et le profil de votre bureau.

## Document page

ui-doc-back = ← Tous les documents
ui-doc-language-heading = La langue du résident
ui-doc-resident-language = Langue que lit le résident
ui-doc-language-auto = D'après la nationalité
ui-doc-layout = Mise en page
ui-layout-bilingual = Chinois et langue du résident (bilingue)
ui-layout-chinese = Chinois seulement
ui-layout-translation = Langue du résident seulement (avec la mention que le texte chinois fait foi)
ui-doc-details = Informations sur le résident
ui-required-note = Les champs marqués * sont obligatoires.
ui-doc-optional-resident = Facultatif ; avec une nationalité, la carte indique le numéro de l'ambassade de ce pays.
ui-required = obligatoire
ui-field-first-day = (premier jour)
ui-field-list-hint = (séparez les lieux par des virgules)
ui-choose = Choisir…
ui-countries-common = Nationalités fréquentes dans ce bureau
ui-countries-all = Tous les pays et régions
ui-download = Télécharger le PDF
ui-print = Ouvrir le PDF pour l'imprimer
ui-errors-heading = Corrigez d'abord ceci :
ui-preview = Aperçu (page 1)
ui-preview-waiting = L'aperçu s'affiche ici dès que les champs obligatoires sont remplis.
ui-preview-updating = Mise à jour de l'aperçu…
ui-preview-failed = L'aperçu a échoué ; réessayez dans un instant.
ui-preview-alt = Aperçu de la page 1 du document
ui-noscript = JavaScript est désactivé, donc pas d'aperçu ; le téléchargement et l'impression du PDF fonctionnent quand même.

## Roster page

ui-roster-heading = Imprimer toute une liste
ui-roster-intro = La première ligne de la liste est l'en-tête (nom, nationalité, passeport, date de naissance, adresse, début de l'observation, langue…). Chaque ligne est vérifiée d'abord et tous les problèmes sont indiqués ensemble.
ui-roster-file = Fichier de la liste (CSV ou Excel, { $mb } Mo et { $rows } lignes au plus)
ui-roster-document = Document à imprimer
ui-roster-document-column = Selon la colonne « document » de la liste
ui-roster-language = Langue des lignes qui n'en indiquent pas
ui-roster-check = Vérifier la liste
ui-roster-again = ← Envoyer une autre liste
ui-roster-report = Vérification de la liste
ui-roster-all-valid = Toutes les lignes peuvent être imprimées : { $valid }.
ui-roster-summary = Lignes prêtes : { $valid }. Lignes avec un problème : { $invalid } (voir le tableau).
ui-roster-ignored = Ces colonnes ne sont pas des informations sur les résidents et ont été ignorées : { $columns }
ui-roster-nothing = Aucune ligne ne peut être imprimée. Corrigez le tableau et envoyez-le de nouveau.
ui-roster-skip-invalid = Sauter les lignes qui posent problème ({ $invalid }) et imprimer les autres
ui-roster-fix = Vous pouvez aussi corriger le tableau et l'envoyer de nouveau. Les lignes sautées figurent dans rejected.csv, dans le ZIP.
ui-roster-render = Créer les PDF ({ $valid })
ui-roster-progress = Création des PDF : { $done } sur { $total }
ui-roster-done = Terminé : { $done } fichiers PDF.
ui-roster-refresh = Actualiser la progression
ui-roster-download = Télécharger le ZIP (PDF et manifest.csv)
ui-roster-download-note = Le ZIP ne peut être téléchargé qu'une fois ; ensuite, ou après 30 minutes, la liste et ses fichiers sont effacés du serveur.
ui-roster-expired = Cette tâche n'existe plus (elle est effacée après le téléchargement ou après 30 minutes). Envoyez de nouveau la liste.
ui-roster-failed = La création des PDF a échoué : { $reason }
ui-roster-col-row = Ligne
ui-roster-col-column = Colonne
ui-roster-col-value = Valeur
ui-roster-col-reason = Problème

## Errors

ui-error-too-large = Le fichier est trop gros : { $mb } Mo au plus. Découpez la liste en plusieurs envois.
ui-error-form-too-large = Le formulaire est trop long ({ $kb } Ko au plus).
ui-error-too-many-rows = La liste a { $rows } lignes ; on peut en envoyer { $max } au plus à la fois. Découpez-la.
ui-error-no-file = Choisissez d'abord un fichier de liste.
ui-error-file-type = Seuls les fichiers CSV (.csv) ou Excel (.xlsx, .xls, .ods) sont acceptés.
ui-error-bad-upload = L'envoi est illisible ; choisissez le fichier et envoyez-le de nouveau.
ui-error-bad-form = Le formulaire est illisible ; rechargez la page et réessayez.
ui-error-roster = La liste est illisible : { $reason }
ui-error-not-found = Cette page n'existe pas.
ui-error-token = Un jeton d'accès est nécessaire : ouvrez l'outil à l'adresse affichée au démarrage (avec ?token=).
ui-error-host = Cet outil ne répond qu'aux requêtes adressées à cette machine (localhost ou 127.0.0.1).
ui-error-busy = Trop de listes sont en cours ; réessayez bientôt, ou téléchargez d'abord celles qui sont prêtes.
ui-error-internal = Erreur interne : { $reason }

## Dates, card sheets, refusals

ui-date-year = Année
ui-date-month = Mois
ui-date-day = Jour
ui-doc-sheet = Disposer les cartes sur une feuille A4 entière (à découper)
ui-error-cross-origin = Cette demande venait d'une autre page web et a été refusée. Utilisez les pages de l'outil lui-même.
ui-error-choose-document = Choisissez d'abord le document à imprimer.
ui-roster-unreadable-workbook = Ce fichier Excel ne s'ouvre pas ; il est peut-être endommagé. Enregistrez-le à nouveau dans Excel en .xlsx ou en CSV, puis envoyez-le de nouveau.
ui-roster-unreadable-encoding = L'encodage de ce fichier CSV n'est pas reconnu. Dans Excel, choisissez « Enregistrer sous CSV UTF-8 », puis envoyez-le de nouveau.
ui-roster-unreadable-no-name = La liste n'a pas de colonne de nom. La première ligne est l'en-tête et doit avoir une colonne 姓名 (ou name).

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = Ce champ est obligatoire.
ui-reason-date = Cette date n'existe pas. Vérifiez l'année, le mois et le jour.
ui-reason-date-year = L'année { $year } semble erronée. Vérifiez-la.
ui-reason-country = Ce pays ou cette région n'existe pas. Choisissez dans la liste (ou écrivez KR, KOR ou South Korea).
ui-reason-sex = Choisissez féminin, masculin ou non précisé.
ui-reason-language = Il n'existe pas de traduction dans cette langue. Choisissez-en une dans la liste.
ui-reason-number = Saisissez ici un nombre entier adapté.
ui-reason-control = Contient un caractère de contrôle invisible ({ $code }). Supprimez-le et saisissez le texte à nouveau.
ui-reason-glyph = Le caractère « { $character } » ({ $code }) ne peut pas être imprimé : aucune police ne l'a. Écrivez-le autrement.
ui-reason-not-text = Impossible de lire ceci comme du texte. Saisissez-le à nouveau.
ui-reason-document = La colonne document de la liste nomme un document qui n'existe pas.
ui-reason-no-document = Aucun document indiqué : choisissez-en un à l'envoi, ou ajoutez à la liste une colonne document (文书).
ui-reason-other = Impression impossible : { $detail }
