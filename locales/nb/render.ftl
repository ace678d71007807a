### kbnorm rendering messages: Norwegian Bokmål (nb). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_nordic_germanic.md ("seen" strings:
### samleoppdatering, hurtigreparasjon, sikkerhetsoppdatering, sikkerhetsbulletin,
### "løser sikkerhetsproblemer", "Denne oppdateringen erstatter oppdatering …",
### "erstatter følgende tidligere utgitte oppdateringer:") and this locale's kb.ftl.
### Plurals (CLDR): one = 1, other = everything else.

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Slik") leads it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto } gjør du det: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Denne oppdateringen løser sikkerhetsproblemene som er beskrevet i { $count ->
        [one] sikkerhetsbulletin
       *[other] sikkerhetsbulletinene
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Denne oppdateringen løser følgende problem:
       *[other] Denne oppdateringen løser følgende { $count } problemer:
    }
render-replaces = { $count ->
        [one] Denne oppdateringen erstatter følgende oppdatering:
       *[other] Denne oppdateringen erstatter følgende { $count } oppdateringer:
    }
render-prerequisites = Du må ha følgende for å kunne installere denne oppdateringen:
# cue-removal is an infinitive ("fjerne oppdatering 123456").
render-removal = Bruk Legg til eller fjern programmer i Kontrollpanel for å { cue-removal }.
render-known-issues = { $count ->
        [one] Det finnes ett kjent problem i denne oppdateringen.
       *[other] Det finnes { $count } kjente problemer i denne oppdateringen.
    }
render-download = Du kan laste ned denne oppdateringen fra følgende sted:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Denne artikkelen

summary-kind = { $subject } { $kind ->
        [update_rollup] er { rollup-name }
        [update_rollup_unnumbered] er en samleoppdatering
        [hotfix] er en hurtigreparasjon
        [security_update] er en sikkerhetsoppdatering
        [security_bulletin] er en sikkerhetsbulletin
        [service_pack] er Service Pack { $n }
        [howto] er en veiledning
       *[other] er en Knowledge Base-artikkel
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] er { rollup-name } for { $product }
        [update_rollup_unnumbered] er en samleoppdatering for { $product }
        [hotfix] er en hurtigreparasjon for { $product }
        [security_update] er en sikkerhetsoppdatering for { $product }
        [security_bulletin] er en sikkerhetsbulletin om { $product }
        [service_pack] er { $product }
        [howto] er en veiledning om { $product }
       *[other] er en artikkel om { $product }
    }.
summary-released = Den ble utgitt { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Den løser ett problem.
       *[other] Den løser { $count } problemer.
    }
summary-bulletins = { $count ->
        [one] Den løser sikkerhetsproblemene som er beskrevet i sikkerhetsbulletin { $bulletins }.
       *[other] Den løser sikkerhetsproblemene som er beskrevet i sikkerhetsbulletinene { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Den erstatter oppdatering { $list }.
       *[other] Den erstatter { $count } tidligere oppdateringer: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] Du må starte datamaskinen på nytt etter at du har installert oppdateringen.
        [reboot_may_be_required] Du må kanskje starte datamaskinen på nytt etter at du har installert oppdateringen.
        [services_restarted] De nødvendige tjenestene stoppes automatisk og startes deretter på nytt; det er ikke nødvendig å starte datamaskinen på nytt.
       *[none] Du trenger ikke å starte datamaskinen på nytt etter at du har installert oppdateringen.
    }
summary-known-issues = { $count ->
        [one] Den har ett kjent problem.
       *[other] Den har { $count } kjente problemer.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Avstemming av KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Fant ingen avvik.
render-reconcile-count = { $count ->
        [one] Én merknad.
       *[other] { $count } merknader.
    }
render-reconcile-severity-critical = Kritisk
render-reconcile-severity-major = Alvorlig
render-reconcile-severity-minor = Mindre
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original: { $original }; oversettelse: { $translation }
# One message per check id (dots and underscores as hyphens).
# "avsnitt" is a section of the article, "tekstavsnitt" a paragraph.
render-reconcile-identity-kb-id = Oversettelsen gjelder en annen artikkel
render-reconcile-identity-rollup = Nummeret på samleoppdateringen avviker
render-reconcile-identity-product = Produktet avviker
render-reconcile-identity-service-pack = Service Pack avviker
render-reconcile-identity-kind = Artikkeltypen avviker
render-reconcile-title-mismatch = Tittelen oppgir andre numre enn originalens
render-reconcile-security-bulletins-missing = En sikkerhetsbulletin mangler
render-reconcile-security-bulletins-extra = En sikkerhetsbulletin er lagt til
render-reconcile-fixed-issues-missing = Et løst problem mangler
render-reconcile-fixed-issues-extra = Et løst problem er lagt til
render-reconcile-fixed-issues-changed = Et løst problem har et annet KB-nummer
render-reconcile-replaces-missing = En erstattet oppdatering mangler
render-reconcile-replaces-extra = En erstattet oppdatering er lagt til
render-reconcile-replaces-changed = En erstattet oppdatering har et annet KB-nummer
render-reconcile-removal-update-id = Oppdateringen som skal fjernes, avviker
render-reconcile-dates-release-date = Utgivelsesdatoen avviker
render-reconcile-sections-missing = Et avsnitt mangler
render-reconcile-sections-extra = Et avsnitt er lagt til
render-reconcile-known-issues-count = Antallet kjente problemer avviker
render-reconcile-numbers-changed = Et nummer, en kode eller en adresse er endret
render-reconcile-numbers-missing = Et nummer, en kode eller en adresse mangler
render-reconcile-numbers-extra = Et nummer, en kode eller en adresse er lagt til
render-reconcile-untranslated-block = Et tekstavsnitt står fortsatt på originalspråket
render-reconcile-untranslated-declared = Det er angitt at tekstavsnitt står på originalspråket
render-reconcile-staleness-last-review = Oversettelsen ble sist gjennomgått før originalen
render-reconcile-staleness-revision = Oversettelsen har en eldre revisjon
render-reconcile-staleness-machine-translated = Oversettelsen er maskinoversatt
render-reconcile-kb-mentions-missing = En KB-henvisning mangler
render-reconcile-kb-mentions-extra = En KB-henvisning er lagt til
render-reconcile-kb-mentions-changed = En KB-henvisning har et annet nummer

# Between the sentences of a summary.
summary-separator = {" "}
