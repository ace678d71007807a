### kbnorm locale data: Swedish (sv). Format: see locales/en/kb.ftl.
### Sources: research/terms_nordic_germanic.md ("seen" strings), the sv seed article.
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Svenska
locale-whatlang = swe

# Frequent, distinctive words: tell this language from its neighbours and
# find paragraphs left in another language.
stopwords = och att är för inte till ett när eller vill här följande måste också samt sedan kommer finns används vilket därför beskrivning samlad samlade uppdatering uppdateringen åtgärdar åtgärdas artiklar artikeln

## Section headings

heading-summary = Sammanfattning
heading-introduction = Inledning
    .match =
        Introduktion
heading-symptoms = Symptom
heading-cause = Orsak
heading-resolution = Lösning
heading-workaround = ~Tillfällig lösning
    .match =
        ~Alternativ lösning
heading-status = ~Status
heading-more-information = Mer information
    .match =
        Mer Info
heading-issues-fixed = Problem som åtgärdas genom den samlade uppdateringen
    .match =
        ~Problem som åtgärdas
heading-service-pack-information = ~Information om Service Pack
    .match =
        ~Service Pack-information
heading-update-rollup-information = Information om den samlade uppdateringen
heading-download-information = Information om hämtning
    .match =
        ~Så här hämtar du den samlade uppdateringen
heading-update-replacement = Ersättningsinformation
heading-prerequisites = Förutsättningar
heading-restart-requirement = Krav på omstart
    .match =
        ~Omstartskrav
heading-removal-information = Information om borttagning
heading-owa-customization = Viktig information för Outlook Web Access-användare om anpassning av Outlook Web Access
heading-known-issues = ~Kända problem
    .match =
        Kända problem i den här uppdateringen
heading-file-information = ~Filinformation
heading-hotfix-information = Information om snabbkorrigeringen
heading-references = Referenser
heading-applies-to = ~Gäller för
heading-keywords = ~Nyckelord
heading-properties = Egenskaper

heading-known-issue-item = ~Problem { $n }

## Page chrome

chrome = (Länken kan leda till en webbplats som är helt eller delvis på engelska)
    .match =
        Visa alla | Dölj alla
        ~Tillbaka till början
        Artikelöversättning Artikelöversättning
        Artikelöversättning

chrome-line = På den här sidan
    .match =
        Feedback

## Facts

cue-article-id = Artikel-id: { $kb }
cue-last-review = ~Senaste granskning: { $date }
    .match =
        senaste granskning { $date }
cue-revision = revision: { $revision }
cue-release-date = Utgivningsdatum: { $date }
cue-removal = tar bort uppdatering { $kb }
    .match =
        ~ta sedan bort uppdatering { $kb }
        ~ta bort uppdatering { $kb }
cue-translation-of = Den engelska versionen av artikeln är följande: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Ursprunglig text ({ $language }):
cue-machine-translated = ~Den här artikeln har maskinöversatts

rollup-name = Samlad uppdatering { $n }

title-rollup = Beskrivning av { rollup-name } för { $product }

title-stop = Microsoft har gett ut
    .match =
        Den här artikeln

## Restart requirement

restart-reboot-required = ~Du måste starta om datorn
restart-reboot-may-be-required = ~Den här uppdateringen kan kräva en omstart
    .match =
        ~kan kräva en omstart
restart-services-restarted = Tjänsterna som krävs stoppas automatiskt och startas sedan om
restart-none = ~Du behöver inte starta om datorn

## Kinds

kind-security-update = säkerhetsuppdatering
kind-hotfix = snabbkorrigering
kind-service-pack = ~Beskrivning av { $product } Service Pack { $n }
kind-howto = ~Så här

## Dates

date = { $day } { $month } { $year }
    .match =
        den { $day } { $month } { $year }

month-1 = ~januari
    .match = ~jan.
month-2 = februari
    .match = feb.
month-3 = mars
month-4 = april
    .match = ~apr.
month-5 = ~maj
month-6 = ~juni
month-7 = juli
    .match = ~jul.
month-8 = augusti
    .match = ~aug.
month-9 = september
    .match = ~sep.
month-10 = oktober
    .match = ~okt.
month-11 = november
    .match = ~nov.
month-12 = december
    .match = ~dec.
