### kbnorm rendering messages: Greek (el). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_cjk_rtl.md ("seen" strings: ενημερωμένη έκδοση
### ασφαλείας, ενημερωτικό δελτίο ασφαλείας, άμεση επιδιόρθωση, Service Pack,
### "κυκλοφόρησε στις 25 Απριλίου 2006", "Γνωσιακής Βάσης της Microsoft"),
### research/label_notes_eu.md and this locale's kb.ftl ("Συνάθροιση ενημερώσεων"
### and "ζήτημα" are unverified there).
### Plurals (CLDR): one = 1, other = everything else.
### Summary sentences after the first have no subject ("Επιλύει …"), so nothing
### has to agree with "Το KB…" (neuter) or "Αυτό το άρθρο".

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update is a lower-case phrase, so it follows the title in
# parentheses; kind-hotfix ("ΕΠΙΔΙΌΡΘΩΣΗ:") carries its own colon and leads it,
# as does kind-howto ("Τρόπος").
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { kind-hotfix } { $title }
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Αυτή η ενημέρωση επιλύει τις ευπάθειες που περιγράφονται { $count ->
        [one] στο ενημερωτικό δελτίο ασφαλείας
       *[other] στα ενημερωτικά δελτία ασφαλείας
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Αυτή η ενημέρωση επιλύει το ακόλουθο ζήτημα:
       *[other] Αυτή η ενημέρωση επιλύει τα ακόλουθα { $count } ζητήματα:
    }
render-replaces = { $count ->
        [one] Αυτή η ενημέρωση αντικαθιστά την ακόλουθη ενημέρωση:
       *[other] Αυτή η ενημέρωση αντικαθιστά τις ακόλουθες { $count } ενημερώσεις:
    }
render-prerequisites = Για να εφαρμόσετε αυτήν την ενημέρωση, πρέπει να διαθέτετε τα εξής:
# cue-removal is an imperative ("καταργήστε την ενημέρωση 123456").
render-removal = Για να καταργήσετε αυτήν την ενημέρωση, χρησιμοποιήστε την Προσθαφαίρεση προγραμμάτων στον Πίνακα Ελέγχου. Στη συνέχεια, { cue-removal }.
render-known-issues = { $count ->
        [one] Υπάρχει ένα γνωστό ζήτημα σε αυτήν την ενημέρωση.
       *[other] Υπάρχουν { $count } γνωστά ζητήματα σε αυτήν την ενημέρωση.
    }
render-download = Μπορείτε να κάνετε λήψη αυτής της ενημέρωσης από την ακόλουθη τοποθεσία:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

# Greek puts the neuter article before a KB number used as a subject.
summary-subject-kb = Το KB{ $kb }
summary-subject-none = Αυτό το άρθρο

# rollup-name is a feminine noun without article ("Συνάθροιση ενημερώσεων 4"):
# "η" goes before it. Products take "το", as in title-rollup ("για το { $product }").
summary-kind = { $subject } { $kind ->
        [update_rollup] είναι η { rollup-name }
        [update_rollup_unnumbered] είναι μια συνάθροιση ενημερώσεων
        [hotfix] είναι μια άμεση επιδιόρθωση
        [security_update] είναι μια ενημερωμένη έκδοση ασφαλείας
        [security_bulletin] είναι ένα ενημερωτικό δελτίο ασφαλείας
        [service_pack] είναι το Service Pack { $n }
        [howto] είναι ένας πρακτικός οδηγός
       *[other] είναι ένα άρθρο της Γνωσιακής Βάσης της Microsoft
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] είναι η { rollup-name } για το { $product }
        [update_rollup_unnumbered] είναι μια συνάθροιση ενημερώσεων για το { $product }
        [hotfix] είναι μια άμεση επιδιόρθωση για το { $product }
        [security_update] είναι μια ενημερωμένη έκδοση ασφαλείας για το { $product }
        [security_bulletin] είναι ένα ενημερωτικό δελτίο ασφαλείας σχετικά με το { $product }
        [service_pack] περιγράφει το { $product }
        [howto] είναι ένας πρακτικός οδηγός για το { $product }
       *[other] είναι ένα άρθρο σχετικά με το { $product }
    }.
summary-released = Κυκλοφόρησε στις { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Επιλύει ένα ζήτημα.
       *[other] Επιλύει { $count } ζητήματα.
    }
summary-bulletins = { $count ->
        [one] Επιλύει τις ευπάθειες που περιγράφονται στο ενημερωτικό δελτίο ασφαλείας { $bulletins }.
       *[other] Επιλύει τις ευπάθειες που περιγράφονται στα ενημερωτικά δελτία ασφαλείας { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Αντικαθιστά την ενημέρωση { $list }.
       *[other] Αντικαθιστά { $count } προηγούμενες ενημερώσεις: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases. "·" is the Greek semicolon.
summary-restart = { $restart ->
        [reboot_required] Πρέπει να επανεκκινήσετε τον υπολογιστή μετά την εφαρμογή αυτής της ενημέρωσης.
        [reboot_may_be_required] Ενδέχεται να απαιτείται επανεκκίνηση μετά την εφαρμογή αυτής της ενημέρωσης.
        [services_restarted] Οι απαιτούμενες υπηρεσίες διακόπτονται αυτόματα και, στη συνέχεια, επανεκκινούνται· δεν είναι απαραίτητη η επανεκκίνηση του υπολογιστή.
       *[none] Δεν χρειάζεται να επανεκκινήσετε τον υπολογιστή μετά την εφαρμογή αυτής της ενημέρωσης.
    }
summary-known-issues = { $count ->
        [one] Υπάρχει ένα γνωστό ζήτημα.
       *[other] Υπάρχουν { $count } γνωστά ζητήματα.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Αντιπαραβολή του KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Δεν βρέθηκαν διαφορές.
render-reconcile-count = { $count ->
        [one] Ένα εύρημα.
       *[other] { $count } ευρήματα.
    }
render-reconcile-severity-critical = Κρίσιμο
render-reconcile-severity-major = Σοβαρό
render-reconcile-severity-minor = Ήσσονος σημασίας
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none. The separator is the Greek
# ano teleia "·" (";" is the Greek question mark).
render-reconcile-values = πρωτότυπο: { $original }· μετάφραση: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = Η μετάφραση αφορά άλλο άρθρο
render-reconcile-identity-rollup = Ο αριθμός της συνάθροισης ενημερώσεων διαφέρει
render-reconcile-identity-product = Το προϊόν διαφέρει
render-reconcile-identity-service-pack = Το Service Pack διαφέρει
render-reconcile-identity-kind = Ο τύπος του άρθρου διαφέρει
render-reconcile-title-mismatch = Ο τίτλος αναφέρει άλλους αριθμούς από το πρωτότυπο
render-reconcile-security-bulletins-missing = Λείπει ένα ενημερωτικό δελτίο ασφαλείας
render-reconcile-security-bulletins-extra = Προστέθηκε ένα ενημερωτικό δελτίο ασφαλείας
render-reconcile-fixed-issues-missing = Λείπει ένα ζήτημα που επιλύθηκε
render-reconcile-fixed-issues-extra = Προστέθηκε ένα ζήτημα που επιλύθηκε
render-reconcile-fixed-issues-changed = Ένα ζήτημα που επιλύθηκε έχει άλλον αριθμό KB
render-reconcile-replaces-missing = Λείπει μια ενημέρωση που αντικαταστάθηκε
render-reconcile-replaces-extra = Προστέθηκε μια ενημέρωση που αντικαταστάθηκε
render-reconcile-replaces-changed = Μια ενημέρωση που αντικαταστάθηκε έχει άλλον αριθμό KB
render-reconcile-removal-update-id = Η ενημέρωση προς κατάργηση διαφέρει
render-reconcile-dates-release-date = Η ημερομηνία κυκλοφορίας διαφέρει
render-reconcile-sections-missing = Λείπει μια ενότητα
render-reconcile-sections-extra = Προστέθηκε μια ενότητα
render-reconcile-known-issues-count = Ο αριθμός των γνωστών ζητημάτων διαφέρει
render-reconcile-numbers-changed = Άλλαξε ένας αριθμός, κωδικός ή διεύθυνση
render-reconcile-numbers-missing = Λείπει ένας αριθμός, κωδικός ή διεύθυνση
render-reconcile-numbers-extra = Προστέθηκε ένας αριθμός, κωδικός ή διεύθυνση
render-reconcile-untranslated-block = Μια παράγραφος είναι ακόμη στην αρχική γλώσσα
render-reconcile-untranslated-declared = Δηλώνεται ότι ορισμένες παράγραφοι παρέμειναν στην αρχική γλώσσα
render-reconcile-staleness-last-review = Η μετάφραση αναθεωρήθηκε τελευταία φορά πριν από το πρωτότυπο
render-reconcile-staleness-revision = Η μετάφραση έχει παλαιότερη αναθεώρηση
render-reconcile-staleness-machine-translated = Η μετάφραση έγινε μέσω αυτοματοποιημένης διαδικασίας
render-reconcile-kb-mentions-missing = Λείπει μια αναφορά KB
render-reconcile-kb-mentions-extra = Προστέθηκε μια αναφορά KB
render-reconcile-kb-mentions-changed = Μια αναφορά KB έχει άλλον αριθμό

# Between the sentences of a summary.
summary-separator = {" "}
