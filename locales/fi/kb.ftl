### kbnorm locale data: Finnish (fi). Format: see locales/en/kb.ftl.
### Sources: research/terms_nordic_germanic.md ("seen" strings), research/label_notes_eu.md,
### the fi excerpts of the shared dev corpus.
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Suomi
locale-whatlang = fin

## Section headings

heading-summary = Yhteenveto
heading-introduction = Johdanto
heading-symptoms = Oireet
    .match =
        Oire
heading-cause = Syy
heading-resolution = Ratkaisu
heading-workaround = ~Kiertotapa
    .match =
        ~Ongelman kiertäminen
heading-status = ~Tila
heading-more-information = Enemmän tietoa
    .match =
        ~Lisätietoja
heading-issues-fixed = ~Korjatut ongelmat
    .match =
        ~Päivityksen korjaamat ongelmat
heading-service-pack-information = ~Service Pack -tiedot
heading-update-rollup-information = ~Päivityskokoelman tiedot
heading-download-information = ~Päivityksen hankkiminen
    .match =
        ~Lataustiedot
heading-update-replacement = ~Päivityksen korvaavuustiedot
    .match =
        ~Korvaavuustiedot
heading-prerequisites = ~Edellytykset
heading-restart-requirement = ~Uudelleenkäynnistystä koskevat vaatimukset
    .match =
        ~Uudelleenkäynnistysvaatimus
heading-removal-information = ~Poistotiedot
heading-owa-customization = ~Tärkeitä tietoja Outlook Web Accessin käyttäjille Outlook Web Accessin mukauttamisesta
    .match =
        ~Outlook Web Accessin mukauttaminen
heading-known-issues = ~Tunnetut ongelmat
heading-file-information = ~Tiedostotiedot
heading-hotfix-information = ~Hotfix-korjauksen tiedot
heading-references = ~Viittaukset
    .match =
        ~Lähteet
heading-applies-to = ~Koskee
    .match =
        Koskee seuraavia
heading-keywords = ~Avainsanat
heading-properties = ~Ominaisuudet

heading-known-issue-item = ~Ongelma { $n }

## Page chrome

chrome-line = Kirjaudu sisään Microsoft-tilillä
    .match =
        Kirjaudu sisään tai luo tili.
        Hei,
        Käytä toista tiliä.
        Sinulla on useita tilejä
        Valitse tili, jolla haluat kirjautua sisään.
        Takaisin tuen elinkaaren aloitussivulle
        ~Takaisin alkuun
        ~Tällä sivulla

## Facts

cue-article-id = ~Artikkelin tunnus: { $kb }
cue-last-review = ~Viimeksi tarkistettu: { $date }
    .match =
        Päivitetty viimeksi: { $date }
cue-revision = ~Versio: { $revision }
cue-release-date = ~Julkaisupäivä: { $date }
cue-removal = ~poista päivitys { $kb }
    .match =
        ~poistettava päivitys { $kb }
cue-translation-of = ~Tämän artikkelin englanninkielinen versio on: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Alkuperäinen teksti ({ $language }):
cue-machine-translated = Tämä on artikkeli on käännetty koneellisesti
    .match =
        ~Tämä artikkeli on käännetty koneellisesti

rollup-name = ~Päivityskokoelma { $n }
    .match =
        ~päivityskokoelman { $n }
        ~Update Rollup { $n }

title-rollup = ~Kuvaus: { rollup-name } { $product }

title-stop = ~Tässä artikkelissa
    .match =
        ~Microsoft on julkaissut

## Restart requirement

restart-reboot-required = ~Tietokone on käynnistettävä uudelleen
restart-reboot-may-be-required = ~Tietokone on ehkä käynnistettävä uudelleen
restart-services-restarted = ~Tarvittavat palvelut pysäytetään automaattisesti ja käynnistetään sitten uudelleen
restart-none = ~Tietokonetta ei tarvitse käynnistää uudelleen

## Kinds

kind-security-update = suojauspäivitys
kind-hotfix = hotfix-korjaus
kind-service-pack = ~{ $product } Service Pack { $n } -paketin kuvaus
kind-howto = ~Miten

## Language identification

stopwords = ja ei että tai jos voit voi tämä tämän sinun joka jotka jossa ovat myös kanssa sitten mutta kuin ole niin vain mukaan seuraavat saattaa ennen kaikki sekä jälkeen avulla koska näyttöön asennus asennuksen tietokone virhe ongelma tiedot seuraavaa jokin

## Dates

date = { $day }.{ $month_num }.{ $year }
    .match =
        ~{ $day }. { $month } { $year }
        { $day } { $month }, { $year }

# Nominative first; the partitive (-kuuta, "8. huhtikuuta 2014") and genitive
# (-kuun) forms follow in `.match`.
month-1 = ~tammikuu
    .match =
        ~tammikuuta
        ~tammikuun
month-2 = ~helmikuu
    .match =
        ~helmikuuta
        ~helmikuun
month-3 = ~maaliskuu
    .match =
        ~maaliskuuta
        ~maaliskuun
month-4 = ~huhtikuu
    .match =
        ~huhtikuuta
        ~huhtikuun
month-5 = ~toukokuu
    .match =
        ~toukokuuta
        ~toukokuun
month-6 = ~kesäkuu
    .match =
        ~kesäkuuta
        ~kesäkuun
month-7 = ~heinäkuu
    .match =
        ~heinäkuuta
        ~heinäkuun
month-8 = ~elokuu
    .match =
        ~elokuuta
        ~elokuun
month-9 = syyskuu
    .match =
        ~syyskuuta
        ~syyskuun
month-10 = ~lokakuu
    .match =
        ~lokakuuta
        ~lokakuun
month-11 = ~marraskuu
    .match =
        ~marraskuuta
        marraskuun
month-12 = ~joulukuu
    .match =
        ~joulukuuta
        ~joulukuun
