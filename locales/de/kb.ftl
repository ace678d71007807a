### kbnorm locale data: German (de). Format: see locales/en/kb.ftl.
### Sources: research/terms_nordic_germanic.md ("seen" strings), research/label_notes_eu.md,
### the de excerpts of the shared dev corpus.
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Deutsch
locale-whatlang = deu

## Section headings

heading-summary = Zusammenfassung
    .match =
        Kurzfassung
        Kurzzusammenfassung
heading-introduction = Einführung
heading-symptoms = Problembeschreibung
    .match =
        ~Symptome
heading-cause = Ursache
heading-resolution = ~Lösung
    .match =
        ~Problemlösung
heading-workaround = ~Problemumgehung
    .match =
        ~Abhilfe
heading-status = ~Status
heading-more-information = Weitere Informationen
heading-issues-fixed = Durch das Update behobene Probleme
    .match =
        Durch das Update Rollup behobene Probleme
        ~Durch das Updaterollup behobene Probleme
heading-service-pack-information = ~Service Pack-Informationen
    .match =
        ~Informationen zum Service Pack
heading-update-rollup-information = Update Rollup-Informationen
    .match =
        ~Updaterollup-Informationen
        ~Informationen zum Update Rollup
heading-download-information = ~So erhalten Sie das Update Rollup
    .match =
        Beziehen des Update Rollups
        ~Downloadinformationen
        ~Informationen zum Download
heading-update-replacement = ~Informationen zum Ersetzen von Updates
    .match =
        ~Informationen zur Ersetzung
        ~Ersetzungsinformationen
heading-prerequisites = Voraussetzungen
    .match =
        Voraussetzungen für die Installation des Update Rollups
heading-restart-requirement = ~Neustartanforderung
    .match =
        ~Neustartanforderungen
        ~Informationen zum Neustart
heading-removal-information = ~Informationen zum Entfernen
    .match =
        ~Informationen zur Deinstallation
        ~Informationen zur Entfernung
heading-owa-customization = ~Wichtige Informationen für Outlook Web Access-Benutzer zur Anpassung von Outlook Web Access
    .match =
        ~Anpassung von Outlook Web Access
heading-known-issues = Bekannte Probleme
    .match =
        Bekannte Probleme bei diesem Update
        Bekannte Probleme im Update Rollup
heading-file-information = ~Dateiinformationen
heading-hotfix-information = ~Hotfixinformationen
    .match =
        ~Informationen zum Hotfix
        ~Hotfix-Informationen
heading-references = ~Referenzen
    .match =
        ~Informationsquellen
        ~Verweise
heading-applies-to = Gilt für
    .match =
        Die Informationen in diesem Artikel beziehen sich auf
heading-keywords = ~Stichwörter
    .match =
        ~Schlüsselwörter
heading-properties = ~Eigenschaften

heading-known-issue-item = ~Problem { $n }

## Page chrome

chrome = Alles erweitern | Alles schließen
    .match =
        SPRACHE AUSWÄHLEN SPRACHE AUSWÄHLEN
        SPRACHE AUSWÄHLEN
        Produkte anzeigen, auf die sich dieser Artikel bezieht
        (in englischer Sprache)

chrome-line = Auf dieser Seite
    .match =
        DetailPage-MSS-KB
        Knowledge Base
        Hotfix-Download ist verfügbar
        Hotfix-Downloads anzeigen und anfordern
        Freigeben über
        ~Zurück zum Anfang
        ~Zurück zum Seitenanfang

## Facts

cue-article-id = Artikel-ID: { $kb }
cue-last-review = Geändert am: { $date }
    .match =
        Letztes Änderungsdatum des Themas: { $date }
        ~Letzte Überprüfung: { $date }
cue-revision = Version: { $revision }
cue-release-date = Veröffentlicht: { $date }
    .match =
        ~Veröffentlichungsdatum: { $date }
cue-removal = ~entfernen Sie das Update { $kb }
    .match =
        ~entfernen Sie dann das Update { $kb }
        ~entfernen Sie Update { $kb }
        ~Update { $kb } entfernen
        ~Entfernen des Updates { $kb }
cue-translation-of = Dieser Artikel ist eine Übersetzung des folgenden englischsprachigen Artikels der Microsoft Knowledge Base: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Originaltext ({ $language }):
cue-machine-translated = ~Dieser Artikel wurde maschinell übersetzt
    .match =
        ~maschinell und nicht von einem Menschen übersetzt

rollup-name = Update Rollup { $n }
    .match =
        Updaterollup { $n }

title-rollup = Hinweise zum { rollup-name } für { $product }
    .match =
        ~Beschreibung des { rollup-name } für { $product }

title-stop = Dieser Artikel
    .match =
        In diesem Artikel
        ~Microsoft hat

## Restart requirement

restart-reboot-required = ~Sie müssen den Computer neu starten
    .match =
        ~erfordert einen Neustart
restart-reboot-may-be-required = ~Möglicherweise müssen Sie den Computer neu starten
    .match =
        ~erfordert möglicherweise einen Neustart
restart-services-restarted = ~Die erforderlichen Dienste werden automatisch beendet und dann neu gestartet
    .match =
        ~Dienste werden automatisch beendet und dann neu gestartet
restart-none = ~Sie müssen den Computer nicht neu starten
    .match =
        ~erfordert keinen Neustart

## Kinds

kind-security-update = Sicherheitsupdate
kind-hotfix = Hotfix
# Only one form: the engine compiles the kind forms into one regex, and two forms
# with slots would repeat a group name.
kind-service-pack = ~Beschreibung von { $product } Service Pack { $n }
kind-howto = So können Sie
    .match =
        Behandlung von
        Problembehandlung bei
        ~Gewusst wie

## Language identification

stopwords = und der nur nicht ist mit von für auf eine einen dem sich wird werden sie können dieser diese auch wenn oder bei zum zur über wie kann ein im wurde ich nach

## Dates

# Weekday names, for dates such as "Freitag, 7. Juni 2013".
weekday = Montag
    .match =
        Dienstag
        ~Mittwoch
        ~Donnerstag
        Freitag
        ~Samstag
        ~Sonntag

date = { $day }. { $month } { $year }
    .match =
        { weekday }, { $day }. { $month } { $year }
        { $day }.{ $month_num }.{ $year }

month-1 = Januar
    .match =
        ~Jan.
        ~Jänner
month-2 = Februar
    .match = ~Feb.
month-3 = März
    .match = ~Mär.
month-4 = April
    .match = ~Apr.
month-5 = Mai
month-6 = Juni
    .match = ~Jun.
month-7 = ~Juli
    .match = ~Jul.
month-8 = August
    .match = ~Aug.
month-9 = September
    .match =
        ~Sep.
        ~Sept.
month-10 = Oktober
    .match = ~Okt.
month-11 = November
    .match = ~Nov.
month-12 = Dezember
    .match = ~Dez.
