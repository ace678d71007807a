### kbnorm rendering messages: German (de). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_nordic_germanic.md ("seen" strings: Update Rollup,
### Hotfix, Sicherheitsupdate, Sicherheitsbulletin, Service Pack, "Bekannte
### Probleme bei diesem Update", "Voraussetzungen") and this locale's kb.ftl.
### Plurals (CLDR): one = 1, other = everything else.
### A summary's subject is "KB…" (das Update) or "Dieser Artikel" (der Artikel):
### summary sentences avoid pronouns that would have to agree with it ("Damit
### wird …", "Es gibt …").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-howto is "So können Sie"; "vorgehen" completes it before the title.
render-title-security-update = { kind-security-update }: { $title }
render-title-hotfix = { kind-hotfix }: { $title }
render-title-howto = { kind-howto } vorgehen: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Dieses Update behebt die Sicherheitsanfälligkeiten, die { $count ->
        [one] im Sicherheitsbulletin
       *[other] in den Sicherheitsbulletins
    } { $bulletins } beschrieben sind.
render-issues-fixed = { $count ->
        [one] Dieses Update behebt das folgende Problem:
       *[other] Dieses Update behebt die folgenden { $count } Probleme:
    }
render-replaces = { $count ->
        [one] Dieses Update ersetzt das folgende Update:
       *[other] Dieses Update ersetzt die folgenden { $count } Updates:
    }
render-prerequisites = Zum Installieren dieses Updates benötigen Sie Folgendes:
# cue-removal is a whole clause ("entfernen Sie das Update 123456"); "Dort"
# puts its verb second.
render-removal = Um dieses Update zu entfernen, öffnen Sie in der Systemsteuerung das Element Software. Dort { cue-removal }.
render-known-issues = { $count ->
        [one] Bei diesem Update gibt es ein bekanntes Problem.
       *[other] Bei diesem Update gibt es { $count } bekannte Probleme.
    }
render-download = Sie können dieses Update von der folgenden Adresse herunterladen:

render-kb-item = { $kb } { $title }
render-kb-item-untitled = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Dieser Artikel

summary-kind = { $subject } { $kind ->
        [update_rollup] ist { rollup-name }
        [update_rollup_unnumbered] ist ein Update Rollup
        [hotfix] ist ein Hotfix
        [security_update] ist ein Sicherheitsupdate
        [security_bulletin] ist ein Sicherheitsbulletin
        [service_pack] ist Service Pack { $n }
        [howto] ist eine Anleitung
       *[other] ist ein Knowledge Base-Artikel
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] ist { rollup-name } für { $product }
        [update_rollup_unnumbered] ist ein Update Rollup für { $product }
        [hotfix] ist ein Hotfix für { $product }
        [security_update] ist ein Sicherheitsupdate für { $product }
        [security_bulletin] ist ein Sicherheitsbulletin zu { $product }
        [service_pack] ist { $product }
        [howto] ist eine Anleitung zu { $product }
       *[other] ist ein Artikel über { $product }
    }.
summary-released = Das Veröffentlichungsdatum ist der { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Damit wird ein Problem behoben.
       *[other] Damit werden { $count } Probleme behoben.
    }
summary-bulletins = { $count ->
        [one] Damit werden die Sicherheitsanfälligkeiten aus dem Sicherheitsbulletin { $bulletins } behoben.
       *[other] Damit werden die Sicherheitsanfälligkeiten aus den Sicherheitsbulletins { $bulletins } behoben.
    }
summary-replaces = { $count ->
        [one] Damit wird das Update { $list } ersetzt.
       *[other] Damit werden { $count } frühere Updates ersetzt: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases.
summary-restart = { $restart ->
        [reboot_required] Sie müssen den Computer neu starten, nachdem Sie das Update installiert haben.
        [reboot_may_be_required] Möglicherweise müssen Sie den Computer neu starten, nachdem Sie das Update installiert haben.
        [services_restarted] Die erforderlichen Dienste werden automatisch beendet und dann neu gestartet; ein Neustart des Computers ist nicht notwendig.
       *[none] Sie müssen den Computer nicht neu starten, nachdem Sie das Update installiert haben.
    }
summary-known-issues = { $count ->
        [one] Es gibt ein bekanntes Problem.
       *[other] Es gibt { $count } bekannte Probleme.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.
