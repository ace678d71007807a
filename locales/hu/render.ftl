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

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

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

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?" ("KB" reads "ká-bé", so the article is "a").
render-reconcile-title = A KB{ $kb } összevetése: { $original } → { $translation }
render-reconcile-none = Nem található eltérés.
render-reconcile-count = { $count ->
        [one] Egy megállapítás.
       *[other] { $count } megállapítás.
    }
render-reconcile-severity-critical = Kritikus
render-reconcile-severity-major = Jelentős
render-reconcile-severity-minor = Kisebb
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = eredeti: { $original }; fordítás: { $translation }
# One message per check id (dots and underscores as hyphens). "Bekerült": was
# added (got in); "felváltott frissítés": an update that this update replaces.
render-reconcile-identity-kb-id = A fordítás egy másik cikkhez tartozik
render-reconcile-identity-rollup = Eltér az összegző frissítés száma
render-reconcile-identity-product = Eltér a termék
render-reconcile-identity-service-pack = Eltér a szervizcsomag
render-reconcile-identity-kind = Eltér a cikk típusa
render-reconcile-title-mismatch = A cím más számokat tartalmaz, mint az eredeti cím
render-reconcile-security-bulletins-missing = Hiányzik egy biztonsági közlemény
render-reconcile-security-bulletins-extra = Bekerült egy biztonsági közlemény
render-reconcile-fixed-issues-missing = Hiányzik egy javított probléma
render-reconcile-fixed-issues-extra = Bekerült egy javított probléma
render-reconcile-fixed-issues-changed = Egy javított probléma KB-száma eltér
render-reconcile-replaces-missing = Hiányzik egy felváltott frissítés
render-reconcile-replaces-extra = Bekerült egy felváltott frissítés
render-reconcile-replaces-changed = Egy felváltott frissítés KB-száma eltér
render-reconcile-removal-update-id = Eltér az eltávolítandó frissítés
render-reconcile-dates-release-date = Eltér a kiadás dátuma
render-reconcile-sections-missing = Hiányzik egy szakasz
render-reconcile-sections-extra = Bekerült egy szakasz
render-reconcile-known-issues-count = Eltér az ismert problémák száma
render-reconcile-numbers-changed = Megváltozott egy szám, kód vagy cím
render-reconcile-numbers-missing = Hiányzik egy szám, kód vagy cím
render-reconcile-numbers-extra = Bekerült egy szám, kód vagy cím
render-reconcile-untranslated-block = Egy bekezdés még az eredeti nyelven van
render-reconcile-untranslated-declared = A cikk jelzi, hogy egyes bekezdések az eredeti nyelven maradtak
render-reconcile-staleness-last-review = A fordítás utolsó ellenőrzése korábbi, mint az eredetié
render-reconcile-staleness-revision = A fordítás verziója régebbi
render-reconcile-staleness-machine-translated = A fordítás gépi fordítással készült
render-reconcile-kb-mentions-missing = Hiányzik egy KB-hivatkozás
render-reconcile-kb-mentions-extra = Bekerült egy KB-hivatkozás
render-reconcile-kb-mentions-changed = Egy KB-hivatkozás száma eltér

# Between the sentences of a summary.
summary-separator = {" "}
