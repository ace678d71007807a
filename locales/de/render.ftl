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

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

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

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Abgleich von KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Keine Abweichungen gefunden.
render-reconcile-count = { $count ->
        [one] Ein Befund.
       *[other] { $count } Befunde.
    }
render-reconcile-severity-critical = Kritisch
render-reconcile-severity-major = Schwerwiegend
render-reconcile-severity-minor = Geringfügig
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = Original: { $original }; Übersetzung: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = Die Übersetzung gehört zu einem anderen Artikel
render-reconcile-identity-rollup = Die Nummer des Update Rollups weicht ab
render-reconcile-identity-product = Das Produkt weicht ab
render-reconcile-identity-service-pack = Das Service Pack weicht ab
render-reconcile-identity-kind = Der Artikeltyp weicht ab
render-reconcile-title-mismatch = Der Titel nennt andere Nummern als das Original
render-reconcile-security-bulletins-missing = Ein Sicherheitsbulletin fehlt
render-reconcile-security-bulletins-extra = Ein Sicherheitsbulletin wurde hinzugefügt
render-reconcile-fixed-issues-missing = Ein behobenes Problem fehlt
render-reconcile-fixed-issues-extra = Ein behobenes Problem wurde hinzugefügt
render-reconcile-fixed-issues-changed = Ein behobenes Problem hat eine andere KB-Nummer
render-reconcile-replaces-missing = Ein ersetztes Update fehlt
render-reconcile-replaces-extra = Ein ersetztes Update wurde hinzugefügt
render-reconcile-replaces-changed = Ein ersetztes Update hat eine andere KB-Nummer
render-reconcile-removal-update-id = Das zu entfernende Update weicht ab
render-reconcile-dates-release-date = Das Veröffentlichungsdatum weicht ab
render-reconcile-sections-missing = Ein Abschnitt fehlt
render-reconcile-sections-extra = Ein Abschnitt wurde hinzugefügt
render-reconcile-known-issues-count = Die Anzahl der bekannten Probleme weicht ab
render-reconcile-numbers-changed = Eine Zahl, ein Code oder eine Adresse wurde geändert
render-reconcile-numbers-missing = Eine Zahl, ein Code oder eine Adresse fehlt
render-reconcile-numbers-extra = Eine Zahl, ein Code oder eine Adresse wurde hinzugefügt
render-reconcile-untranslated-block = Ein Absatz ist noch in der Originalsprache
render-reconcile-untranslated-declared = Absätze sind als in der Originalsprache belassen gekennzeichnet
render-reconcile-staleness-last-review = Die Übersetzung wurde zuletzt vor dem Original überprüft
render-reconcile-staleness-revision = Die Übersetzung hat eine ältere Version
render-reconcile-staleness-machine-translated = Die Übersetzung wurde maschinell erstellt
render-reconcile-kb-mentions-missing = Ein KB-Verweis fehlt
render-reconcile-kb-mentions-extra = Ein KB-Verweis wurde hinzugefügt
render-reconcile-kb-mentions-changed = Ein KB-Verweis hat eine andere Nummer

# Between the sentences of a summary.
summary-separator = {" "}
