### kbnorm locale data: Greek (el). Format: see locales/en/kb.ftl.
### Sources: research/terms_cjk_rtl.md ("seen" strings), research/label_notes_eu.md,
### and the el corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Greek capitals drop the accents ("ΕΙΣΑΓΩΓΗ" for "Εισαγωγή"), which generic
### upper-casing does not do, so capitalised headings are listed as forms of their own.

## Identity of the locale

locale-name = Ελληνικά
locale-whatlang = ell

## Section headings

heading-summary = Περίληψη
    .match =
        ~ΠΕΡΙΛΗΨΗ
heading-introduction = ~Εισαγωγή
    .match =
        ΕΙΣΑΓΩΓΗ
heading-symptoms = Συμπτώματα
    .match =
        ~ΣΥΜΠΤΩΜΑΤΑ
heading-cause = ~Αιτία
    .match =
        ~ΑΙΤΙΑ
# RESOLUTION is rendered "Προτεινόμενη αντιμετώπιση" (followed by the hotfix information).
heading-resolution = Προτεινόμενη αντιμετώπιση
    .match =
        ~Επίλυση
heading-workaround = ~Εναλλακτική λύση
heading-status = ~Κατάσταση
heading-more-information = Περισσότερες πληροφορίες
    .match =
        ~ΠΕΡΙΣΣΟΤΕΡΕΣ ΠΛΗΡΟΦΟΡΙΕΣ
heading-issues-fixed = ~Ζητήματα που επιλύει η συνάθροιση ενημερώσεων
    .match =
        ~Ζητήματα που επιλύονται
heading-service-pack-information = ~Πληροφορίες για το Service Pack
heading-update-rollup-information = ~Πληροφορίες για τη συνάθροιση ενημερώσεων
heading-download-information = ~Πληροφορίες λήψης
    .match =
        ~Τρόπος λήψης της ενημέρωσης
heading-update-replacement = ~Πληροφορίες αντικατάστασης
heading-prerequisites = ~Προαπαιτούμενα
heading-restart-requirement = ~Απαίτηση επανεκκίνησης
heading-removal-information = ~Πληροφορίες κατάργησης
heading-owa-customization = ~Σημαντικές πληροφορίες για τους χρήστες του Outlook Web Access σχετικά με την προσαρμογή του Outlook Web Access
heading-known-issues = ~Γνωστά ζητήματα
heading-file-information = ~Πληροφορίες αρχείου
heading-hotfix-information = Πληροφορίες άμεσης επιδιόρθωσης
heading-references = ~Αναφορές
    .match =
        ~ΑΝΑΦΟΡΕΣ
heading-applies-to = Ισχύει για
heading-keywords = ~Λέξεις-κλειδιά
heading-properties = ~Ιδιότητες

heading-known-issue-item = ~Ζήτημα { $n }

## Page chrome

chrome = Ανάπτυξη όλων | Σύμπτυξη όλων
    .match =
        Μεταφράσεις άρθρων Μεταφράσεις άρθρων
        Μεταφράσεις άρθρων
        Δείτε τα προϊόντα στα οποία αναφέρεται το συγκεκριμένο άρθρο.

chrome-line = Σε αυτήν τη σελίδα
    .match =
        Μετάβαση στο κύριο περιεχόμενο
        Υποστήριξη
        Είσοδος με Microsoft
        Είσοδος ή δημιουργία λογαριασμού.
        Γεια σας,
        Επιλέξτε διαφορετικό λογαριασμό.
        Έχετε πολλούς λογαριασμούς
        Επιλέξτε τον λογαριασμό με τον οποίο θέλετε να εισέλθετε.

## Facts

cue-article-id = Αναγν. άρθρου: { $kb }
cue-last-review = ~Τελευταία αναθεώρηση: { $date }
# The header line is "Αναγν. άρθρου: … - Τελευταία αναθεώρηση: … - Αναθεώρηση: 3.0";
# the leading "-" keeps the revision cue out of the last-review label.
cue-revision = ~- Αναθεώρηση: { $revision }
cue-release-date = ~Ημερομηνία κυκλοφορίας: { $date }
    .match =
        ~Δημοσιεύθηκε: { $date }
cue-removal = ~καταργήστε την ενημέρωση { $kb }
cue-translation-of = ~Η αγγλική έκδοση αυτού του άρθρου είναι: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Αρχικό κείμενο ({ $language }):
# Seen on support.office.com (not a KB page), including its typo "έχω".
cue-machine-translated = μεταφραστεί μέσω αυτοματοποιημένης διαδικασίας
    .match =
        ~Αυτό το άρθρο έχει μεταφραστεί

rollup-name = ~Συνάθροιση ενημερώσεων { $n }
    .match =
        ~Συνάθροισης ενημερώσεων { $n }
        ~Πακέτο ενημερώσεων { $n }

title-rollup = ~Περιγραφή της { rollup-name } για το { $product }

title-stop = ~Αυτό το άρθρο
    .match =
        ~Η Microsoft κυκλοφόρησε

## Restart requirement

restart-reboot-required = ~πρέπει να επανεκκινήσετε τον υπολογιστή
restart-reboot-may-be-required = ~ενδέχεται να απαιτείται επανεκκίνηση
restart-services-restarted = ~Οι απαιτούμενες υπηρεσίες διακόπτονται αυτόματα και, στη συνέχεια, επανεκκινούνται
restart-none = ~δεν χρειάζεται να επανεκκινήσετε τον υπολογιστή
    .match =
        ~δεν απαιτείται επανεκκίνηση

## Kinds

kind-security-update = ενημερωμένη έκδοση ασφαλείας
# "ΕΠΙΔΙΌΡΘΩΣΗ:" = "FIX:" (accent kept on the capital on the page seen).
kind-hotfix = ΕΠΙΔΙΌΡΘΩΣΗ:
    .match =
        ~ΕΠΙΔΙΟΡΘΩΣΗ:
        άμεση επιδιόρθωση
kind-service-pack = ~Περιγραφή του { $product } Service Pack { $n }
kind-howto = Τρόπος
    .match =
        ~Πώς να

## Dates

# The long date of el-GR carries the weekday: "Παρασκευή, 28 Ιουνίου 2013".
date = { $day } { $month } { $year }
    .match =
        ~{ date-weekday }, { $day } { $month } { $year }
        ~{ $day }/{ $month_num }/{ $year }

date-weekday = ~Δευτέρα
    .match =
        ~Τρίτη
        ~Τετάρτη
        ~Πέμπτη
        ~Παρασκευή
        ~Σάββατο
        ~Κυριακή

month-1 = ~Ιανουαρίου
    .match =
        ~Ιανουάριος
        ~Ιαν
month-2 = ~Φεβρουαρίου
    .match =
        ~Φεβρουάριος
        ~Φεβ
month-3 = ~Μαρτίου
    .match =
        ~Μάρτιος
        ~Μαρ
month-4 = Απριλίου
    .match =
        ~Απρίλιος
        ~Απρ
month-5 = ~Μαΐου
    .match =
        ~Μάιος
        ~Μαΐ
month-6 = ~Ιουνίου
    .match =
        ~Ιούνιος
        ~Ιουν
month-7 = ~Ιουλίου
    .match =
        ~Ιούλιος
        ~Ιουλ
month-8 = ~Αυγούστου
    .match =
        ~Αύγουστος
        ~Αυγ
month-9 = ~Σεπτεμβρίου
    .match =
        ~Σεπτέμβριος
        ~Σεπ
month-10 = ~Οκτωβρίου
    .match =
        ~Οκτώβριος
        ~Οκτ
month-11 = ~Νοεμβρίου
    .match =
        ~Νοέμβριος
        ~Νοε
month-12 = ~Δεκεμβρίου
    .match =
        ~Δεκέμβριος
        ~Δεκ

## Language identification: frequent Greek function words.

stopwords = και το του της να με για που στο στην από είναι τα τις των σε ένα μια αυτό θα δεν όταν οι στη αυτή μπορεί τη τον στον ότι
