### kbnorm rendering messages: English (en).
###
### Messages only the renderer uses (`render-*`, `summary-*`). Everything the
### renderer shares with the parser (headings, cues, restart phrases, title forms,
### month names, the date pattern) lives in kb.ftl, so what kbnorm renders it
### also recognizes. These sentences are composed by kbnorm, not copied from
### Microsoft pages.
###
### Variables: $kb (a KB number, as text), $n and $count (numbers; plural
### selection uses the locale's CLDR categories), $product, $title, $list,
### $bulletins, $language (text), $date (ISO date, format it with DATETIME),
### $kind and $restart (keys, see below).

## Article

# A product with its service pack.
render-product-service-pack = { $product } Service Pack { $n }

# Titles that carry the article's kind; $title is the original title, left in
# its own language.
render-title-security-update = { kind-security-update }: { $title }
render-title-hotfix = { kind-hotfix }: { $title }
render-title-howto = { kind-howto }: { $title }

# Put before text left in its original language; `cue-original-text` in kb.ftl
# is the form the parser reads back.
render-original-text = { cue-original-text }

# Lead-in sentences of sections whose content is structured.
render-security-bulletins = This update resolves the vulnerabilities that are described in { $count ->
        [one] security bulletin
       *[other] security bulletins
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] This update fixes the following issue:
       *[other] This update fixes the following { $count } issues:
    }
render-replaces = { $count ->
        [one] This update replaces the following update:
       *[other] This update replaces the following { $count } updates:
    }
render-prerequisites = To apply this update, you must have the following:
render-removal = To remove this update, use Add or Remove Programs in Control Panel. Then, { cue-removal }.
render-known-issues = { $count ->
        [one] There is one known issue in this update.
       *[other] There are { $count } known issues in this update.
    }
render-download = You can download this update from the following location:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary: a few sentences, each optional.

# $subject: the result of render-subject-kb or render-subject-none.
summary-subject-kb = KB{ $kb }
summary-subject-none = This article

# $kind: update_rollup (with $n), update_rollup_unnumbered, hotfix, security_update,
# security_bulletin, service_pack (with $n), howto, other.
summary-kind = { $subject } { $kind ->
        [update_rollup] is { rollup-name }
        [update_rollup_unnumbered] is an update rollup
        [hotfix] is a hotfix
        [security_update] is a security update
        [security_bulletin] is a security bulletin
        [service_pack] is Service Pack { $n }
        [howto] is a how-to article
       *[other] is an article
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] is { rollup-name } for { $product }
        [update_rollup_unnumbered] is an update rollup for { $product }
        [hotfix] is a hotfix for { $product }
        [security_update] is a security update for { $product }
        [security_bulletin] is a security bulletin for { $product }
        [service_pack] is { $product }
        [howto] is a how-to article about { $product }
       *[other] is an article about { $product }
    }.
summary-released = It was released on { DATETIME($date) }.
summary-fixes = { $count ->
        [one] It fixes one issue.
       *[other] It fixes { $count } issues.
    }
summary-bulletins = { $count ->
        [one] It addresses security bulletin { $bulletins }.
       *[other] It addresses security bulletins { $bulletins }.
    }
summary-replaces = { $count ->
        [one] It replaces update { $list }.
       *[other] It replaces { $count } earlier updates: { $list }.
    }
# $restart: reboot_required, reboot_may_be_required, services_restarted, none.
summary-restart = { $restart ->
        [reboot_required] You must restart the computer after you apply it.
        [reboot_may_be_required] It may require a restart.
        [services_restarted] The required services are restarted automatically; the computer does not have to be restarted.
       *[none] You do not have to restart the computer after you apply it.
    }
summary-known-issues = { $count ->
        [one] It has one known issue.
       *[other] It has { $count } known issues.
    }

# Joins the items of $list and $bulletins.
render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Reconciliation of KB{ $kb }: { $original } → { $translation }
render-reconcile-none = No differences found.
render-reconcile-count = { $count ->
        [one] One finding.
       *[other] { $count } findings.
    }
render-reconcile-severity-critical = Critical
render-reconcile-severity-major = Major
render-reconcile-severity-minor = Minor
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original: { $original }; translation: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = The translation is of another article
render-reconcile-identity-rollup = The update rollup number differs
render-reconcile-identity-product = The product differs
render-reconcile-identity-service-pack = The service pack differs
render-reconcile-identity-kind = The kind of article differs
render-reconcile-title-mismatch = The title states other numbers than the original's
render-reconcile-security-bulletins-missing = A security bulletin is missing
render-reconcile-security-bulletins-extra = A security bulletin was added
render-reconcile-fixed-issues-missing = A fixed issue is missing
render-reconcile-fixed-issues-extra = A fixed issue was added
render-reconcile-fixed-issues-changed = A fixed issue has another KB number
render-reconcile-replaces-missing = A replaced update is missing
render-reconcile-replaces-extra = A replaced update was added
render-reconcile-replaces-changed = A replaced update has another KB number
render-reconcile-removal-update-id = The update to remove differs
render-reconcile-dates-release-date = The release date differs
render-reconcile-sections-missing = A section is missing
render-reconcile-sections-extra = A section was added
render-reconcile-known-issues-count = The number of known issues differs
render-reconcile-numbers-changed = A number, code or address was changed
render-reconcile-numbers-missing = A number, code or address is missing
render-reconcile-numbers-extra = A number, code or address was added
render-reconcile-untranslated-block = A paragraph is still in the original language
render-reconcile-untranslated-declared = Paragraphs are declared as left in the original language
render-reconcile-staleness-last-review = The translation was last reviewed before the original
render-reconcile-staleness-revision = The translation has an older revision
render-reconcile-staleness-machine-translated = The translation was machine translated
render-reconcile-kb-mentions-missing = A KB reference is missing
render-reconcile-kb-mentions-extra = A KB reference was added
render-reconcile-kb-mentions-changed = A KB reference has another number

# Between the sentences of a summary.
summary-separator = {" "}
