### kbnorm rendering messages: Polish (pl). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: aktualizacja
### zabezpieczeń, poprawka, biuletyn zabezpieczeń, dodatek Service Pack, luka w
### zabezpieczeniach, Opublikowano) and this locale's kb.ftl.
### Plurals (CLDR): one = 1, few = 2–4, 22–24… (problemy), many = 0, 5–21, 25…
### (problemów), other = fractions (problemu). Past-tense verbs agree in gender,
### so summary sentences avoid them ("Data wydania: …").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Jak rozwiązywać") leads it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Ta aktualizacja usuwa luki w zabezpieczeniach opisane w { $count ->
        [one] biuletynie zabezpieczeń
        [few] biuletynach zabezpieczeń
        [many] biuletynach zabezpieczeń
       *[other] biuletynach zabezpieczeń
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Ta aktualizacja rozwiązuje następujący problem:
        [few] Ta aktualizacja rozwiązuje { $count } następujące problemy:
        [many] Ta aktualizacja rozwiązuje { $count } następujących problemów:
       *[other] Ta aktualizacja rozwiązuje { $count } następującego problemu:
    }
render-replaces = { $count ->
        [one] Ta aktualizacja zastępuje następującą aktualizację:
        [few] Ta aktualizacja zastępuje { $count } następujące aktualizacje:
        [many] Ta aktualizacja zastępuje { $count } następujących aktualizacji:
       *[other] Ta aktualizacja zastępuje { $count } następującej aktualizacji:
    }
render-prerequisites = Aby zastosować tę aktualizację, musisz spełnić następujące wymagania:
# cue-removal is an imperative ("usuń aktualizację 123456").
render-removal = Aby usunąć tę aktualizację, użyj elementu Dodaj lub usuń programy w Panelu sterowania. Następnie { cue-removal }.
render-known-issues = { $count ->
        [one] W tej aktualizacji występuje jeden znany problem.
        [few] W tej aktualizacji występują { $count } znane problemy.
        [many] W tej aktualizacji występuje { $count } znanych problemów.
       *[other] W tej aktualizacji występuje { $count } znanego problemu.
    }
render-download = Tę aktualizację można pobrać z następującej lokalizacji:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Ten artykuł

# "X to …" (X is …) needs no agreement with the subject's gender.
summary-kind = { $subject } to { $kind ->
        [update_rollup] { rollup-name }
        [update_rollup_unnumbered] pakiet zbiorczy aktualizacji
        [hotfix] poprawka
        [security_update] aktualizacja zabezpieczeń
        [security_bulletin] biuletyn zabezpieczeń
        [service_pack] dodatek Service Pack { $n }
        [howto] artykuł instruktażowy
       *[other] artykuł z bazy wiedzy
    }.
summary-kind-product = { $subject } to { $kind ->
        [update_rollup] { rollup-name } dla produktu { $product }
        [update_rollup_unnumbered] pakiet zbiorczy aktualizacji dla produktu { $product }
        [hotfix] poprawka dla produktu { $product }
        [security_update] aktualizacja zabezpieczeń dla produktu { $product }
        [security_bulletin] biuletyn zabezpieczeń dotyczący produktu { $product }
        [service_pack] { $product }
        [howto] artykuł instruktażowy dotyczący produktu { $product }
       *[other] artykuł dotyczący produktu { $product }
    }.
summary-released = Data wydania: { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Rozwiązuje jeden problem.
        [few] Rozwiązuje { $count } problemy.
        [many] Rozwiązuje { $count } problemów.
       *[other] Rozwiązuje { $count } problemu.
    }
summary-bulletins = { $count ->
        [one] Usuwa luki w zabezpieczeniach opisane w biuletynie zabezpieczeń { $bulletins }.
        [few] Usuwa luki w zabezpieczeniach opisane w biuletynach zabezpieczeń { $bulletins }.
        [many] Usuwa luki w zabezpieczeniach opisane w biuletynach zabezpieczeń { $bulletins }.
       *[other] Usuwa luki w zabezpieczeniach opisane w biuletynach zabezpieczeń { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Zastępuje aktualizację { $list }.
        [few] Zastępuje { $count } wcześniejsze aktualizacje: { $list }.
        [many] Zastępuje { $count } wcześniejszych aktualizacji: { $list }.
       *[other] Zastępuje { $count } wcześniejszej aktualizacji: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] Po zastosowaniu tej aktualizacji należy ponownie uruchomić komputer.
        [reboot_may_be_required] Może być konieczne ponowne uruchomienie komputera.
        [services_restarted] Wymagane usługi są automatycznie zatrzymywane, a następnie ponownie uruchamiane; ponowne uruchomienie komputera nie jest konieczne.
       *[none] Po zastosowaniu tej aktualizacji nie trzeba ponownie uruchamiać komputera.
    }
summary-known-issues = { $count ->
        [one] Ma jeden znany problem.
        [few] Ma { $count } znane problemy.
        [many] Ma { $count } znanych problemów.
       *[other] Ma { $count } znanego problemu.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Porównanie KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Nie znaleziono różnic.
# A finding is an "uwaga" (one: uwaga, few: uwagi, many: uwag, other: uwagi).
render-reconcile-count = { $count ->
        [one] Jedna uwaga.
        [few] { $count } uwagi.
        [many] { $count } uwag.
       *[other] { $count } uwagi.
    }
render-reconcile-severity-critical = Krytyczny
render-reconcile-severity-major = Poważny
render-reconcile-severity-minor = Drobny
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = oryginał: { $original }; tłumaczenie: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = Tłumaczenie dotyczy innego artykułu
render-reconcile-identity-rollup = Numer pakietu zbiorczego aktualizacji jest inny
render-reconcile-identity-product = Produkt jest inny
render-reconcile-identity-service-pack = Dodatek Service Pack jest inny
render-reconcile-identity-kind = Rodzaj artykułu jest inny
render-reconcile-title-mismatch = Tytuł podaje inne numery niż tytuł oryginału
render-reconcile-security-bulletins-missing = Brakuje biuletynu zabezpieczeń
render-reconcile-security-bulletins-extra = Dodano biuletyn zabezpieczeń
render-reconcile-fixed-issues-missing = Brakuje rozwiązanego problemu
render-reconcile-fixed-issues-extra = Dodano rozwiązany problem
render-reconcile-fixed-issues-changed = Rozwiązany problem ma inny numer KB
render-reconcile-replaces-missing = Brakuje zastępowanej aktualizacji
render-reconcile-replaces-extra = Dodano zastępowaną aktualizację
render-reconcile-replaces-changed = Zastępowana aktualizacja ma inny numer KB
render-reconcile-removal-update-id = Aktualizacja do usunięcia jest inna
render-reconcile-dates-release-date = Data wydania jest inna
render-reconcile-sections-missing = Brakuje sekcji
render-reconcile-sections-extra = Dodano sekcję
render-reconcile-known-issues-count = Liczba znanych problemów jest inna
render-reconcile-numbers-changed = Zmieniono liczbę, kod lub adres
render-reconcile-numbers-missing = Brakuje liczby, kodu lub adresu
render-reconcile-numbers-extra = Dodano liczbę, kod lub adres
render-reconcile-untranslated-block = Akapit pozostał w języku oryginału
render-reconcile-untranslated-declared = Akapity oznaczono jako pozostawione w języku oryginału
render-reconcile-staleness-last-review = Ostatni przegląd tłumaczenia odbył się przed przeglądem oryginału
render-reconcile-staleness-revision = Tłumaczenie ma starszą wersję
render-reconcile-staleness-machine-translated = Tłumaczenie wykonano maszynowo
render-reconcile-kb-mentions-missing = Brakuje odwołania do artykułu KB
render-reconcile-kb-mentions-extra = Dodano odwołanie do artykułu KB
render-reconcile-kb-mentions-changed = Odwołanie do artykułu KB ma inny numer

# Between the sentences of a summary.
summary-separator = {" "}
