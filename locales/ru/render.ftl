### kbnorm rendering messages: Russian (ru). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: накопительный
### пакет обновления, пакет обновления, исправление, обновление безопасности,
### бюллетень по безопасности, Опубликовано) and this locale's kb.ftl.
### Plurals (CLDR): one = 1, 21, 31… (проблему), few = 2–4, 22–24… (проблемы),
### many = 0, 5–20, 25… (проблем), other = fractions (проблемы). Since [one] also
### covers 21, 31…, its sentences show the number ("устраняет 21 проблему").
### Past-tense verbs agree in gender, so summary sentences avoid them.

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Как применять") leads it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

# The number is not shown here: [one] is meant for a single bulletin.
render-security-bulletins = Это обновление устраняет уязвимости, описанные в { $count ->
        [one] бюллетене по безопасности
        [few] бюллетенях по безопасности
        [many] бюллетенях по безопасности
       *[other] бюллетенях по безопасности
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Это обновление устраняет { $count } проблему, описанную ниже:
        [few] Это обновление устраняет { $count } проблемы, описанные ниже:
        [many] Это обновление устраняет { $count } проблем, описанных ниже:
       *[other] Это обновление устраняет { $count } проблемы, описанной ниже:
    }
render-replaces = { $count ->
        [one] Это обновление заменяет { $count } ранее выпущенное обновление:
        [few] Это обновление заменяет { $count } ранее выпущенных обновления:
        [many] Это обновление заменяет { $count } ранее выпущенных обновлений:
       *[other] Это обновление заменяет { $count } ранее выпущенного обновления:
    }
render-prerequisites = Для установки этого обновления необходимо следующее:
# cue-removal is an imperative ("удалите обновление 123456").
render-removal = Чтобы удалить это обновление, воспользуйтесь компонентом «Установка и удаление программ» панели управления. Затем { cue-removal }.
render-known-issues = { $count ->
        [one] В этом обновлении есть { $count } известная проблема.
        [few] В этом обновлении есть { $count } известные проблемы.
        [many] В этом обновлении есть { $count } известных проблем.
       *[other] В этом обновлении есть { $count } известной проблемы.
    }
render-download = Это обновление можно загрузить из следующего расположения:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Эта статья

# "X — …" (X is …) needs no agreement with the subject's gender.
summary-kind = { $subject } — { $kind ->
        [update_rollup] { rollup-name }
        [update_rollup_unnumbered] накопительный пакет обновления
        [hotfix] исправление
        [security_update] обновление безопасности
        [security_bulletin] бюллетень по безопасности
        [service_pack] пакет обновления { $n }
        [howto] практическое руководство
       *[other] статья базы знаний
    }.
summary-kind-product = { $subject } — { $kind ->
        [update_rollup] { rollup-name } для { $product }
        [update_rollup_unnumbered] накопительный пакет обновления для { $product }
        [hotfix] исправление для { $product }
        [security_update] обновление безопасности для { $product }
        [security_bulletin] бюллетень по безопасности для { $product }
        [service_pack] { $product }
        [howto] практическое руководство по продукту { $product }
       *[other] статья о продукте { $product }
    }.
# The date form ("14 мая 2013 г.") ends with its own full stop.
summary-released = Дата выпуска: { DATETIME($date) }
summary-fixes = { $count ->
        [one] Устраняет { $count } проблему.
        [few] Устраняет { $count } проблемы.
        [many] Устраняет { $count } проблем.
       *[other] Устраняет { $count } проблемы.
    }
summary-bulletins = { $count ->
        [one] Устраняет уязвимости, описанные в бюллетене по безопасности { $bulletins }.
        [few] Устраняет уязвимости, описанные в бюллетенях по безопасности { $bulletins }.
        [many] Устраняет уязвимости, описанные в бюллетенях по безопасности { $bulletins }.
       *[other] Устраняет уязвимости, описанные в бюллетенях по безопасности { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Заменяет { $count } предыдущее обновление: { $list }.
        [few] Заменяет { $count } предыдущих обновления: { $list }.
        [many] Заменяет { $count } предыдущих обновлений: { $list }.
       *[other] Заменяет { $count } предыдущего обновления: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases.
summary-restart = { $restart ->
        [reboot_required] После установки этого обновления необходимо перезагрузить компьютер.
        [reboot_may_be_required] Может потребоваться перезагрузка.
        [services_restarted] Необходимые службы автоматически останавливаются и перезапускаются; компьютер перезагружать не нужно.
       *[none] После установки этого обновления не требуется перезагружать компьютер.
    }
summary-known-issues = { $count ->
        [one] Есть { $count } известная проблема.
        [few] Есть { $count } известные проблемы.
        [many] Есть { $count } известных проблем.
       *[other] Есть { $count } известной проблемы.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Сверка KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Различий не найдено.
# A finding is a "замечание"; [one] also covers 21, 31…, so it shows the number.
render-reconcile-count = { $count ->
        [one] { $count } замечание.
        [few] { $count } замечания.
        [many] { $count } замечаний.
       *[other] { $count } замечания.
    }
# Neuter, agreeing with "замечание".
render-reconcile-severity-critical = Критическое
render-reconcile-severity-major = Серьезное
render-reconcile-severity-minor = Незначительное
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = оригинал: { $original }; перевод: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = Перевод относится к другой статье
render-reconcile-identity-rollup = Номер накопительного пакета обновления отличается
render-reconcile-identity-product = Продукт отличается
render-reconcile-identity-service-pack = Пакет обновления отличается
render-reconcile-identity-kind = Тип статьи отличается
render-reconcile-title-mismatch = В заголовке указаны другие номера, чем в заголовке оригинала
render-reconcile-security-bulletins-missing = Отсутствует бюллетень по безопасности
render-reconcile-security-bulletins-extra = Добавлен бюллетень по безопасности
render-reconcile-fixed-issues-missing = Отсутствует устраненная проблема
render-reconcile-fixed-issues-extra = Добавлена устраненная проблема
render-reconcile-fixed-issues-changed = У устраненной проблемы другой номер KB
render-reconcile-replaces-missing = Отсутствует заменяемое обновление
render-reconcile-replaces-extra = Добавлено заменяемое обновление
render-reconcile-replaces-changed = У заменяемого обновления другой номер KB
render-reconcile-removal-update-id = Удаляемое обновление отличается
render-reconcile-dates-release-date = Дата выпуска отличается
render-reconcile-sections-missing = Отсутствует раздел
render-reconcile-sections-extra = Добавлен раздел
render-reconcile-known-issues-count = Число известных проблем отличается
render-reconcile-numbers-changed = Изменено число, код или адрес
render-reconcile-numbers-missing = Отсутствует число, код или адрес
render-reconcile-numbers-extra = Добавлено число, код или адрес
render-reconcile-untranslated-block = Абзац остался на исходном языке
render-reconcile-untranslated-declared = Указано, что абзацы оставлены на исходном языке
render-reconcile-staleness-last-review = Перевод в последний раз проверялся раньше оригинала
render-reconcile-staleness-revision = У перевода более старая версия
render-reconcile-staleness-machine-translated = Использован машинный перевод
render-reconcile-kb-mentions-missing = Отсутствует ссылка на статью KB
render-reconcile-kb-mentions-extra = Добавлена ссылка на статью KB
render-reconcile-kb-mentions-changed = У ссылки на статью KB другой номер

# Between the sentences of a summary.
summary-separator = {" "}
