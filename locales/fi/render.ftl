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

render-kb-item = { $kb } { $title }
render-kb-item-untitled = KB{ $kb }

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
