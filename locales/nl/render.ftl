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

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

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

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Vergelijking van KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Geen verschillen gevonden.
render-reconcile-count = { $count ->
        [one] Eén bevinding.
       *[other] { $count } bevindingen.
    }
render-reconcile-severity-critical = Kritiek
render-reconcile-severity-major = Ernstig
render-reconcile-severity-minor = Gering
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = origineel: { $original }; vertaling: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = De vertaling hoort bij een ander artikel
render-reconcile-identity-rollup = Het nummer van het updatepakket wijkt af
render-reconcile-identity-product = Het product wijkt af
render-reconcile-identity-service-pack = Het Service Pack wijkt af
render-reconcile-identity-kind = Het type artikel wijkt af
render-reconcile-title-mismatch = De titel noemt andere nummers dan het origineel
render-reconcile-security-bulletins-missing = Er ontbreekt een beveiligingsbulletin
render-reconcile-security-bulletins-extra = Er is een beveiligingsbulletin toegevoegd
render-reconcile-fixed-issues-missing = Er ontbreekt een opgelost probleem
render-reconcile-fixed-issues-extra = Er is een opgelost probleem toegevoegd
render-reconcile-fixed-issues-changed = Een opgelost probleem heeft een ander KB-nummer
render-reconcile-replaces-missing = Er ontbreekt een vervangen update
render-reconcile-replaces-extra = Er is een vervangen update toegevoegd
render-reconcile-replaces-changed = Een vervangen update heeft een ander KB-nummer
render-reconcile-removal-update-id = De te verwijderen update wijkt af
render-reconcile-dates-release-date = De publicatiedatum wijkt af
render-reconcile-sections-missing = Er ontbreekt een sectie
render-reconcile-sections-extra = Er is een sectie toegevoegd
render-reconcile-known-issues-count = Het aantal bekende problemen wijkt af
render-reconcile-numbers-changed = Een getal, code of adres is gewijzigd
render-reconcile-numbers-missing = Er ontbreekt een getal, code of adres
render-reconcile-numbers-extra = Er is een getal, code of adres toegevoegd
render-reconcile-untranslated-block = Een alinea staat nog in de oorspronkelijke taal
render-reconcile-untranslated-declared = Alinea's zijn aangemerkt als nog in de oorspronkelijke taal
render-reconcile-staleness-last-review = De vertaling is voor het laatst beoordeeld vóór het origineel
render-reconcile-staleness-revision = De vertaling heeft een oudere revisie
render-reconcile-staleness-machine-translated = De vertaling is automatisch gemaakt
render-reconcile-kb-mentions-missing = Er ontbreekt een KB-verwijzing
render-reconcile-kb-mentions-extra = Er is een KB-verwijzing toegevoegd
render-reconcile-kb-mentions-changed = Een KB-verwijzing heeft een ander nummer

# Between the sentences of a summary.
summary-separator = {" "}
