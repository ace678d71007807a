### kbnorm locale data: English (en).
###
### One source for parsing and rendering. A message's value is the form kbnorm
### renders; its `.match` attribute lists further forms the parser recognizes,
### one per line. Parsing compares case-insensitively and treats any run of
### spaces as flexible whitespace. Variables are typed slots:
###   $kb (KB number), $n (small number), $date (a date in one of this locale's
###   date forms), $revision (1.0), $product (free text), and in date forms
###   $day, $month (a month name), $month_num, $year.
### Provenance: forms seen on real Microsoft pages unless marked with a leading
### "~" (unverified) in a `.match` list.

## Identity of the locale

locale-name = English
# ISO 639-3 code(s) whatlang reports for this language.
locale-whatlang = eng

# Frequent, distinctive words: tell this language from its neighbours and
# find paragraphs left in another language.
stopwords = the and of to is that for you this with are be on if an or by from it not which when

## Section headings (one message per canonical section key)

heading-summary = Summary
heading-introduction = Introduction
heading-symptoms = Symptoms
heading-cause = Cause
heading-resolution = Resolution
heading-workaround = Workaround
heading-status = Status
heading-more-information = More information
heading-issues-fixed = Issues that the update rollup fixes
    .match =
        Issues that are fixed
        Issues that this update fixes
        Issues that the hotfix fixes
        Issues that this update rollup fixes
        Issues that are fixed in this update rollup
heading-service-pack-information = Service pack information
heading-update-rollup-information = Update rollup information
heading-download-information = Download information
    .match =
        How to obtain the update rollup
        How to obtain this update
        How to obtain the update
heading-update-replacement = Update replacement information
    .match =
        Hotfix replacement information
        Replacement information
heading-prerequisites = Prerequisites
heading-restart-requirement = Restart requirement
    .match =
        Restart information
heading-removal-information = Removal information
heading-owa-customization = Important information for Outlook Web Access users about Outlook Web Access customization
    .match =
        Outlook Web Access customization
heading-known-issues = Known issues
    .match =
        Known issue
heading-file-information = File information
heading-hotfix-information = Hotfix information
heading-references = References
heading-applies-to = Applies to
heading-keywords = Keywords
heading-properties = Properties

# A numbered known issue inside "Known issues".
heading-known-issue-item = Issue { $n }

## Page chrome: removed wherever it occurs (value and .match list).

chrome = On This Page
    .match =
        Expand all | Collapse all
        Back to the top
        | Article Translations
        Article Translations
        Collapse this imageExpand this image
        Collapse this image
        Expand this image
        Related Support Centers
        powered byLive Search
        System TipThis article applies to a different operating system than the one you are using. Article content that may not be relevant to you is disabled.

# Chrome only when it is a whole line (the words also occur in prose).
chrome-line = Help and Support
    .match =
        Feedback
        Microsoft Knowledge Base Article
        From BetaArchive Wiki

## Facts stated in header, footer and body

cue-article-id = Article ID: { $kb }
cue-last-review = Last Review: { $date }
    .match =
        Article Last Modified on { $date }
cue-revision = Revision: { $revision }
# "is dated …" and "that is dated …" are read through "dated …" (the same date):
# as forms of their own, their short first word made the scan slow.
cue-release-date = Release Date: { $date }
    .match =
        dated { $date }
cue-removal = remove update { $kb }
cue-translation-of = ~This article is a translation of the following English article: { $kb }
# Put by kbnorm's renderer before text left in its original language ($language:
# that language's own name, its `locale-name`).
cue-original-text = Original text ({ $language }):
cue-machine-translated = ~This article was translated by using machine translation
    .match =
        ~machine translated

# The update rollup as a name with its number.
rollup-name = Update Rollup { $n }
    .match =
        update rollup { $n }

# Title forms.
title-rollup = Description of { rollup-name } for { $product }

# Phrases that start the text after a title when the two are glued together.
title-stop = This article
    .match =
        Microsoft has released

## Restart requirement, strongest first.

restart-reboot-required = You must restart the computer
    .match =
        you have to restart the computer
        requires a restart
restart-reboot-may-be-required = this update may require a restart
    .match =
        may require a restart
        may have to restart the computer
restart-services-restarted = The required services are automatically stopped and then restarted
    .match =
        services are automatically stopped and then restarted
restart-none = You do not have to restart the computer
    .match =
        does not require a restart

## Article kinds recognized from the title.

kind-security-update = Security update
kind-hotfix = Hotfix
kind-service-pack = Description of { $product } Service Pack { $n }
kind-howto = How to

## Dates

date = { $month } { $day }, { $year }
    .match =
        { $month_num }/{ $day }/{ $year }
        { $day } { $month } { $year }

month-1 = January
    .match = Jan.
month-2 = February
    .match = Feb.
month-3 = March
    .match = Mar.
month-4 = April
    .match = Apr.
month-5 = May
month-6 = June
    .match = Jun.
month-7 = July
    .match = Jul.
month-8 = August
    .match = Aug.
month-9 = September
    .match = Sep.
month-10 = October
    .match = Oct.
month-11 = November
    .match = Nov.
month-12 = December
    .match = Dec.
