### kbnorm locale data: Dutch (nl). Format: see locales/en/kb.ftl.
### Sources: research/terms_nordic_germanic.md ("seen" strings), research/label_notes_eu.md,
### the nl excerpts of the shared dev corpus.
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Nederlands
locale-whatlang = nld

## Section headings

heading-summary = Samenvatting
heading-introduction = Inleiding
heading-symptoms = Symptomen
heading-cause = Oorzaak
heading-resolution = Oplossing
heading-workaround = ~Tijdelijke oplossing
heading-status = ~Status
heading-more-information = Meer informatie
heading-issues-fixed = ~Problemen die met het updatepakket worden opgelost
    .match =
        ~Problemen die worden opgelost
        ~Opgeloste problemen
heading-service-pack-information = ~Informatie over het servicepack
    .match =
        ~Informatie over het Service Pack
heading-update-rollup-information = ~Informatie over het updatepakket
heading-download-information = ~Het updatepakket downloaden
    .match =
        ~Het updatepakket verkrijgen
        ~Downloadinformatie
heading-update-replacement = ~Informatie over vervanging van updates
    .match =
        ~Vervangingsinformatie
heading-prerequisites = ~Vereisten
    .match =
        ~Voorwaarden
heading-restart-requirement = ~Vereiste voor opnieuw opstarten
    .match =
        ~Informatie over opnieuw opstarten
heading-removal-information = ~Informatie over verwijderen
    .match =
        ~Informatie over het verwijderen
heading-owa-customization = ~Belangrijke informatie voor gebruikers van Outlook Web Access over het aanpassen van Outlook Web Access
    .match =
        ~Aanpassing van Outlook Web Access
heading-known-issues = Bekende problemen
heading-file-information = ~Bestandsinformatie
heading-hotfix-information = Informatie over de hotfix
heading-references = ~Verwijzingen
    .match =
        ~Referenties
heading-applies-to = Van toepassing op
    .match =
        De informatie in dit artikel is van toepassing op
heading-keywords = ~Trefwoorden
heading-properties = ~Eigenschappen

heading-known-issue-item = ~Probleem { $n }

## Page chrome

chrome = Je bent nu offline; er wordt gewacht tot er weer een internetverbinding is
    .match =
        Dit artikel is gearchiveerd. Het wordt aangeboden in de huidige vorm en wordt niet meer bijgewerkt.
        ~(Engelstalig)

chrome-line = Op deze pagina
    .match =
        terug naar begin
        DetailPage-MSS-KB
        Knowledge Base
        Aanmelden met Microsoft
        Meld u aan of maak een account.
        Hallo,
        Selecteer een ander account.
        U hebt meerdere accounts
        Kies het account waarmee u zich wilt aanmelden.

## Facts

cue-article-id = Artikel ID: { $kb }
    .match =
        ~Artikel-ID: { $kb }
cue-last-review = Laatste beoordeling: { $date }
    .match =
        Onderwerp laatst gewijzigd: { $date }
        Laatst bijgewerkt: { $date }
cue-revision = Wijziging: { $revision }
    .match =
        Versie: { $revision }
cue-release-date = Gepubliceerd: { $date }
    .match =
        ~Releasedatum: { $date }
cue-removal = ~verwijdert u update { $kb }
    .match =
        ~update { $kb } verwijderen
        ~verwijder update { $kb }
cue-translation-of = ~De Engelstalige versie van dit artikel is de volgende: { $kb }
    .match =
        ~Dit artikel is een vertaling van het volgende Engelstalige artikel: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Oorspronkelijke tekst ({ $language }):
cue-machine-translated = Deze pagina is automatisch vertaald
    .match =
        ~Dit artikel is vertaald door de vertaalsoftware van Microsoft

rollup-name = ~Updatepakket { $n }
    .match =
        ~Update Rollup { $n }

title-rollup = ~Beschrijving van { rollup-name } voor { $product }

title-stop = Dit artikel
    .match =
        Microsoft heeft
        Klik op de volgende koppeling

## Restart requirement

restart-reboot-required = ~U moet de computer opnieuw opstarten
restart-reboot-may-be-required = ~U moet de computer mogelijk opnieuw opstarten
    .match =
        ~moet mogelijk opnieuw worden opgestart
restart-services-restarted = ~De vereiste services worden automatisch gestopt en vervolgens opnieuw gestart
    .match =
        ~services worden automatisch gestopt en vervolgens opnieuw gestart
restart-none = ~U hoeft de computer niet opnieuw op te starten
    .match =
        ~hoeft de computer niet opnieuw te worden opgestart

## Kinds

kind-security-update = beveiligingsupdate
# Not "hotfix": titles such as "Procedure: Service Packs en hotfixes … toepassen"
# are how-tos, and the kinds are tried in a fixed order (hotfix before howto).
kind-hotfix = ~FIX:
kind-service-pack = Beschrijving van { $product } Service Pack { $n }
kind-howto = Procedure:

## Language identification

stopwords = het een van niet voor zijn wordt deze dit dat kunt u uw met op bij naar ook wilt hebt heeft moet zich wanneer volgende kunnen maar hoe tussen nog

## Dates

# Weekday names, for dates such as "maandag 26 november 2007".
weekday = maandag
    .match =
        ~dinsdag
        woensdag
        ~donderdag
        ~vrijdag
        ~zaterdag
        ~zondag

date = { $day } { $month } { $year }
    .match =
        { weekday } { $day } { $month } { $year }
        { $day }-{ $month_num }-{ $year }

month-1 = ~januari
    .match = ~jan.
month-2 = ~februari
    .match = ~feb.
month-3 = ~maart
    .match = ~mrt.
month-4 = april
    .match = ~apr.
month-5 = mei
month-6 = ~juni
    .match = ~jun.
month-7 = juli
    .match = ~jul.
month-8 = augustus
    .match = ~aug.
month-9 = september
    .match = ~sep.
month-10 = ~oktober
    .match = ~okt.
month-11 = november
    .match = ~nov.
month-12 = ~december
    .match = ~dec.
