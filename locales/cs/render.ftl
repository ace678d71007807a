### kbnorm rendering messages: Czech (cs). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: kumulativní
### aktualizace, oprava hotfix, aktualizace zabezpečení, bulletin zabezpečení,
### aktualizace Service Pack, Publikováno) and this locale's kb.ftl.
### Plurals (CLDR): one = 1, few = 2–4 (problémy), many = fractions (problému),
### other = 0, 5 and more (problémů). Past-tense verbs agree in gender, so summary
### sentences avoid them ("Datum vydání: …").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update ("Aktualizace zabezpečení") leads the title; kind-hotfix
# ("oprava hotfix") is lower-case and follows it in parentheses.
render-title-security-update = { kind-security-update }: { $title }
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Tato aktualizace řeší chyby zabezpečení popsané v { $count ->
        [one] bulletinu zabezpečení
        [few] bulletinech zabezpečení
        [many] bulletinech zabezpečení
       *[other] bulletinech zabezpečení
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Tato aktualizace opravuje následující problém:
        [few] Tato aktualizace opravuje následující { $count } problémy:
        [many] Tato aktualizace opravuje { $count } problému:
       *[other] Tato aktualizace opravuje následujících { $count } problémů:
    }
render-replaces = { $count ->
        [one] Tato aktualizace nahrazuje následující aktualizaci:
        [few] Tato aktualizace nahrazuje následující { $count } aktualizace:
        [many] Tato aktualizace nahrazuje { $count } aktualizace:
       *[other] Tato aktualizace nahrazuje následujících { $count } aktualizací:
    }
render-prerequisites = Chcete-li použít tuto aktualizaci, musí být splněny následující předpoklady:
# cue-removal is an imperative ("odeberte aktualizaci 123456").
render-removal = Chcete-li tuto aktualizaci odebrat, použijte položku Přidat nebo odebrat programy v Ovládacích panelech. Potom { cue-removal }.
render-known-issues = { $count ->
        [one] Tato aktualizace má jeden známý problém.
        [few] Tato aktualizace má { $count } známé problémy.
        [many] Tato aktualizace má { $count } známého problému.
       *[other] Tato aktualizace má { $count } známých problémů.
    }
render-download = Tuto aktualizaci si můžete stáhnout z následujícího umístění:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Tento článek

summary-kind = { $subject } je { $kind ->
        [update_rollup] { rollup-name }
        [update_rollup_unnumbered] kumulativní aktualizace
        [hotfix] oprava hotfix
        [security_update] aktualizace zabezpečení
        [security_bulletin] bulletin zabezpečení
        [service_pack] aktualizace Service Pack { $n }
        [howto] návod
       *[other] článek znalostní báze
    }.
summary-kind-product = { $subject } je { $kind ->
        [update_rollup] { rollup-name } pro { $product }
        [update_rollup_unnumbered] kumulativní aktualizace pro { $product }
        [hotfix] oprava hotfix pro { $product }
        [security_update] aktualizace zabezpečení pro { $product }
        [security_bulletin] bulletin zabezpečení pro { $product }
        [service_pack] aktualizace { $product }
        [howto] návod k produktu { $product }
       *[other] článek o produktu { $product }
    }.
summary-released = Datum vydání: { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Opravuje jeden problém.
        [few] Opravuje { $count } problémy.
        [many] Opravuje { $count } problému.
       *[other] Opravuje { $count } problémů.
    }
summary-bulletins = { $count ->
        [one] Řeší chyby zabezpečení popsané v bulletinu zabezpečení { $bulletins }.
        [few] Řeší chyby zabezpečení popsané v bulletinech zabezpečení { $bulletins }.
        [many] Řeší chyby zabezpečení popsané v bulletinech zabezpečení { $bulletins }.
       *[other] Řeší chyby zabezpečení popsané v bulletinech zabezpečení { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Nahrazuje aktualizaci { $list }.
        [few] Nahrazuje { $count } starší aktualizace: { $list }.
        [many] Nahrazuje { $count } starší aktualizace: { $list }.
       *[other] Nahrazuje { $count } starších aktualizací: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] Po použití této aktualizace musíte restartovat počítač.
        [reboot_may_be_required] Může být nutné restartovat počítač.
        [services_restarted] Požadované služby jsou automaticky zastaveny a poté restartovány; počítač se restartovat nemusí.
       *[none] Po použití této aktualizace není nutné restartovat počítač.
    }
summary-known-issues = { $count ->
        [one] Má jeden známý problém.
        [few] Má { $count } známé problémy.
        [many] Má { $count } známého problému.
       *[other] Má { $count } známých problémů.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Porovnání KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Nebyly nalezeny žádné rozdíly.
# A finding is a "zjištění", the same form after every number.
render-reconcile-count = { $count ->
        [one] Jedno zjištění.
        [few] { $count } zjištění.
        [many] { $count } zjištění.
       *[other] { $count } zjištění.
    }
# Neuter, agreeing with "zjištění".
render-reconcile-severity-critical = Kritické
render-reconcile-severity-major = Závažné
render-reconcile-severity-minor = Drobné
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = originál: { $original }; překlad: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = Překlad patří k jinému článku
render-reconcile-identity-rollup = Číslo kumulativní aktualizace se liší
render-reconcile-identity-product = Produkt se liší
render-reconcile-identity-service-pack = Aktualizace Service Pack se liší
render-reconcile-identity-kind = Druh článku se liší
render-reconcile-title-mismatch = Název uvádí jiná čísla než název originálu
render-reconcile-security-bulletins-missing = Chybí bulletin zabezpečení
render-reconcile-security-bulletins-extra = Byl přidán bulletin zabezpečení
render-reconcile-fixed-issues-missing = Chybí opravený problém
render-reconcile-fixed-issues-extra = Byl přidán opravený problém
render-reconcile-fixed-issues-changed = Opravený problém má jiné číslo KB
render-reconcile-replaces-missing = Chybí nahrazená aktualizace
render-reconcile-replaces-extra = Byla přidána nahrazená aktualizace
render-reconcile-replaces-changed = Nahrazená aktualizace má jiné číslo KB
render-reconcile-removal-update-id = Aktualizace k odebrání se liší
render-reconcile-dates-release-date = Datum vydání se liší
render-reconcile-sections-missing = Chybí oddíl
render-reconcile-sections-extra = Byl přidán oddíl
render-reconcile-known-issues-count = Počet známých problémů se liší
render-reconcile-numbers-changed = Bylo změněno číslo, kód nebo adresa
render-reconcile-numbers-missing = Chybí číslo, kód nebo adresa
render-reconcile-numbers-extra = Bylo přidáno číslo, kód nebo adresa
render-reconcile-untranslated-block = Odstavec je stále v původním jazyce
render-reconcile-untranslated-declared = Odstavce jsou označeny jako ponechané v původním jazyce
render-reconcile-staleness-last-review = Překlad byl naposledy zkontrolován dříve než originál
render-reconcile-staleness-revision = Překlad má starší revizi
render-reconcile-staleness-machine-translated = Překlad byl vytvořen strojově
render-reconcile-kb-mentions-missing = Chybí odkaz na článek KB
render-reconcile-kb-mentions-extra = Byl přidán odkaz na článek KB
render-reconcile-kb-mentions-changed = Odkaz na článek KB má jiné číslo

# Between the sentences of a summary.
summary-separator = {" "}
