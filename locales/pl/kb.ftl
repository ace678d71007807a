### kbnorm locale data: Polish (pl). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the pl corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Polski
locale-whatlang = pol

## Section headings

heading-summary = Streszczenie
heading-introduction = Wprowadzenie
heading-symptoms = Objawy
    .match =
        Symptomy
heading-cause = Przyczyna
heading-resolution = Rozwiązanie
heading-workaround = Obejście problemu
heading-status = ~Stan
heading-more-information = Więcej informacji
heading-issues-fixed = ~Problemy rozwiązane przez pakiet zbiorczy aktualizacji
    .match =
        ~Problemy rozwiązane przez tę aktualizację
heading-service-pack-information = ~Informacje o dodatku Service Pack
heading-update-rollup-information = ~Informacje o pakiecie zbiorczym aktualizacji
heading-download-information = ~Jak uzyskać pakiet zbiorczy aktualizacji
    .match =
        ~Jak uzyskać tę aktualizację
heading-update-replacement = ~Informacje o zastępowaniu poprawek
    .match =
        ~Informacje o zastępowaniu aktualizacji
heading-prerequisites = ~Wymagania wstępne
heading-restart-requirement = ~Wymagane ponowne uruchomienie
    .match =
        ~Wymagania dotyczące ponownego uruchomienia
heading-removal-information = ~Informacje o usuwaniu
heading-owa-customization = ~Ważne informacje dla użytkowników programu Outlook Web Access dotyczące dostosowywania programu Outlook Web Access
heading-known-issues = ~Znane problemy
    .match =
        Znane problemy dotyczące tej aktualizacji zabezpieczeń
heading-file-information = ~Informacje o plikach
heading-hotfix-information = Informacje o poprawce
heading-references = ~Materiały referencyjne
heading-applies-to = Dotyczy
    .match =
        Dotyczy systemu
heading-keywords = ~Słowa kluczowe
heading-properties = ~Właściwości

heading-known-issue-item = ~Problem { $n }

## Page chrome

chrome = Rozwiń wszystko | Zwiń wszystko
    .match =
        Tłumaczenia artykułów Tłumaczenia artykułów
        Tłumaczenia artykułów
        Zobacz jakich produktów dotyczą zawarte w tym artykule porady.
        Jesteś obecnie w trybie offline. Czekamy na ponowne połączenie z Internetem.
        Ten artykuł został zarchiwizowany. Jest oferowany „taki, jaki jest” i nie będzie już aktualizowany.

chrome-line = Na tej stronie
    .match =
        Przejdź do głównej zawartości
        Pomoc techniczna
        Udostępnij za pośrednictwem
        Zaloguj się przy użyciu konta Microsoft
        Zaloguj się lub utwórz konto.
        Witaj,
        Wybierz inne konto.
        Masz wiele kont
        Wybierz konto, za pomocą którego chcesz się zalogować.

## Facts

cue-article-id = Numer ID artykułu: { $kb }
    .match =
        Oryginalny numer KB: { $kb }
cue-last-review = ~Ostatni przegląd: { $date }
    .match =
        ~Ostatnia weryfikacja: { $date }
        ~Ostatnia aktualizacja: { $date }
        ~Ostatnia modyfikacja: { $date }
# The header line is "Numer ID artykułu: … - <last review>: … - <revision>: 3.0";
# the leading "-" keeps "Weryfikacja: N" from matching inside "Ostatnia weryfikacja: 12 …".
cue-revision = ~Wersja: { $revision }
    .match =
        ~- Weryfikacja: { $revision }
cue-release-date = Opublikowano: { $date }
    .match =
        ~Data wydania: { $date }
cue-removal = ~usuń aktualizację { $kb }
cue-translation-of = Anglojęzyczna wersja tego artykułu to: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Tekst oryginalny ({ $language }):
cue-machine-translated = Ten artykuł nie został przetłumaczony przez człowieka
    .match =
        Ten artykuł został przetłumaczony przy użyciu oprogramowania firmy Microsoft do tłumaczenia maszynowego

rollup-name = ~Pakiet zbiorczy aktualizacji { $n }
    .match =
        ~pakietu zbiorczego aktualizacji { $n }
        ~pakiecie zbiorczym aktualizacji { $n }
        ~pakietem zbiorczym aktualizacji { $n }

title-rollup = ~Opis { rollup-name } dla programu { $product }
    .match =
        ~Opis { rollup-name } dla { $product }

title-stop = Firma Microsoft wydała
    .match =
        ~Ten artykuł

## Restart requirement

restart-reboot-required = ~należy ponownie uruchomić komputer
restart-reboot-may-be-required = ~może być konieczne ponowne uruchomienie komputera
    .match =
        ~może wymagać ponownego uruchomienia
restart-services-restarted = ~Wymagane usługi są automatycznie zatrzymywane, a następnie ponownie uruchamiane
restart-none = ~nie trzeba ponownie uruchamiać komputera
    .match =
        ~nie jest wymagane ponowne uruchomienie

## Kinds

kind-security-update = aktualizacja zabezpieczeń
    .match =
        Opis aktualizacji zabezpieczeń
kind-hotfix = poprawka
# One form only: forms with slots in kind-* share one regex and cannot repeat a slot name.
kind-service-pack = ~Opis dodatku Service Pack { $n } dla { $product }
kind-howto = Jak rozwiązywać
    .match =
        Jak otworzyć
        ~Jak rozwiązać
        ~Jak skonfigurować
        ~Jak zainstalować
        ~Jak uzyskać
        ~Jak używać
        ~Jak włączyć
        ~Jak wyłączyć
        ~Jak usunąć
        ~Jak utworzyć
        ~Jak zmienić

## Dates

date = { $day } { $month } { $year }
    .match =
        { $day } { $month } { $year } r.
        ~{ $day }.{ $month_num }.{ $year }

month-1 = ~stycznia
    .match =
        ~styczeń
        ~sty.
month-2 = ~lutego
    .match =
        ~luty
        ~lut.
month-3 = ~marca
    .match =
        ~marzec
        ~mar.
month-4 = kwietnia
    .match =
        ~kwiecień
        ~kwi.
month-5 = ~maja
    .match =
        ~maj
month-6 = ~czerwca
    .match =
        ~czerwiec
        ~cze.
month-7 = lipca
    .match =
        ~lipiec
        ~lip.
month-8 = ~sierpnia
    .match =
        ~sierpień
        ~sie.
month-9 = ~września
    .match =
        ~wrzesień
        ~wrz.
month-10 = ~października
    .match =
        ~październik
        ~paź.
month-11 = ~listopada
    .match =
        ~listopad
        ~lis.
month-12 = ~grudnia
    .match =
        ~grudzień
        ~gru.

## Language identification: frequent, distinctly Polish function words.

stopwords = się jest że dla przez może są oraz który która które jeśli tego tym być czy lub jak też przy będzie został gdy można jednak tylko wszystkie należy jeżeli nie
