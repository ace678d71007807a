### kbnorm locale data: Hungarian (hu). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the hu corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Note: the Cause heading is said to be "Ok" on Hungarian pages, but that word is
### "OK" in every dialog instruction (and in capitals it has a heading's shape), so it
### is left out; an unverified longer form stands in.

## Identity of the locale

locale-name = Magyar
locale-whatlang = hun

## Section headings

heading-summary = Összefoglaló
# Old pages "BEVEZETÉS"; new topic pages "Ismertető" where others have Introduction.
heading-introduction = Bevezetés
    .match =
        Ismertető
heading-symptoms = ~Jelenségek
    .match =
        ~Jelenség
        ~Tünetek
heading-cause = ~A probléma oka
heading-resolution = ~Megoldás
heading-workaround = ~Kerülő megoldás
heading-status = ~Állapot
heading-more-information = További információ
heading-issues-fixed = ~Az összegző frissítés által megoldott problémák
    .match =
        ~A frissítés által megoldott problémák
heading-service-pack-information = ~A szervizcsomaggal kapcsolatos információk
heading-update-rollup-information = ~Az összegző frissítéssel kapcsolatos információk
heading-download-information = ~A frissítés beszerzése
    .match =
        ~Az összegző frissítés beszerzése
heading-update-replacement = ~A frissítés cseréjével kapcsolatos információk
    .match =
        ~A gyorsjavítás cseréjével kapcsolatos információk
heading-prerequisites = ~Előfeltételek
heading-restart-requirement = ~Újraindítási követelmény
    .match =
        ~Újraindításra vonatkozó követelmények
heading-removal-information = ~Eltávolítással kapcsolatos információk
heading-owa-customization = ~Fontos tudnivalók az Outlook Web Access felhasználói számára az Outlook Web Access testreszabásáról
heading-known-issues = ~Ismert problémák
heading-file-information = ~Fájlinformációk
heading-hotfix-information = ~A gyorsjavítással kapcsolatos információk
    .match =
        ~Gyorsjavítással kapcsolatos információk
heading-references = ~Hivatkozások
heading-applies-to = ~A cikkben található információk a következő termékekre vonatkoznak
    .match =
        ~Vonatkozik
heading-keywords = ~Kulcsszavak
heading-properties = ~Tulajdonságok

heading-known-issue-item = ~{ $n }. probléma

## Page chrome

chrome = Az összes kibontása | Az összes összecsukása
    .match =
        A cikk fordítása A cikk fordítása
        A cikk fordítása
        A cikkben érintett termékek listájának megtekintése.

chrome-line = A lap tartalma
    .match =
        Bejelentkezés Microsoft-fiókkal
        Jelentkezzen be, vagy hozzon létre egy fiókot.
        Üdvözöljük!
        Válasszon másik fiókot.
        Több fiókja van
        Válassza ki a bejelentkezéshez használni kívánt fiókot.

## Facts

cue-article-id = Cikk azonosítója: { $kb }
cue-last-review = ~Utolsó ellenőrzés: { $date }
    .match =
        ~Utolsó módosítás: { $date }
cue-revision = ~Verzió: { $revision }
    .match =
        ~Változat: { $revision }
cue-release-date = ~Kiadás dátuma: { $date }
    .match =
        ~Közzétéve: { $date }
cue-removal = ~távolítsa el a(z) { $kb } frissítést
cue-translation-of = ~A cikk angol változata: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Eredeti szöveg ({ $language }):
cue-machine-translated = Ez a cikk gépi fordítással lett lefordítva
    .match =
        ~A cikket gépi fordítással fordították le

# The term list "az összegző frissítések" is seen; the form with a number is not.
rollup-name = ~Összegző frissítés { $n }
    .match =
        ~{ $n }. összegző frissítés

title-rollup = ~{ $product } { rollup-name } leírása

title-stop = ~Ez a cikk
    .match =
        ~A Microsoft kiadta

## Restart requirement

restart-reboot-required = ~újra kell indítani a számítógépet
restart-reboot-may-be-required = ~szükség lehet a számítógép újraindítására
restart-services-restarted = ~A szükséges szolgáltatások automatikusan leállnak, majd újraindulnak
restart-none = ~nem kell újraindítani a számítógépet

## Kinds

kind-security-update = biztonsági frissítés
kind-hotfix = gyorsjavítás
# "A Forefront Security for Exchange Server eszköz Service Pack 1 szervizcsomagja".
kind-service-pack = { $product } Service Pack { $n } szervizcsomagja
kind-howto = Útmutató:
    .match =
        ~Hogyan

## Dates

date = ~{ $year }. { $month } { $day }.
    .match =
        ~{ $year }. { $month_num }. { $day }.
        ~{ $year }.{ $month_num }.{ $day }.

month-1 = ~január
    .match =
        ~jan.
month-2 = ~február
    .match =
        ~febr.
month-3 = ~március
    .match =
        ~márc.
month-4 = ~április
    .match =
        ~ápr.
month-5 = ~május
    .match =
        ~máj.
month-6 = ~június
    .match =
        ~jún.
month-7 = ~július
    .match =
        ~júl.
month-8 = ~augusztus
    .match =
        ~aug.
month-9 = ~szeptember
    .match =
        ~szept.
month-10 = ~október
    .match =
        ~okt.
month-11 = ~november
    .match =
        ~nov.
month-12 = ~december
    .match =
        ~dec.

## Language identification: frequent, distinctly Hungarian function words.

stopwords = az és hogy nem egy ez meg csak vagy mint már kell ha azt ezt amely amelyek után között szerint pedig lesz lehet volt minden vagyis illetve esetén számára alábbi következő
