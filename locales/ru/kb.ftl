### kbnorm locale data: Russian (ru). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the ru corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Русский
locale-whatlang = rus

## Section headings

heading-summary = Аннотация
    .match =
        ~Сводка
heading-introduction = Введение
# Russian KB pages render SYMPTOMS as "Проблема".
heading-symptoms = ~Проблема
    .match =
        ~Симптомы
heading-cause = ~Причина
heading-resolution = Решение
heading-workaround = ~Временное решение
    .match =
        ~Обходной путь
heading-status = ~Статус
heading-more-information = Дополнительная информация
    .match =
        ~Дополнительные сведения
heading-issues-fixed = ~Проблемы, устраняемые накопительным пакетом обновления
    .match =
        ~Проблемы, устраняемые этим обновлением
heading-service-pack-information = ~Сведения о пакете обновления
heading-update-rollup-information = ~Сведения о накопительном пакете обновления
heading-download-information = ~Как получить это обновление
    .match =
        ~Как получить накопительный пакет обновления
heading-update-replacement = ~Сведения о замене исправлений
    .match =
        ~Сведения о замене обновления
heading-prerequisites = ~Необходимые условия
    .match =
        ~Предварительные условия
heading-restart-requirement = ~Необходимость перезагрузки
    .match =
        ~Требование перезагрузки
heading-removal-information = ~Сведения об удалении
heading-owa-customization = ~Важные сведения для пользователей Outlook Web Access о настройке Outlook Web Access
heading-known-issues = ~Известные проблемы
heading-file-information = ~Сведения о файлах
heading-hotfix-information = Сведения об исправлении
heading-references = ~Ссылки
# New topic pages: "Применяется к" above the product; TechNet: "Применимо к: …".
heading-applies-to = Применяется к
    .match =
        Применимо к
heading-keywords = ~Ключевые слова
heading-properties = ~Свойства

heading-known-issue-item = ~Проблема { $n }

## Page chrome

chrome = Развернуть все | Свернуть все
    .match =
        Переводы статьи Переводы статьи
        Переводы статьи
        эта ссылка может указывать на содержимое полностью или частично на английском языке
        В настоящее время вы работаете в автономном режиме; ожидается повторное подключение к Интернету
        Vizualiza?i produsele pentru care se aplic? acest articol.

# "В этой статье" (On this page) starts many sentences: only as a whole line.
chrome-line = В этой статье

## Facts

cue-article-id = Код статьи: { $kb }
cue-last-review = Последнее изменение раздела: { $date }
    .match =
        ~Последний просмотр: { $date }
        ~Последнее изменение: { $date }
        ~Последний отзыв: { $date }
        ~Последнее рассмотрение: { $date }
cue-revision = Версия: { $revision }
    .match =
        ~Редакция: { $revision }
cue-release-date = Опубликовано: { $date }
    .match =
        ~Дата выпуска: { $date }
cue-removal = ~удалите обновление { $kb }
cue-translation-of = Эта статья на английском языке: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Исходный текст ({ $language }):
cue-machine-translated = Перевод данной статьи был выполнен не человеком
    .match =
        ~с помощью программы машинного перевода

# Seen inflected ("накопительного пакета обновления"); the forms with a number are not.
rollup-name = ~Накопительный пакет обновления { $n }
    .match =
        ~накопительного пакета обновления { $n }
        ~накопительном пакете обновления { $n }
        ~накопительным пакетом обновления { $n }

title-rollup = ~Описание { rollup-name } для { $product }

title-stop = ~В этой статье
    .match =
        ~Корпорация Майкрософт выпустила

## Restart requirement

restart-reboot-required = ~необходимо перезагрузить компьютер
    .match =
        ~требуется перезагрузка
restart-reboot-may-be-required = ~может потребоваться перезагрузка
    .match =
        ~может потребоваться перезагрузить компьютер
restart-services-restarted = ~Необходимые службы автоматически останавливаются и перезапускаются
restart-none = ~не требуется перезагружать компьютер
    .match =
        ~перезагрузка не требуется
        ~не нужно перезагружать компьютер

## Kinds

kind-security-update = обновление безопасности
    .match =
        ~обновления безопасности
kind-hotfix = исправление
    .match =
        ~ИСПРАВЛЕНИЕ:
kind-service-pack = ~Описание пакета обновления { $n } для { $product }
kind-howto = Как применять
    .match =
        Как создать
        ~Как настроить
        ~Как установить
        ~Как использовать
        ~Как удалить
        ~Как включить
        ~Как отключить
        ~Как изменить
        ~Как устранить
        ~Как получить

## Dates

date = { $day } { $month } { $year } г.
    .match =
        { $day } { $month } { $year }
        ~{ $day }.{ $month_num }.{ $year }

month-1 = ~января
    .match =
        ~январь
        ~янв.
month-2 = ~февраля
    .match =
        ~февраль
        ~фев.
month-3 = ~марта
    .match =
        ~март
        ~мар.
month-4 = ~апреля
    .match =
        ~апрель
        ~апр.
month-5 = мая
    .match =
        ~май
month-6 = ~июня
    .match =
        ~июнь
        ~июн.
month-7 = ~июля
    .match =
        ~июль
        ~июл.
month-8 = ~августа
    .match =
        ~август
        ~авг.
month-9 = ~сентября
    .match =
        ~сентябрь
        ~сен.
month-10 = ~октября
    .match =
        ~октябрь
        ~окт.
month-11 = ~ноября
    .match =
        ~ноябрь
        ~ноя.
month-12 = ~декабря
    .match =
        ~декабрь
        ~дек.

## Language identification: frequent, distinctly Russian function words.

stopwords = что это как или который которые также если быть только чтобы этот этой при может его был была были все для не на из от по с в и же так
