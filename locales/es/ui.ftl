# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = Gaozhi — mostrador de avisos
ui-nav-documents = Documentos
ui-nav-roster = Imprimir una lista
ui-interface-language = Idioma de la interfaz
ui-privacy-note = Esta herramienta no guarda datos de los residentes: lo que se escribe y las listas que se suben se procesan solo en memoria, nunca se escriben en disco ni en registros.

## Home page

ui-home-heading = Elija el documento que desea imprimir
ui-home-open = Rellenar e imprimir
ui-thumbnail-alt = { $title } (muestra)
ui-home-roster-heading = Imprimir una lista completa
ui-home-roster-text = Suba una lista CSV o Excel y descargue un ZIP con un PDF por residente.
ui-home-roster-button = Subir una lista
ui-office-heading = Perfil de la oficina en uso
ui-office-hotline = Línea de atención
ui-office-contacts = Contactos
ui-office-source = Archivo del perfil
ui-office-sample = Muestra integrada (examples/office.toml): antes de imprimir para residentes, inicie con --office y el perfil de su oficina.

## Document page

ui-doc-back = ← Todos los documentos
ui-doc-language-heading = El idioma del residente
ui-doc-resident-language = Idioma que lee el residente
ui-doc-language-auto = Según la nacionalidad
ui-doc-layout = Diseño de la página
ui-layout-bilingual = Chino y el idioma del residente (bilingüe)
ui-layout-chinese = Solo chino
ui-layout-translation = Solo el idioma del residente (con la nota de que el texto chino es el vinculante)
ui-doc-details = Datos del residente
ui-required-note = Los campos marcados con * son obligatorios.
ui-doc-optional-resident = Opcional; con una nacionalidad, la tarjeta imprime el teléfono de la embajada de ese país.
ui-required = obligatorio
ui-field-first-day = (primer día)
ui-field-list-hint = (separe los lugares con comas)
ui-choose = Elija…
ui-countries-common = Nacionalidades frecuentes en esta oficina
ui-countries-all = Todos los países y regiones
ui-download = Descargar el PDF
ui-print = Abrir el PDF para imprimir
ui-errors-heading = Corrija primero lo siguiente:
ui-preview = Vista previa (página 1)
ui-preview-waiting = La vista previa aparece aquí cuando los campos obligatorios están rellenos.
ui-preview-updating = Actualizando la vista previa…
ui-preview-failed = La vista previa falló; inténtelo de nuevo en un momento.
ui-preview-alt = Vista previa de la página 1 del documento
ui-noscript = JavaScript está desactivado, así que no hay vista previa; descargar e imprimir el PDF funciona igualmente.

## Roster page

ui-roster-heading = Imprimir una lista completa
ui-roster-intro = La primera fila de la lista es el encabezado (nombre, nacionalidad, pasaporte, fecha de nacimiento, dirección, inicio de la observación, idioma…). Primero se comprueban todas las filas y se muestran todos los problemas a la vez.
ui-roster-file = Archivo de la lista (CSV o Excel, hasta { $mb } MB y { $rows } filas)
ui-roster-document = Documento que se imprimirá
ui-roster-document-column = Según la columna «documento» de la lista
ui-roster-language = Idioma para las filas que no indican ninguno
ui-roster-check = Comprobar la lista
ui-roster-again = ← Subir otra lista
ui-roster-report = Comprobación de la lista
ui-roster-all-valid = Se pueden imprimir todas las filas: { $valid }.
ui-roster-summary = Filas listas: { $valid }. Filas con problemas: { $invalid } (vea la tabla).
ui-roster-ignored = Estas columnas no son datos de residentes y se han ignorado: { $columns }
ui-roster-nothing = No se puede imprimir ninguna fila. Corrija la hoja y súbala de nuevo.
ui-roster-skip-invalid = Omitir las filas con problemas ({ $invalid }) e imprimir las demás
ui-roster-fix = También puede corregir la hoja y subirla de nuevo. Las filas omitidas figuran en rejected.csv dentro del ZIP.
ui-roster-render = Crear los PDF ({ $valid })
ui-roster-progress = Creando los PDF: { $done } de { $total }
ui-roster-done = Terminado: { $done } archivos PDF.
ui-roster-refresh = Actualizar el progreso
ui-roster-download = Descargar el ZIP (PDF y manifest.csv)
ui-roster-download-note = El ZIP se puede descargar una sola vez; después, o pasados 30 minutos, la lista y sus archivos se borran del servidor.
ui-roster-expired = Esta tarea ya no existe (se borra tras la descarga o pasados 30 minutos). Suba de nuevo la lista.
ui-roster-failed = No se pudieron crear los PDF: { $reason }
ui-roster-col-row = Fila
ui-roster-col-column = Columna
ui-roster-col-value = Valor
ui-roster-col-reason = Problema

## Errors

ui-error-too-large = El archivo es demasiado grande: { $mb } MB como máximo. Divida la lista en partes.
ui-error-form-too-large = El formulario es demasiado largo ({ $kb } KB como máximo).
ui-error-too-many-rows = La lista tiene { $rows } filas; se pueden subir { $max } como máximo a la vez. Divídala en partes.
ui-error-no-file = Elija primero un archivo de lista.
ui-error-file-type = Solo se pueden subir archivos CSV (.csv) o Excel (.xlsx, .xls, .ods).
ui-error-bad-upload = No se pudo leer lo subido; elija el archivo y súbalo de nuevo.
ui-error-bad-form = No se pudo leer el formulario; recargue la página e inténtelo de nuevo.
ui-error-roster = No se puede leer la lista: { $reason }
ui-error-not-found = Esta página no existe.
ui-error-token = Se necesita un token de acceso: abra la herramienta en la dirección que mostró al iniciarse (con ?token=).
ui-error-host = Esta herramienta solo responde a peticiones dirigidas a este equipo (localhost o 127.0.0.1).
ui-error-busy = Se están procesando demasiadas listas; inténtelo en un momento o descargue primero las terminadas.
ui-error-internal = Error interno: { $reason }

## Dates, card sheets, refusals

ui-date-year = Año
ui-date-month = Mes
ui-date-day = Día
ui-doc-sheet = Colocar las tarjetas en una hoja A4 entera (para recortar)
ui-error-cross-origin = Esta solicitud venía de otra página web y se ha rechazado. Use las páginas de la propia herramienta.
ui-error-choose-document = Elija primero el documento que va a imprimir.
ui-roster-unreadable-workbook = Este archivo de Excel no se puede abrir; puede estar dañado. Guárdelo de nuevo en Excel como .xlsx o CSV y vuelva a subirlo.
ui-roster-unreadable-encoding = No se reconoce la codificación de este archivo CSV. En Excel, use «Guardar como CSV UTF-8» y vuelva a subirlo.
ui-roster-unreadable-no-name = La lista no tiene columna de nombre. La primera fila es el encabezado y debe tener una columna 姓名 (o name).

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = Este campo es obligatorio.
ui-reason-date = Esta fecha no existe. Compruebe el año, el mes y el día.
ui-reason-date-year = El año { $year } parece incorrecto. Compruébelo.
ui-reason-country = No existe ese país o región. Elíjalo de la lista (o escriba KR, KOR o South Korea).
ui-reason-sex = Elija femenino, masculino o sin indicar.
ui-reason-language = No hay traducción a este idioma. Elija uno de la lista.
ui-reason-number = Escriba aquí un número entero adecuado.
ui-reason-control = Contiene un carácter de control invisible ({ $code }). Bórrelo y vuelva a escribir el texto.
ui-reason-glyph = El carácter «{ $character }» ({ $code }) no se puede imprimir: ninguna fuente lo tiene. Escríbalo de otra forma.
ui-reason-not-text = No se puede leer como texto. Escríbalo de nuevo.
ui-reason-document = La columna de documento de la lista nombra un documento que no existe.
ui-reason-no-document = No se indicó ningún documento: elija uno al subir la lista o añada una columna de documento (文书).
ui-reason-other = No se puede imprimir: { $detail }
