### kbnorm locale data: Danish (da). Format: see locales/en/kb.ftl.
### Sources: research/terms_nordic_germanic.md ("seen" strings), research/label_notes_eu.md,
### the da excerpts of the shared dev corpus.
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Dansk
locale-whatlang = dan

## Section headings

heading-summary = Sammenfatning
heading-introduction = Introduktion
heading-symptoms = ~Symptomer
heading-cause = ~Årsag
heading-resolution = ~Løsning
heading-workaround = ~Midlertidig løsning
heading-status = ~Status
heading-more-information = Yderligere Information
    .match =
        ~Yderligere oplysninger
        ~Flere oplysninger
heading-issues-fixed = ~Problemer, som opdateringen løser
    .match =
        ~Problemer, der løses af den samlede opdatering
heading-service-pack-information = ~Oplysninger om Service Pack
heading-update-rollup-information = ~Oplysninger om den samlede opdatering
heading-download-information = ~Sådan får du opdateringen
    .match =
        ~Oplysninger om download
heading-update-replacement = ~Oplysninger om erstatning af opdatering
    .match =
        ~Oplysninger om erstatning
heading-prerequisites = ~Forudsætninger
heading-restart-requirement = ~Krav om genstart
    .match =
        ~Genstartskrav
heading-removal-information = ~Oplysninger om fjernelse
heading-owa-customization = ~Vigtige oplysninger til brugere af Outlook Web Access om tilpasning af Outlook Web Access
    .match =
        ~Tilpasning af Outlook Web Access
heading-known-issues = ~Kendte problemer
heading-file-information = ~Filoplysninger
heading-hotfix-information = ~Oplysninger om hotfix
heading-references = ~Referencer
heading-applies-to = ~Gælder for
    .match =
        Gælder
heading-keywords = ~Nøgleord
heading-properties = ~Egenskaber

heading-known-issue-item = ~Problem { $n }

## Page chrome

chrome = Udvid alle | Skjul alle
    .match =
        Du er offline. Venter på, at der oprettes forbindelse til internettet igen
        Få vist de produkter, som denne artikel refererer til.
        Artiklen er evt. på engelsk.
        Webstedet er muligvis på engelsk.

chrome-line = På denne side
    .match =
        Tilbage til toppen
        Log på med Microsoft
        Log på, eller opret en konto.
        Hej
        Markér en anden konto.
        Du har flere konti
        Vælg den konto, du vil logge på med.

## Facts

cue-article-id = Artikel-id: { $kb }
cue-last-review = ~Seneste revision: { $date }
    .match =
        ~Senest revideret: { $date }
cue-revision = ~Revision: { $revision }
cue-release-date = ~Udgivelsesdato: { $date }
cue-removal = ~fjerne opdatering { $kb }
    .match =
        ~fjern opdatering { $kb }
        ~fjerner opdatering { $kb }
cue-translation-of = ~Den engelske version af denne artikel er: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Oprindelig tekst ({ $language }):
cue-machine-translated = Denne artikel er maskinoversat
    .match =
        ~er blevet maskinoversat

rollup-name = ~Samlet opdatering { $n }
    .match =
        ~Opdateringspakke { $n }
        ~Update Rollup { $n }

title-rollup = ~Beskrivelse af { rollup-name } til { $product }

title-stop = I denne artikel
    .match =
        ~Denne artikel
        ~Microsoft har udgivet

## Restart requirement

restart-reboot-required = ~Du skal genstarte computeren
restart-reboot-may-be-required = ~Du skal muligvis genstarte computeren
restart-services-restarted = ~De påkrævede tjenester stoppes automatisk og genstartes derefter
restart-none = ~Du behøver ikke at genstarte computeren

## Kinds

kind-security-update = sikkerhedsopdatering
kind-hotfix = ~hotfix
kind-service-pack = ~Beskrivelse af { $product } Service Pack { $n }
kind-howto = Sådan

## Language identification

stopwords = af nogle mellem bliver blevet meget hvad oplysninger computeren enheder derefter muligvis ændre gør noget bruge bruger vælg klik hjælp hjælpe kører understøttede fejl mere websted indstillinger yderligere herunder indeholder opdatering opdateringen opdateringer tilgængelige finde anden artiklen forskellige opstår inden

## Dates

date = { $day }. { $month } { $year }
    .match =
        den { $day }. { $month } { $year }
        ~{ $day }-{ $month_num }-{ $year }

month-1 = januar
    .match = ~jan.
month-2 = ~februar
    .match = ~feb.
month-3 = marts
    .match = ~mar.
month-4 = april
    .match = ~apr.
month-5 = maj
month-6 = ~juni
    .match = ~jun.
month-7 = juli
    .match = ~jul.
month-8 = august
    .match = ~aug.
month-9 = ~september
    .match = ~sep.
month-10 = ~oktober
    .match = ~okt.
month-11 = ~november
    .match = ~nov.
month-12 = ~december
    .match = ~dec.
