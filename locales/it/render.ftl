### kbnorm rendering messages: Italian (it). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: aggiornamento
### cumulativo, hotfix, aggiornamento della protezione, Bollettino Microsoft sulla
### sicurezza, Service Pack, Problemi noti, Microsoft Knowledge Base),
### research/label_notes_eu.md and this locale's kb.ftl.
### Plurals (CLDR): one = 1, many = large round numbers (1 000 000: same text as
### other), other = everything else.
### Summary sentences after the first have no subject ("Risolve …"), so nothing
### has to agree with "KB…" or "Questo articolo".

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update is a lower-case word, so it follows the title in
# parentheses; kind-hotfix ("CORREZIONE:") carries its own colon and leads it, as
# does kind-howto ("Come configurare").
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { kind-hotfix } { $title }
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Questo aggiornamento risolve le vulnerabilità descritte { $count ->
        [one] nel bollettino Microsoft sulla sicurezza
        [many] nei bollettini Microsoft sulla sicurezza
       *[other] nei bollettini Microsoft sulla sicurezza
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Questo aggiornamento risolve il problema seguente:
        [many] Questo aggiornamento risolve i { $count } problemi seguenti:
       *[other] Questo aggiornamento risolve i { $count } problemi seguenti:
    }
render-replaces = { $count ->
        [one] Questo aggiornamento sostituisce l'aggiornamento seguente:
        [many] Questo aggiornamento sostituisce i { $count } aggiornamenti seguenti:
       *[other] Questo aggiornamento sostituisce i { $count } aggiornamenti seguenti:
    }
render-prerequisites = Per applicare questo aggiornamento, è necessario disporre di quanto segue:
# cue-removal is an infinitive ("rimuovere l'aggiornamento 123456"), so it
# follows "Per".
render-removal = Per { cue-removal }, utilizzare Installazione applicazioni nel Pannello di controllo.
render-known-issues = { $count ->
        [one] In questo aggiornamento è presente un problema noto.
        [many] In questo aggiornamento sono presenti { $count } problemi noti.
       *[other] In questo aggiornamento sono presenti { $count } problemi noti.
    }
render-download = È possibile scaricare questo aggiornamento dal percorso seguente:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Questo articolo

# rollup-name has no article ("aggiornamento cumulativo 4"): "l'" goes before it.
summary-kind = { $subject } { $kind ->
        [update_rollup] è l'{ rollup-name }
        [update_rollup_unnumbered] è un aggiornamento cumulativo
        [hotfix] è un hotfix
        [security_update] è un aggiornamento della protezione
        [security_bulletin] è un bollettino Microsoft sulla sicurezza
        [service_pack] è il Service Pack { $n }
        [howto] è una guida pratica
       *[other] è un articolo della Microsoft Knowledge Base
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] è l'{ rollup-name } per { $product }
        [update_rollup_unnumbered] è un aggiornamento cumulativo per { $product }
        [hotfix] è un hotfix per { $product }
        [security_update] è un aggiornamento della protezione per { $product }
        [security_bulletin] è un bollettino Microsoft sulla sicurezza relativo a { $product }
        [service_pack] descrive { $product }
        [howto] è una guida pratica per { $product }
       *[other] è un articolo su { $product }
    }.
# The label of cue-release-date: "il"/"l'" before a date depends on the day
# ("l'8 luglio"), which DATETIME cannot choose.
summary-released = Data di pubblicazione: { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Risolve un problema.
        [many] Risolve { $count } problemi.
       *[other] Risolve { $count } problemi.
    }
summary-bulletins = { $count ->
        [one] Risolve le vulnerabilità descritte nel bollettino Microsoft sulla sicurezza { $bulletins }.
        [many] Risolve le vulnerabilità descritte nei bollettini Microsoft sulla sicurezza { $bulletins }.
       *[other] Risolve le vulnerabilità descritte nei bollettini Microsoft sulla sicurezza { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Sostituisce l'aggiornamento { $list }.
        [many] Sostituisce { $count } aggiornamenti precedenti: { $list }.
       *[other] Sostituisce { $count } aggiornamenti precedenti: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases.
summary-restart = { $restart ->
        [reboot_required] È necessario riavviare il computer dopo aver applicato questo aggiornamento.
        [reboot_may_be_required] Questo aggiornamento potrebbe richiedere il riavvio.
        [services_restarted] I servizi necessari vengono arrestati automaticamente e quindi riavviati; non occorre riavviare il computer.
       *[none] Non è necessario riavviare il computer dopo aver applicato questo aggiornamento.
    }
summary-known-issues = { $count ->
        [one] Presenta un problema noto.
        [many] Presenta { $count } problemi noti.
       *[other] Presenta { $count } problemi noti.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Riconciliazione di KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Nessuna differenza trovata.
render-reconcile-count = { $count ->
        [one] Un rilievo.
        [many] { $count } rilievi.
       *[other] { $count } rilievi.
    }
render-reconcile-severity-critical = Critico
render-reconcile-severity-major = Grave
render-reconcile-severity-minor = Lieve
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = originale: { $original }; traduzione: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = La traduzione si riferisce a un altro articolo
render-reconcile-identity-rollup = Il numero dell'aggiornamento cumulativo è diverso
render-reconcile-identity-product = Il prodotto è diverso
render-reconcile-identity-service-pack = Il Service Pack è diverso
render-reconcile-identity-kind = Il tipo di articolo è diverso
render-reconcile-title-mismatch = Il titolo riporta numeri diversi da quelli dell'originale
render-reconcile-security-bulletins-missing = Manca un bollettino Microsoft sulla sicurezza
render-reconcile-security-bulletins-extra = È stato aggiunto un bollettino Microsoft sulla sicurezza
render-reconcile-fixed-issues-missing = Manca un problema risolto
render-reconcile-fixed-issues-extra = È stato aggiunto un problema risolto
render-reconcile-fixed-issues-changed = Un problema risolto ha un altro numero KB
render-reconcile-replaces-missing = Manca un aggiornamento sostituito
render-reconcile-replaces-extra = È stato aggiunto un aggiornamento sostituito
render-reconcile-replaces-changed = Un aggiornamento sostituito ha un altro numero KB
render-reconcile-removal-update-id = L'aggiornamento da rimuovere è diverso
render-reconcile-dates-release-date = La data di pubblicazione è diversa
render-reconcile-sections-missing = Manca una sezione
render-reconcile-sections-extra = È stata aggiunta una sezione
render-reconcile-known-issues-count = Il numero di problemi noti è diverso
render-reconcile-numbers-changed = È stato modificato un numero, codice o indirizzo
render-reconcile-numbers-missing = Manca un numero, codice o indirizzo
render-reconcile-numbers-extra = È stato aggiunto un numero, codice o indirizzo
render-reconcile-untranslated-block = Un paragrafo è ancora nella lingua originale
render-reconcile-untranslated-declared = Alcuni paragrafi sono dichiarati come lasciati nella lingua originale
render-reconcile-staleness-last-review = L'ultima modifica della traduzione è precedente a quella dell'originale
render-reconcile-staleness-revision = La traduzione ha una revisione precedente
render-reconcile-staleness-machine-translated = La traduzione è stata eseguita con un software di traduzione automatica
render-reconcile-kb-mentions-missing = Manca un riferimento KB
render-reconcile-kb-mentions-extra = È stato aggiunto un riferimento KB
render-reconcile-kb-mentions-changed = Un riferimento KB ha un altro numero

# Between the sentences of a summary.
summary-separator = {" "}
