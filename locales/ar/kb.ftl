### kbnorm locale data: Arabic (ar). Format: see locales/en/kb.ftl.
### Sources: research/terms_cjk_rtl.md ("seen" strings), research/label_notes_cjk.md,
### and the ar corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page. Few Arabic KB strings
### were reachable: no date, no header or footer label, no update-rollup term on a
### Microsoft page; those forms are guesses. New topic pages keep "Applies To" in
### English (the en locale reads it).

## Identity of the locale

locale-name = العربية
locale-whatlang = ara

## Section headings

heading-summary = ~الملخص
heading-introduction = مقدمة
heading-symptoms = الأعراض
heading-cause = السبب
heading-resolution = الحل
heading-workaround = ~الحل البديل
heading-status = ~الحالة
heading-more-information = ~مزيد من المعلومات
    .match =
        ~معلومات إضافية
heading-issues-fixed = ~المشكلات التي تعمل مجموعة التحديثات على إصلاحها
    .match =
        ~المشكلات التي يتم إصلاحها
heading-service-pack-information = ~معلومات حزمة الخدمة
heading-update-rollup-information = ~معلومات مجموعة التحديثات
heading-download-information = ~كيفية الحصول على مجموعة التحديثات
    .match =
        ~كيفية الحصول على هذا التحديث
heading-update-replacement = ~معلومات الاستبدال
heading-prerequisites = ~المتطلبات الأساسية
heading-restart-requirement = ~متطلبات إعادة التشغيل
heading-removal-information = ~معلومات الإزالة
heading-owa-customization = ~تخصيص Outlook Web Access
heading-known-issues = ~المشكلات المعروفة
heading-file-information = ~معلومات الملف
heading-hotfix-information = معلومات الإصلاح العاجل
heading-references = ~المراجع
heading-applies-to = ~ينطبق على
heading-keywords = ~الكلمات الأساسية
heading-properties = ~الخصائص

heading-known-issue-item = ~المشكلة { $n }

## Page chrome

# Whole lines only. The sign-in block of support.microsoft.com topic pages.
chrome-line = تخطي إلى المحتوى الرئيسي
    .match =
        الدعم
        تسجيل الدخول باستخدام حساب Microsoft
        تسجيل الدخول أو إنشاء حساب.
        مرحباً،
        تحديد استخدام حساب مختلف!
        لديك حسابات متعددة
        اختر الحساب الذي تريد تسجيل الدخول باستخدامه.
        ~العودة إلى أعلى

## Facts

cue-article-id = ~رقم المقالة: { $kb }
    .match =
        ~معرف المقالة: { $kb }
cue-last-review = ~آخر مراجعة: { $date }
# Not مراجعة alone: it ends "آخر مراجعة:" (last review), whose date would be read as a revision.
cue-revision = ~المراجعة: { $revision }
cue-release-date = ~تاريخ الإصدار: { $date }
cue-removal = ~إزالة التحديث { $kb }
    .match =
        ~قم بإزالة التحديث { $kb }
cue-translation-of = ~النسخة الإنجليزية من هذه المقالة هي: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = النص الأصلي ({ $language }):
cue-machine-translated = ~تمت ترجمة هذه المقالة باستخدام برنامج ترجمة آلية من Microsoft
    .match =
        ~ترجمة آلية

rollup-name = ~مجموعة التحديثات { $n }

title-rollup = ~وصف { rollup-name } لـ { $product }
    .match =
        ~وصف { rollup-name } ل { $product }

title-stop = ~تصف هذه المقالة
    .match =
        تتضمن هذه المقالة
        ~أصدرت Microsoft

## Restart requirement

restart-reboot-required = ~يجب إعادة تشغيل الكمبيوتر
restart-reboot-may-be-required = ~قد يتطلب إعادة التشغيل
restart-services-restarted = ~يتم إيقاف الخدمات المطلوبة تلقائياً ثم إعادة تشغيلها
restart-none = ~لا يلزم إعادة تشغيل الكمبيوتر

## Kinds

kind-security-update = ~تحديث الأمان
kind-hotfix = الإصلاح العاجل
kind-service-pack = ~وصف { $product } Service Pack { $n }
kind-howto = ~كيفية

## Dates (not seen on an Arabic KB page: the forms and month names are guesses)

date = ~{ $day } { $month } { $year }
    .match =
        ~{ $day }/{ $month_num }/{ $year }

month-1 = ~يناير
    .match =
        ~كانون الثاني
month-2 = ~فبراير
    .match =
        ~شباط
month-3 = ~مارس
    .match =
        ~آذار
month-4 = ~أبريل
    .match =
        ~إبريل
        ~ابريل
        ~نيسان
month-5 = ~مايو
    .match =
        ~أيار
month-6 = ~يونيو
    .match =
        ~حزيران
month-7 = ~يوليو
    .match =
        ~تموز
month-8 = ~أغسطس
    .match =
        ~اغسطس
        ~آب
month-9 = ~سبتمبر
    .match =
        ~أيلول
month-10 = ~أكتوبر
    .match =
        ~تشرين الأول
month-11 = ~نوفمبر
    .match =
        ~تشرين الثاني
month-12 = ~ديسمبر
    .match =
        ~كانون الأول

## Language identification: frequent Arabic function words (not Persian or Urdu ones).

stopwords = في من على إلى عن مع هذا هذه التي الذي ذلك أو ثم لا لم قد يتم عند إذا كان كانت بعد قبل بين أن إن كل حول عندما
