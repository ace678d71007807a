### kbnorm rendering messages: Finnish (fi). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_nordic_germanic.md ("seen" strings: suojauspäivitys,
### hotfix-korjaus, Service Pack -paketti, "Knowledge Base -artikkeli") and this
### locale's kb.ftl (päivityskokoelma, unverified). No Finnish rollup or bulletin
### page was found: "suojaustiedote" and "haavoittuvuus" are unverified.
### Plurals (CLDR): one = 1, other = everything else (a number takes the
### partitive singular: "3 ongelmaa").
### Product names cannot be inflected, so they stand before "-tuotteen" /
### "-tuotetta" in the nominative.

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Miten") leads it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto } toimitaan: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Tämä päivitys korjaa { $count ->
        [one] suojaustiedotteessa
       *[other] suojaustiedotteissa
    } { $bulletins } kuvatut haavoittuvuudet.
render-issues-fixed = { $count ->
        [one] Tämä päivitys korjaa seuraavan ongelman:
       *[other] Tämä päivitys korjaa seuraavat { $count } ongelmaa:
    }
render-replaces = { $count ->
        [one] Tämä päivitys korvaa seuraavan päivityksen:
       *[other] Tämä päivitys korvaa seuraavat { $count } päivitystä:
    }
render-prerequisites = Tämän päivityksen asentaminen edellyttää seuraavaa:
# cue-removal is an imperative ("poista päivitys 123456").
render-removal = Jos haluat poistaa tämän päivityksen, avaa Ohjauspaneelista Lisää tai poista sovellus ja { cue-removal } luettelosta.
render-known-issues = { $count ->
        [one] Tässä päivityksessä on yksi tunnettu ongelma.
       *[other] Tässä päivityksessä on { $count } tunnettua ongelmaa.
    }
render-download = Voit ladata tämän päivityksen seuraavasta sijainnista:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Tämä artikkeli

summary-kind = { $subject } { $kind ->
        [update_rollup] on { rollup-name }
        [update_rollup_unnumbered] on päivityskokoelma
        [hotfix] on hotfix-korjaus
        [security_update] on suojauspäivitys
        [security_bulletin] on suojaustiedote
        [service_pack] on Service Pack { $n }
        [howto] on ohjeartikkeli
       *[other] on Knowledge Base -artikkeli
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] on { $product } -tuotteen { rollup-name }
        [update_rollup_unnumbered] on { $product } -tuotteen päivityskokoelma
        [hotfix] on { $product } -tuotteen hotfix-korjaus
        [security_update] on { $product } -tuotteen suojauspäivitys
        [security_bulletin] on { $product } -tuotetta koskeva suojaustiedote
        [service_pack] on { $product }
        [howto] on { $product } -tuotetta koskeva ohjeartikkeli
       *[other] on { $product } -tuotetta koskeva artikkeli
    }.
summary-released = Se julkaistiin { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Se korjaa yhden ongelman.
       *[other] Se korjaa { $count } ongelmaa.
    }
summary-bulletins = { $count ->
        [one] Se korjaa suojaustiedotteessa { $bulletins } kuvatut haavoittuvuudet.
       *[other] Se korjaa suojaustiedotteissa { $bulletins } kuvatut haavoittuvuudet.
    }
summary-replaces = { $count ->
        [one] Se korvaa päivityksen { $list }.
       *[other] Se korvaa { $count } aiempaa päivitystä: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] Tietokone on käynnistettävä uudelleen, kun päivitys on asennettu.
        [reboot_may_be_required] Tietokone on ehkä käynnistettävä uudelleen, kun päivitys on asennettu.
        [services_restarted] Tarvittavat palvelut pysäytetään automaattisesti ja käynnistetään sitten uudelleen, joten tietokoneen uudelleenkäynnistystä ei tarvita.
       *[none] Tietokonetta ei tarvitse käynnistää uudelleen, kun päivitys on asennettu.
    }
summary-known-issues = { $count ->
        [one] Siinä on yksi tunnettu ongelma.
       *[other] Siinä on { $count } tunnettua ongelmaa.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?". "KB… -artikkelin" keeps the number
# uninflected, like "-tuotteen" after product names.
render-reconcile-title = KB{ $kb } -artikkelin täsmäytys: { $original } → { $translation }
render-reconcile-none = Eroja ei löytynyt.
render-reconcile-count = { $count ->
        [one] Yksi havainto.
       *[other] { $count } havaintoa.
    }
render-reconcile-severity-critical = Kriittinen
render-reconcile-severity-major = Vakava
render-reconcile-severity-minor = Vähäinen
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = alkuperäinen: { $original }; käännös: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = Käännös on toisesta artikkelista
render-reconcile-identity-rollup = Päivityskokoelman numero poikkeaa
render-reconcile-identity-product = Tuote poikkeaa
render-reconcile-identity-service-pack = Service Pack -paketti poikkeaa
render-reconcile-identity-kind = Artikkelin tyyppi poikkeaa
render-reconcile-title-mismatch = Otsikossa on eri numerot kuin alkuperäisessä
render-reconcile-security-bulletins-missing = Suojaustiedote puuttuu
render-reconcile-security-bulletins-extra = Suojaustiedote on lisätty
render-reconcile-fixed-issues-missing = Korjattu ongelma puuttuu
render-reconcile-fixed-issues-extra = Korjattu ongelma on lisätty
render-reconcile-fixed-issues-changed = Korjatulla ongelmalla on eri KB-numero
render-reconcile-replaces-missing = Korvattu päivitys puuttuu
render-reconcile-replaces-extra = Korvattu päivitys on lisätty
render-reconcile-replaces-changed = Korvatulla päivityksellä on eri KB-numero
render-reconcile-removal-update-id = Poistettava päivitys poikkeaa
render-reconcile-dates-release-date = Julkaisupäivä poikkeaa
render-reconcile-sections-missing = Osio puuttuu
render-reconcile-sections-extra = Osio on lisätty
render-reconcile-known-issues-count = Tunnettujen ongelmien määrä poikkeaa
render-reconcile-numbers-changed = Numero, koodi tai osoite on muuttunut
render-reconcile-numbers-missing = Numero, koodi tai osoite puuttuu
render-reconcile-numbers-extra = Numero, koodi tai osoite on lisätty
render-reconcile-untranslated-block = Kappale on yhä alkuperäisellä kielellä
render-reconcile-untranslated-declared = Kappaleiden ilmoitetaan jääneen alkuperäiselle kielelle
render-reconcile-staleness-last-review = Käännös on tarkistettu viimeksi ennen alkuperäistä
render-reconcile-staleness-revision = Käännöksen versio on vanhempi
render-reconcile-staleness-machine-translated = Käännös on tehty koneellisesti
render-reconcile-kb-mentions-missing = KB-viittaus puuttuu
render-reconcile-kb-mentions-extra = KB-viittaus on lisätty
render-reconcile-kb-mentions-changed = KB-viittauksella on eri numero

# Between the sentences of a summary.
summary-separator = {" "}
