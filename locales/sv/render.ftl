### kbnorm rendering messages: Swedish (sv). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_nordic_germanic.md ("seen" strings: samlad
### uppdatering, snabbkorrigering, säkerhetsuppdatering, säkerhetsbulletin,
### säkerhetsproblem, "Den här uppdateringen ersätter uppdatering …", "Kända
### problem i den här uppdateringen") and this locale's kb.ftl.
### Plurals (CLDR): one = 1, other = everything else ("problem" is the same in
### both).

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Så här") leads it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto } gör du: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Den här uppdateringen åtgärdar de säkerhetsproblem som beskrivs i { $count ->
        [one] säkerhetsbulletin
       *[other] säkerhetsbulletinerna
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Den här uppdateringen åtgärdar följande problem:
       *[other] Den här uppdateringen åtgärdar följande { $count } problem:
    }
render-replaces = { $count ->
        [one] Den här uppdateringen ersätter följande uppdatering:
       *[other] Den här uppdateringen ersätter följande { $count } uppdateringar:
    }
render-prerequisites = För att kunna installera den här uppdateringen måste du ha följande:
# cue-removal is "tar bort uppdatering 123456": a subordinate clause keeps the
# subject before the verb ("när du tar bort …").
render-removal = Använd Lägg till eller ta bort program i Kontrollpanelen när du { cue-removal }.
render-known-issues = { $count ->
        [one] Det finns ett känt problem i den här uppdateringen.
       *[other] Det finns { $count } kända problem i den här uppdateringen.
    }
render-download = Du kan hämta den här uppdateringen från följande plats:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Den här artikeln

summary-kind = { $subject } { $kind ->
        [update_rollup] är { rollup-name }
        [update_rollup_unnumbered] är en samlad uppdatering
        [hotfix] är en snabbkorrigering
        [security_update] är en säkerhetsuppdatering
        [security_bulletin] är en säkerhetsbulletin
        [service_pack] är Service Pack { $n }
        [howto] är en instruktionsartikel
       *[other] är en Knowledge Base-artikel
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] är { rollup-name } för { $product }
        [update_rollup_unnumbered] är en samlad uppdatering för { $product }
        [hotfix] är en snabbkorrigering för { $product }
        [security_update] är en säkerhetsuppdatering för { $product }
        [security_bulletin] är en säkerhetsbulletin för { $product }
        [service_pack] är { $product }
        [howto] är en instruktionsartikel om { $product }
       *[other] är en artikel om { $product }
    }.
# "den" before a date, as on Swedish pages ("den 8 april 2014").
summary-released = Den gavs ut den { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Den åtgärdar ett problem.
       *[other] Den åtgärdar { $count } problem.
    }
summary-bulletins = { $count ->
        [one] Den åtgärdar säkerhetsproblemen i säkerhetsbulletin { $bulletins }.
       *[other] Den åtgärdar säkerhetsproblemen i säkerhetsbulletinerna { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Den ersätter uppdatering { $list }.
       *[other] Den ersätter { $count } tidigare uppdateringar: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] Du måste starta om datorn när du har installerat uppdateringen.
        [reboot_may_be_required] Den kan kräva en omstart.
        [services_restarted] Tjänsterna som krävs stoppas automatiskt och startas sedan om; datorn behöver inte startas om.
       *[none] Du behöver inte starta om datorn när du har installerat uppdateringen.
    }
summary-known-issues = { $count ->
        [one] Den har ett känt problem.
       *[other] Den har { $count } kända problem.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Avstämning av KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Inga avvikelser hittades.
render-reconcile-count = { $count ->
        [one] En anmärkning.
       *[other] { $count } anmärkningar.
    }
render-reconcile-severity-critical = Kritisk
render-reconcile-severity-major = Allvarlig
render-reconcile-severity-minor = Mindre
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original: { $original }; översättning: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = Översättningen gäller en annan artikel
render-reconcile-identity-rollup = Numret på den samlade uppdateringen avviker
render-reconcile-identity-product = Produkten avviker
render-reconcile-identity-service-pack = Service Pack avviker
render-reconcile-identity-kind = Artikeltypen avviker
render-reconcile-title-mismatch = Titeln anger andra nummer än originalets
render-reconcile-security-bulletins-missing = En säkerhetsbulletin saknas
render-reconcile-security-bulletins-extra = En säkerhetsbulletin har lagts till
render-reconcile-fixed-issues-missing = Ett åtgärdat problem saknas
render-reconcile-fixed-issues-extra = Ett åtgärdat problem har lagts till
render-reconcile-fixed-issues-changed = Ett åtgärdat problem har ett annat KB-nummer
render-reconcile-replaces-missing = En ersatt uppdatering saknas
render-reconcile-replaces-extra = En ersatt uppdatering har lagts till
render-reconcile-replaces-changed = En ersatt uppdatering har ett annat KB-nummer
render-reconcile-removal-update-id = Uppdateringen som ska tas bort avviker
render-reconcile-dates-release-date = Utgivningsdatumet avviker
render-reconcile-sections-missing = Ett avsnitt saknas
render-reconcile-sections-extra = Ett avsnitt har lagts till
render-reconcile-known-issues-count = Antalet kända problem avviker
render-reconcile-numbers-changed = Ett nummer, en kod eller en adress har ändrats
render-reconcile-numbers-missing = Ett nummer, en kod eller en adress saknas
render-reconcile-numbers-extra = Ett nummer, en kod eller en adress har lagts till
render-reconcile-untranslated-block = Ett stycke är fortfarande på originalspråket
render-reconcile-untranslated-declared = Stycken anges vara kvar på originalspråket
render-reconcile-staleness-last-review = Översättningen granskades senast före originalet
render-reconcile-staleness-revision = Översättningen har en äldre revision
render-reconcile-staleness-machine-translated = Översättningen är maskinöversatt
render-reconcile-kb-mentions-missing = En KB-hänvisning saknas
render-reconcile-kb-mentions-extra = En KB-hänvisning har lagts till
render-reconcile-kb-mentions-changed = En KB-hänvisning har ett annat nummer

# Between the sentences of a summary.
summary-separator = {" "}
