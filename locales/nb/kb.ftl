### kbnorm locale data: Norwegian Bokmål (nb). Format: see locales/en/kb.ftl.
### Sources: research/terms_nordic_germanic.md ("seen" strings), research/label_notes_eu.md,
### the nb excerpts of the shared dev corpus.
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Norsk bokmål
locale-whatlang = nob

## Section headings

heading-summary = Sammendrag
heading-introduction = Innledning
# Held back: "Symptom" is also Swedish (sv, seen). Phrases may be shared by
# locales now, but a shared one counts for both in the vocabulary evidence, which
# lowers the confidence of Swedish articles (the sv golden files change). Restore
# when the evidence counts a shared phrase once.
heading-symptoms = ~Symptomer
    .match =
        Symptom
heading-cause = Årsak
heading-resolution = Løsning
    .match =
        Oppløsning
heading-workaround = ~Midlertidig løsning
heading-status = ~Status
heading-more-information = Mer informasjon
    .match =
        Hvis du vil ha mer informasjon
heading-issues-fixed = ~Problemer som løses av samleoppdateringen
    .match =
        ~Problemer som løses av denne oppdateringen
heading-service-pack-information = ~Informasjon om oppdateringspakken
    .match =
        ~Informasjon om Service Pack
heading-update-rollup-information = ~Informasjon om samleoppdateringen
heading-download-information = Slik får og installerer du oppdateringen
    .match =
        Slik skaffer og installerer du oppdateringen
        ~Slik får du samleoppdateringen
heading-update-replacement = Informasjon om erstatning av sikkerhetsoppdatering
    .match =
        ~Informasjon om erstatning av oppdatering
        ~Erstatningsinformasjon
heading-prerequisites = ~Forutsetninger
heading-restart-requirement = ~Krav om omstart
    .match =
        ~Omstartskrav
heading-removal-information = ~Informasjon om fjerning
heading-owa-customization = ~Viktig informasjon for brukere av Outlook Web Access om tilpasning av Outlook Web Access
    .match =
        ~Tilpasning av Outlook Web Access
heading-known-issues = ~Kjente problemer
heading-file-information = Filinformasjon
heading-hotfix-information = Informasjon om hurtigreparasjon
heading-references = ~Referanser
heading-applies-to = ~Gjelder for
heading-keywords = ~Nøkkelord
# Held back: "Egenskaper" is also Swedish (sv, seen). Phrases may be shared by
# locales now, but a shared one counts for both in the vocabulary evidence, which
# lowers the confidence of Swedish articles (the sv golden files change). Restore
# when the evidence counts a shared phrase once.
heading-properties = ~Artikkelegenskaper
    .match =
        Egenskaper

heading-known-issue-item = ~Problem { $n }

## Page chrome

chrome = Du er frakoblet, venter på at Internett skal koble til igjen
    .match =
        (denne artikkelen kan være på engelsk)

chrome-line = Logg på med Microsoft
    .match =
        Logg på, eller opprett en konto.
        Hei,
        Velg en annen konto.
        Du har flere kontoer
        Velg kontoen du vil logge på med.
        Til toppen av siden
        ~Tilbake til toppen
        ~På denne siden

## Facts

cue-article-id = ~Artikkel-ID: { $kb }
cue-last-review = ~Siste gjennomgang: { $date }
cue-revision = ~Revisjon: { $revision }
cue-release-date = ~Utgivelsesdato: { $date }
cue-removal = ~fjerne oppdatering { $kb }
    .match =
        ~fjern oppdatering { $kb }
        ~fjerner oppdatering { $kb }
cue-translation-of = Den engelske versjonen av denne artikkelen er den følgende: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Opprinnelig tekst ({ $language }):
cue-machine-translated = Denne artikkelen har blitt maskinoversatt
    .match =
        Denne artikkelen er maskinoversatt

rollup-name = ~Samleoppdatering { $n }

title-rollup = ~Beskrivelse av { rollup-name } for { $product }

title-stop = Denne artikkelen
    .match =
        Microsoft har gitt ut

## Restart requirement

restart-reboot-required = ~Du må starte datamaskinen på nytt
restart-reboot-may-be-required = ~Du må kanskje starte datamaskinen på nytt
restart-services-restarted = ~De nødvendige tjenestene stoppes automatisk og startes deretter på nytt
restart-none = ~Du trenger ikke å starte datamaskinen på nytt

## Kinds

kind-security-update = sikkerhetsoppdatering
    .match =
        samleoppdateringen løser sikkerhetsproblemer
kind-hotfix = hurtigreparasjon
kind-service-pack = Beskrivelse av { $product } Service Pack { $n }
kind-howto = ~Slik

## Language identification

stopwords = å ha ble noen mellom etter slik igjen deg hva informasjon datamaskinen enheter deretter kanskje gjør noe bruke bruker velg klikk hjelp hjelpe utviklet kjører finnes skript feil tilgjengelig tilgjengelige oppdatering oppdateringen oppdateringer artikkelen versjon versjonen versjoner inneholder finne annen

## Dates

date = { $day }. { $month } { $year }
    .match =
        den { $day }. { $month } { $year }
        ~{ $day }.{ $month_num }.{ $year }

month-1 = ~januar
    .match = ~jan.
month-2 = februar
    .match = ~feb.
month-3 = ~mars
month-4 = april
    .match = ~apr.
month-5 = mai
month-6 = ~juni
month-7 = juli
    .match = ~jul.
month-8 = august
    .match = ~aug.
month-9 = ~september
    .match = ~sep.
month-10 = oktober
    .match = ~okt.
month-11 = november
    .match = ~nov.
month-12 = desember
    .match = ~des.
