### kbnorm locale data: Italian (it). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the Italian excerpts of the shared corpus (used as vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Note: "Sommario" IS the summary in Italian (the On-this-page label is "In questa pagina"),
### and the bare word "Informazioni" is the MORE INFORMATION heading of old pages.

## Identity of the locale

locale-name = Italiano
locale-whatlang = ita

## Section headings

heading-summary = Sommario
    .match =
        Riepilogo
heading-introduction = Introduzione
heading-symptoms = Sintomi
heading-cause = Cause
    .match =
        ~Causa
heading-resolution = Risoluzione
heading-workaround = ~Soluzione alternativa
heading-status = ~Stato
heading-more-information = Informazioni
    .match =
        ~Ulteriori informazioni
        ~Altre informazioni
heading-issues-fixed = ~Problemi risolti dall'aggiornamento cumulativo
    .match =
        ~Problemi risolti da questo aggiornamento cumulativo
        ~Problemi risolti da questo aggiornamento
        ~Problemi risolti
heading-service-pack-information = Informazioni Service Pack
    .match =
        ~Informazioni sul Service Pack
heading-update-rollup-information = ~Informazioni sull'aggiornamento cumulativo
heading-download-information = ~Come ottenere l'aggiornamento cumulativo
    .match =
        ~Come ottenere questo aggiornamento
        ~Informazioni sul download
heading-update-replacement = ~Informazioni sulla sostituzione dell'hotfix
    .match =
        ~Informazioni sulla sostituzione
heading-prerequisites = ~Prerequisiti
heading-restart-requirement = ~Necessità di riavvio
    .match =
        ~Requisiti per il riavvio
        ~Requisito di riavvio
heading-removal-information = ~Informazioni sulla rimozione
heading-owa-customization = ~Informazioni importanti per gli utenti di Outlook Web Access sulla personalizzazione di Outlook Web Access
    .match =
        ~Personalizzazione di Outlook Web Access
heading-known-issues = Problemi noti
    .match =
        ~Problemi noti relativi a questo aggiornamento
heading-file-information = ~Informazioni sui file
    .match =
        ~Informazioni sul file
heading-hotfix-information = Informazioni sull'hotfix
    .match =
        Informazioni di correzione
        ~Informazioni sull’hotfix
heading-references = ~Riferimenti
heading-applies-to = Si applica a
    .match =
        ~Le informazioni in questo articolo si applicano a
heading-keywords = ~Parole chiave
heading-properties = ~Proprietà

heading-known-issue-item = ~Problema { $n }

## Page chrome

chrome = Traduzione articoli
    .match =
        Espandi tutto | Chiudi tutto
        Visualizza i prodotti a cui si riferisce l?articolo.
        (informazioni in lingua inglese)
        (le informazioni potrebbero essere in lingua inglese)
        Riduci questa tabellaEspandi questa tabella

chrome-line = In questa pagina
    .match =
        IN QUESTA ATTIVITÀ
        Condividi tramite
        DetailPage-MSS-KB
        Microsoft Knowledge Base
        Accedi con Microsoft
        Accedi o crea un account.
        Salve,
        Seleziona un altro account.
        Hai più account
        Scegli l'account con cui vuoi accedere.

## Facts

cue-article-id = Identificativo articolo : { $kb }
    .match =
        Numero KB originale : { $kb }
cue-last-review = Ultima modifica : { $date }
    .match =
        Ultima modifica dell'argomento : { $date }
cue-revision = Revisione : { $revision }
    .match =
        Versione : { $revision }
cue-release-date = Data di pubblicazione : { $date }
    .match =
        ~Data di rilascio : { $date }
        ~datato { $date }
cue-removal = ~rimuovere l'aggiornamento { $kb }
    .match =
        ~rimuovi l'aggiornamento { $kb }
        ~disinstallare l'aggiornamento { $kb }
cue-translation-of = ~La versione inglese di questo articolo è la seguente : { $kb }
    .match =
        ~Clicca qui per visualizzare la versione originale in inglese dell'articolo : { $kb }
        ~Questo articolo è la traduzione del seguente articolo in lingua inglese : { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Testo originale ({ $language }):
cue-machine-translated = ~Questo articolo è stato tradotto tramite un software di traduzione automatica
    .match =
        ~il presente articolo è stato tradotto tramite un software di traduzione automatica
        ~tradotto tramite il software di traduzione automatica di Microsoft

# The update rollup as a name with its number.
rollup-name = aggiornamento cumulativo { $n }

title-rollup = ~Descrizione dell'{ rollup-name } per { $product }

title-stop = In questo articolo
    .match =
        Microsoft ha rilasciato

## Restart requirement

restart-reboot-required = ~È necessario riavviare il computer
    .match =
        ~richiede il riavvio
restart-reboot-may-be-required = ~Questo aggiornamento potrebbe richiedere il riavvio
    .match =
        ~potrebbe richiedere il riavvio
        ~potrebbe essere necessario riavviare il computer
restart-services-restarted = ~I servizi necessari vengono arrestati automaticamente e quindi riavviati
    .match =
        ~servizi vengono arrestati automaticamente e quindi riavviati
restart-none = ~Non è necessario riavviare il computer
    .match =
        ~non richiede il riavvio

## Kinds

kind-security-update = aggiornamento della protezione
    .match =
        aggiornamento per la protezione
        ~aggiornamento di sicurezza
kind-hotfix = ~CORREZIONE:
kind-service-pack = Descrizione di { $product } Service Pack { $n }
kind-howto = ~Come configurare
    .match =
        ~Come installare
        ~Come ottenere
        ~Come utilizzare
        ~Come creare
        ~Come rimuovere
        ~Come ridurre

## Dates

date = { $day } { $month } { $year }
    .match =
        { date-weekday } { $day } { $month } { $year }
        ~{ $day }/{ $month_num }/{ $year }

# Weekday names, used by the date forms above ("giovedì 24 ottobre 2013").
date-weekday = lunedì
    .match =
        martedì
        ~mercoledì
        giovedì
        venerdì
        ~sabato
        ~domenica

month-1 = ~gennaio
    .match = ~gen.
month-2 = ~febbraio
    .match = ~feb.
month-3 = ~marzo
    .match = ~mar.
month-4 = ~aprile
    .match = ~apr.
month-5 = ~maggio
    .match = ~mag.
month-6 = giugno
    .match = ~giu.
month-7 = luglio
    .match = ~lug.
month-8 = ~agosto
    .match = ~ago.
month-9 = ~settembre
    .match = ~set.
month-10 = ottobre
    .match = ~ott.
month-11 = novembre
    .match = ~nov.
month-12 = ~dicembre
    .match = ~dic.

## Language identification: frequent, distinctive function words.

stopwords = gli della delle degli dei nel nella nei che è sono questo questa questi essere anche più alla sul sulla viene vengono può quando tra dal dalla perché ciò stato
