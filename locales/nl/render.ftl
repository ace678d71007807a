### kbnorm rendering messages: Dutch (nl). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_nordic_germanic.md ("seen" strings:
### beveiligingsupdate, hotfix, servicepack, Service Pack, "Gepubliceerd",
### "Bekende problemen") and this locale's kb.ftl (updatepakket, unverified; no
### Dutch rollup or bulletin page was found, so "beveiligingsbulletin" and
### "beveiligingslek" are unverified).
### Plurals (CLDR): one = 1, other = everything else.
### A summary's subject is "KB…" (de update) or "Dit artikel" (het artikel):
### summary sentences avoid pronouns that would have to agree with it
### ("Hiermee wordt …").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update is a lower-case word, so it follows the title in
# parentheses; kind-hotfix ("FIX:") and kind-howto ("Procedure:") carry their
# own colon and lead it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { kind-hotfix } { $title }
render-title-howto = { kind-howto } { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Deze update verhelpt de beveiligingslekken die worden beschreven in { $count ->
        [one] beveiligingsbulletin
       *[other] de beveiligingsbulletins
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Deze update verhelpt het volgende probleem:
       *[other] Deze update verhelpt de volgende { $count } problemen:
    }
render-replaces = { $count ->
        [one] Deze update vervangt de volgende update:
       *[other] Deze update vervangt de volgende { $count } updates:
    }
render-prerequisites = Als u deze update wilt installeren, moet u over het volgende beschikken:
# cue-removal is "verwijdert u update 123456": an adverb first puts its verb second.
render-removal = Als u deze update wilt verwijderen, opent u Software in het Configuratiescherm. Vervolgens { cue-removal }.
render-known-issues = { $count ->
        [one] Er is één bekend probleem met deze update.
       *[other] Er zijn { $count } bekende problemen met deze update.
    }
render-download = U kunt deze update downloaden vanaf de volgende locatie:

render-kb-item = { $kb } { $title }
render-kb-item-untitled = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Dit artikel

summary-kind = { $subject } { $kind ->
        [update_rollup] is { rollup-name }
        [update_rollup_unnumbered] is een updatepakket
        [hotfix] is een hotfix
        [security_update] is een beveiligingsupdate
        [security_bulletin] is een beveiligingsbulletin
        [service_pack] is Service Pack { $n }
        [howto] is een artikel met instructies
       *[other] is een Knowledge Base-artikel
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] is { rollup-name } voor { $product }
        [update_rollup_unnumbered] is een updatepakket voor { $product }
        [hotfix] is een hotfix voor { $product }
        [security_update] is een beveiligingsupdate voor { $product }
        [security_bulletin] is een beveiligingsbulletin over { $product }
        [service_pack] is { $product }
        [howto] is een artikel met instructies voor { $product }
       *[other] is een artikel over { $product }
    }.
summary-released = De publicatiedatum is { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Hiermee wordt één probleem opgelost.
       *[other] Hiermee worden { $count } problemen opgelost.
    }
summary-bulletins = { $count ->
        [one] Hiermee worden de beveiligingslekken uit beveiligingsbulletin { $bulletins } verholpen.
       *[other] Hiermee worden de beveiligingslekken uit de beveiligingsbulletins { $bulletins } verholpen.
    }
summary-replaces = { $count ->
        [one] Hiermee wordt update { $list } vervangen.
       *[other] Hiermee worden { $count } eerdere updates vervangen: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases.
summary-restart = { $restart ->
        [reboot_required] U moet de computer opnieuw opstarten nadat u de update hebt geïnstalleerd.
        [reboot_may_be_required] U moet de computer mogelijk opnieuw opstarten nadat u de update hebt geïnstalleerd.
        [services_restarted] De vereiste services worden automatisch gestopt en vervolgens opnieuw gestart; het is niet nodig de computer opnieuw op te starten.
       *[none] U hoeft de computer niet opnieuw op te starten nadat u de update hebt geïnstalleerd.
    }
summary-known-issues = { $count ->
        [one] Er is één bekend probleem.
       *[other] Er zijn { $count } bekende problemen.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.
