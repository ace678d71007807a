### kbnorm rendering messages: Danish (da). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_nordic_germanic.md ("seen" strings:
### sikkerhedsopdatering, sikkerhedsbulletiner, sikkerhedsrisici, "erstattet af
### en nyere opdatering") and this locale's kb.ftl (samlet opdatering, hotfix;
### few Danish rollup pages were found, so much of it is unverified).
### Plurals (CLDR): one = 1, other = everything else.

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Sådan") leads it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto } gør du: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Denne opdatering løser de sikkerhedsrisici, der er beskrevet i { $count ->
        [one] sikkerhedsbulletin
       *[other] sikkerhedsbulletinerne
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Denne opdatering løser følgende problem:
       *[other] Denne opdatering løser følgende { $count } problemer:
    }
render-replaces = { $count ->
        [one] Denne opdatering erstatter følgende opdatering:
       *[other] Denne opdatering erstatter følgende { $count } opdateringer:
    }
render-prerequisites = Du skal have følgende for at kunne installere denne opdatering:
# cue-removal is an infinitive ("fjerne opdatering 123456").
render-removal = Brug Tilføj eller fjern programmer i Kontrolpanel til at { cue-removal }.
render-known-issues = { $count ->
        [one] Der er ét kendt problem i denne opdatering.
       *[other] Der er { $count } kendte problemer i denne opdatering.
    }
render-download = Du kan downloade denne opdatering fra følgende placering:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Denne artikel

summary-kind = { $subject } { $kind ->
        [update_rollup] er { rollup-name }
        [update_rollup_unnumbered] er en samlet opdatering
        [hotfix] er et hotfix
        [security_update] er en sikkerhedsopdatering
        [security_bulletin] er en sikkerhedsbulletin
        [service_pack] er Service Pack { $n }
        [howto] er en vejledning
       *[other] er en Knowledge Base-artikel
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] er { rollup-name } til { $product }
        [update_rollup_unnumbered] er en samlet opdatering til { $product }
        [hotfix] er et hotfix til { $product }
        [security_update] er en sikkerhedsopdatering til { $product }
        [security_bulletin] er en sikkerhedsbulletin om { $product }
        [service_pack] er { $product }
        [howto] er en vejledning om { $product }
       *[other] er en artikel om { $product }
    }.
# "den" before a date, as on Danish pages ("den 14. juli 2015").
summary-released = Den blev udgivet den { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Den løser ét problem.
       *[other] Den løser { $count } problemer.
    }
summary-bulletins = { $count ->
        [one] Den løser de sikkerhedsrisici, der er beskrevet i sikkerhedsbulletin { $bulletins }.
       *[other] Den løser de sikkerhedsrisici, der er beskrevet i sikkerhedsbulletinerne { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Den erstatter opdatering { $list }.
       *[other] Den erstatter { $count } tidligere opdateringer: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] Du skal genstarte computeren, når du har installeret opdateringen.
        [reboot_may_be_required] Du skal muligvis genstarte computeren, når du har installeret opdateringen.
        [services_restarted] De påkrævede tjenester stoppes automatisk og genstartes derefter; det er ikke nødvendigt at genstarte computeren.
       *[none] Du behøver ikke at genstarte computeren, når du har installeret opdateringen.
    }
summary-known-issues = { $count ->
        [one] Den har ét kendt problem.
       *[other] Den har { $count } kendte problemer.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Afstemning af KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Der blev ikke fundet nogen afvigelser.
render-reconcile-count = { $count ->
        [one] Én bemærkning.
       *[other] { $count } bemærkninger.
    }
render-reconcile-severity-critical = Kritisk
render-reconcile-severity-major = Alvorlig
render-reconcile-severity-minor = Mindre
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original: { $original }; oversættelse: { $translation }
# One message per check id (dots and underscores as hyphens).
# "afsnit" is a section of the article, "tekstafsnit" a paragraph.
render-reconcile-identity-kb-id = Oversættelsen gælder en anden artikel
render-reconcile-identity-rollup = Nummeret på den samlede opdatering afviger
render-reconcile-identity-product = Produktet afviger
render-reconcile-identity-service-pack = Service Pack afviger
render-reconcile-identity-kind = Artikeltypen afviger
render-reconcile-title-mismatch = Titlen angiver andre numre end originalens
render-reconcile-security-bulletins-missing = En sikkerhedsbulletin mangler
render-reconcile-security-bulletins-extra = En sikkerhedsbulletin er tilføjet
render-reconcile-fixed-issues-missing = Et løst problem mangler
render-reconcile-fixed-issues-extra = Et løst problem er tilføjet
render-reconcile-fixed-issues-changed = Et løst problem har et andet KB-nummer
render-reconcile-replaces-missing = En erstattet opdatering mangler
render-reconcile-replaces-extra = En erstattet opdatering er tilføjet
render-reconcile-replaces-changed = En erstattet opdatering har et andet KB-nummer
render-reconcile-removal-update-id = Opdateringen, der skal fjernes, afviger
render-reconcile-dates-release-date = Udgivelsesdatoen afviger
render-reconcile-sections-missing = Et afsnit mangler
render-reconcile-sections-extra = Et afsnit er tilføjet
render-reconcile-known-issues-count = Antallet af kendte problemer afviger
render-reconcile-numbers-changed = Et nummer, en kode eller en adresse er ændret
render-reconcile-numbers-missing = Et nummer, en kode eller en adresse mangler
render-reconcile-numbers-extra = Et nummer, en kode eller en adresse er tilføjet
render-reconcile-untranslated-block = Et tekstafsnit står stadig på originalsproget
render-reconcile-untranslated-declared = Det er angivet, at tekstafsnit står på originalsproget
render-reconcile-staleness-last-review = Oversættelsen blev senest revideret før originalen
render-reconcile-staleness-revision = Oversættelsen har en ældre revision
render-reconcile-staleness-machine-translated = Oversættelsen er maskinoversat
render-reconcile-kb-mentions-missing = En KB-henvisning mangler
render-reconcile-kb-mentions-extra = En KB-henvisning er tilføjet
render-reconcile-kb-mentions-changed = En KB-henvisning har et andet nummer

# Between the sentences of a summary.
summary-separator = {" "}
