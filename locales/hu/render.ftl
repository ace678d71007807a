### kbnorm rendering messages: Hungarian (hu). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: összegző
### frissítés, gyorsjavítás, biztonsági frissítés, szervizcsomag, Microsoft
### Tudásbázis) and this locale's kb.ftl; "biztonsági közlemény" is not seen.
### Plurals (CLDR): one, other; a noun after a number stays singular
### ("5 problémát"). Suffixes cannot be put on a variable (vowel harmony), so
### products take a noun ("a(z) … termékhez").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Útmutató:") leads it and has its own colon.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto } { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Ez a frissítés megszünteti a(z) { $bulletins } { $count ->
        [one] biztonsági közleményben
       *[other] biztonsági közleményekben
    } ismertetett biztonsági réseket.
render-issues-fixed = { $count ->
        [one] Ez a frissítés a következő problémát javítja:
       *[other] Ez a frissítés a következő { $count } problémát javítja:
    }
render-replaces = { $count ->
        [one] Ez a frissítés a következő frissítést váltja fel:
       *[other] Ez a frissítés a következő { $count } frissítést váltja fel:
    }
render-prerequisites = A frissítés telepítéséhez a következőkre van szükség:
# cue-removal is an imperative ("távolítsa el a(z) 123456 frissítést").
render-removal = A frissítés eltávolításához használja a Vezérlőpult Programok telepítése és törlése elemét. Ezután { cue-removal }.
render-known-issues = { $count ->
        [one] A frissítésnek egy ismert problémája van.
       *[other] A frissítésnek { $count } ismert problémája van.
    }
render-download = A frissítés a következő helyről tölthető le:

render-kb-item = { $kb } { $title }
render-kb-item-untitled = KB{ $kb }

## Summary

# "A KB…" ("KB" reads "ká-bé", so the article is "a").
summary-subject-kb = A KB{ $kb }
summary-subject-none = Ez a cikk

summary-kind = { $subject } { $kind ->
        [update_rollup] az { rollup-name }
        [update_rollup_unnumbered] egy összegző frissítés
        [hotfix] egy gyorsjavítás
        [security_update] egy biztonsági frissítés
        [security_bulletin] egy biztonsági közlemény
        [service_pack] a Service Pack { $n } szervizcsomag
        [howto] egy útmutató
       *[other] egy tudásbáziscikk
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] a(z) { $product } termékhez készült { rollup-name }
        [update_rollup_unnumbered] a(z) { $product } termékhez készült összegző frissítés
        [hotfix] a(z) { $product } termékhez készült gyorsjavítás
        [security_update] a(z) { $product } termékhez készült biztonsági frissítés
        [security_bulletin] a(z) { $product } termékre vonatkozó biztonsági közlemény
        [service_pack] a(z) { $product } szervizcsomag
        [howto] a(z) { $product } termékkel kapcsolatos útmutató
       *[other] a(z) { $product } termékkel kapcsolatos cikk
    }.
# The date form ("2013. október 24.") ends with its own full stop.
summary-released = A kiadás dátuma: { DATETIME($date) }
summary-fixes = { $count ->
        [one] Egy problémát javít.
       *[other] { $count } problémát javít.
    }
summary-bulletins = { $count ->
        [one] Megszünteti a(z) { $bulletins } biztonsági közleményben ismertetett biztonsági réseket.
       *[other] Megszünteti a(z) { $bulletins } biztonsági közleményekben ismertetett biztonsági réseket.
    }
summary-replaces = { $count ->
        [one] A(z) { $list } frissítést váltja fel.
       *[other] { $count } korábbi frissítést vált fel: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] A frissítés telepítése után újra kell indítani a számítógépet.
        [reboot_may_be_required] Szükség lehet a számítógép újraindítására.
        [services_restarted] A szükséges szolgáltatások automatikusan leállnak, majd újraindulnak; a számítógépet nem szükséges újraindítani.
       *[none] A frissítés telepítése után nem kell újraindítani a számítógépet.
    }
summary-known-issues = { $count ->
        [one] Egy ismert problémája van.
       *[other] { $count } ismert problémája van.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.
