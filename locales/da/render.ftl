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

render-kb-item = { $kb } { $title }
render-kb-item-untitled = KB{ $kb }

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
