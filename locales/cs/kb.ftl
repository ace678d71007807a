### kbnorm locale data: Czech (cs). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the cs corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Čeština
locale-whatlang = ces

## Section headings

# Old KB pages: "Souhrn"; help/TechNet pages: "Shrnutí".
heading-summary = Souhrn
    .match =
        Shrnutí
heading-introduction = Úvod
heading-symptoms = Příznaky
heading-cause = ~Příčina
heading-resolution = Řešení
heading-workaround = ~Náhradní řešení
heading-status = ~Stav
heading-more-information = Další informace
heading-issues-fixed = Problémy opravené v této kumulativní aktualizaci
    .match =
        ~Problémy opravené v této aktualizaci
heading-service-pack-information = ~Informace o aktualizaci Service Pack
heading-update-rollup-information = ~Informace o kumulativní aktualizaci
heading-download-information = ~Jak získat kumulativní aktualizaci
    .match =
        ~Jak získat tuto aktualizaci
heading-update-replacement = ~Informace o nahrazení opravy hotfix
    .match =
        ~Informace o nahrazení aktualizace
heading-prerequisites = ~Předpoklady
heading-restart-requirement = ~Požadavek na restartování
    .match =
        ~Nutnost restartování
heading-removal-information = ~Informace o odebrání
heading-owa-customization = ~Důležité informace pro uživatele aplikace Outlook Web Access o přizpůsobení aplikace Outlook Web Access
heading-known-issues = ~Známé problémy
heading-file-information = ~Informace o souborech
heading-hotfix-information = Informace o opravě hotfix
heading-references = ~Odkazy
heading-applies-to = ~Platí pro
heading-keywords = ~Klíčová slova
heading-properties = ~Vlastnosti

# "Problém 1" … seen in a rollup's fixed-issue list; only read inside known issues.
heading-known-issue-item = Problém { $n }

## Page chrome

# The last form is a Slovak offline banner, seen on an sk-sk page with Czech text.
chrome = Rozbalit všechny záložky | Minimalizovat všechny záložky
    .match =
        Překlady článku Překlady článku
        Překlady článku
        Produkty, které se vztahují k tomuto článku.
        (Tento článek může obsahovat odkazy na anglický obsah (dosud nepřeložený).)
        Tento článek byl archivován. Je nabízen v takovém stavu, v jakém je, a nebude již nadále aktualizován.
        Momentálne ste offline a čaká sa, kým sa znova pripojíte na internet

chrome-line = Na této stránce
    .match =
        Přihlásit se pomocí účtu Microsoft
        Přihlaste se nebo si vytvořte účet.
        Dobrý den,
        Vyberte jiný účet.
        Máte více účtů.
        Zvolte účet, pomocí kterého se chcete přihlásit.

## Facts

cue-article-id = ID článku: { $kb }
cue-last-review = ~Poslední kontrola: { $date }
    .match =
        ~Poslední aktualizace: { $date }
        ~Poslední revize: { $date }
# The header line is "ID článku: … - <last review>: … - <revision>: 3.0"; the
# leading "-" keeps "Revize: 21" from matching inside "Poslední revize: 21. října …".
cue-revision = ~- Revize: { $revision }
    .match =
        ~- Verze: { $revision }
cue-release-date = Publikováno: { $date }
    .match =
        ~Datum vydání: { $date }
cue-removal = ~odeberte aktualizaci { $kb }
cue-translation-of = Projděte si také anglickou verzi článku: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Původní text ({ $language }):
cue-machine-translated = Tento článek byl přeložen pomocí software společnosti Microsoft na strojový překlad

# "kumulativní aktualizace 2" (nominative/genitive), "v kumulativní aktualizaci 2" (locative).
rollup-name = Kumulativní aktualizace { $n }
    .match =
        kumulativní aktualizaci { $n }
        ~kumulativní aktualizací { $n }

title-rollup = Popis { rollup-name } pro { $product }

title-stop = ~Tento článek
    .match =
        ~Společnost Microsoft vydala

## Restart requirement

restart-reboot-required = ~musíte restartovat počítač
    .match =
        ~je nutné restartovat počítač
restart-reboot-may-be-required = ~může být nutné restartovat počítač
    .match =
        ~může vyžadovat restartování
restart-services-restarted = ~Požadované služby jsou automaticky zastaveny a poté restartovány
restart-none = ~není nutné restartovat počítač
    .match =
        ~nevyžaduje restartování

## Kinds

kind-security-update = Aktualizace zabezpečení
kind-hotfix = oprava hotfix
    .match =
        ~OPRAVA:
kind-service-pack = ~Popis aktualizace { $product } Service Pack { $n }
kind-howto = Jak použít
    .match =
        ~Jak nakonfigurovat
        ~Jak nainstalovat
        ~Jak povolit
        ~Jak zakázat
        ~Jak odebrat
        ~Jak vytvořit
        ~Jak změnit
        ~Jak získat
        ~Jak řešit
        ~Jak vyřešit
        ~Jak používat

## Dates

date = { $day }. { $month } { $year }
    .match =
        ~{ $day }.{ $month_num }.{ $year }

month-1 = ~ledna
    .match =
        ~leden
month-2 = ~února
    .match =
        ~únor
month-3 = března
    .match =
        ~březen
month-4 = ~dubna
    .match =
        ~duben
month-5 = května
    .match =
        ~květen
month-6 = ~června
    .match =
        ~červen
month-7 = července
    .match =
        ~červenec
month-8 = ~srpna
    .match =
        ~srpen
month-9 = ~září
month-10 = ~října
    .match =
        ~říjen
month-11 = ~listopadu
    .match =
        ~listopad
month-12 = ~prosince
    .match =
        ~prosinec

## Language identification: frequent, distinctly Czech function words.

stopwords = je v s ze k že pro verze verzi jako nebo který která které kterou pokud jsou být tento tato této může při také byl bude když však lze podle není již jejich pouze vám vaše protože včetně pomocí jste byste
