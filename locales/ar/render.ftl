### kbnorm rendering messages: Arabic (ar). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_cjk_rtl.md ("seen" strings: الإصلاح العاجل,
### الحل البديل; most update terms were not seen on an Arabic Microsoft page:
### مجموعة التحديثات, نشرة الأمان, حزمة الخدمة are its "likely" forms) and this
### locale's kb.ftl.
### Right-to-left: the text is in logical order with no bidi control characters;
### kbnorm isolates the Latin values (products, KB numbers) itself when asked.
### Plurals (CLDR): zero, one, two (dual), few = 3–10 (مشكلات), many = 11–99
### (مشكلة, singular), other = 100–102… (مشكلة). Verbs agree in gender, so summary
### sentences prefer impersonal forms (يتم …) or "عبارة عن".

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

render-title-security-update = { kind-security-update }: { $title }
render-title-hotfix = { kind-hotfix }: { $title }
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = يعمل هذا التحديث على حل الثغرات الأمنية الموضحة في { $count ->
        [zero] نشرات الأمان
        [one] نشرة الأمان
        [two] نشرتي الأمان
        [few] نشرات الأمان
        [many] نشرات الأمان
       *[other] نشرات الأمان
    } { $bulletins }.
render-issues-fixed = { $count ->
        [zero] يعمل هذا التحديث على إصلاح المشكلات التالية:
        [one] يعمل هذا التحديث على إصلاح المشكلة التالية:
        [two] يعمل هذا التحديث على إصلاح المشكلتين التاليتين:
        [few] يعمل هذا التحديث على إصلاح { $count } مشكلات، وهي كالتالي:
        [many] يعمل هذا التحديث على إصلاح { $count } مشكلة، وهي كالتالي:
       *[other] يعمل هذا التحديث على إصلاح { $count } مشكلة، وهي كالتالي:
    }
render-replaces = { $count ->
        [zero] يحل هذا التحديث محل التحديثات التالية:
        [one] يحل هذا التحديث محل التحديث التالي:
        [two] يحل هذا التحديث محل التحديثين التاليين:
        [few] يحل هذا التحديث محل { $count } تحديثات، وهي كالتالي:
        [many] يحل هذا التحديث محل { $count } تحديثًا، وهي كالتالي:
       *[other] يحل هذا التحديث محل { $count } تحديث، وهي كالتالي:
    }
render-prerequisites = لتطبيق هذا التحديث، يجب أن يتوفر لديك ما يلي:
# cue-removal is a verbal noun ("إزالة التحديث 123456"): "قم بـ" + it reads
# "قم بإزالة التحديث 123456", a form kb.ftl also lists.
render-removal = لإزالة هذا التحديث، استخدم "إضافة أو إزالة البرامج" في "لوحة التحكم". ثم قم ب{ cue-removal }.
render-known-issues = { $count ->
        [zero] لا توجد مشكلات معروفة في هذا التحديث.
        [one] توجد مشكلة معروفة واحدة في هذا التحديث.
        [two] توجد مشكلتان معروفتان في هذا التحديث.
        [few] توجد { $count } مشكلات معروفة في هذا التحديث.
        [many] توجد { $count } مشكلة معروفة في هذا التحديث.
       *[other] توجد { $count } مشكلة معروفة في هذا التحديث.
    }
render-download = يمكنك تنزيل هذا التحديث من الموقع التالي:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = هذه المقالة

# "X عبارة عن …" (X is …) needs no agreement with the subject's gender.
summary-kind = { $subject } عبارة عن { $kind ->
        [update_rollup] { rollup-name }
        [update_rollup_unnumbered] مجموعة تحديثات
        [hotfix] إصلاح عاجل
        [security_update] تحديث أمان
        [security_bulletin] نشرة أمان
        [service_pack] حزمة الخدمة { $n }
        [howto] مقالة إرشادية
       *[other] مقالة من قاعدة المعارف
    }.
summary-kind-product = { $subject } عبارة عن { $kind ->
        [update_rollup] { rollup-name } لـ { $product }
        [update_rollup_unnumbered] مجموعة تحديثات لـ { $product }
        [hotfix] إصلاح عاجل لـ { $product }
        [security_update] تحديث أمان لـ { $product }
        [security_bulletin] نشرة أمان خاصة بـ { $product }
        [service_pack] { $product }
        [howto] مقالة إرشادية حول { $product }
       *[other] مقالة حول { $product }
    }.
summary-released = تاريخ الإصدار: { DATETIME($date) }.
summary-fixes = { $count ->
        [zero] لا يتم إصلاح أي مشكلة.
        [one] يتم إصلاح مشكلة واحدة.
        [two] يتم إصلاح مشكلتين.
        [few] يتم إصلاح { $count } مشكلات.
        [many] يتم إصلاح { $count } مشكلة.
       *[other] يتم إصلاح { $count } مشكلة.
    }
summary-bulletins = { $count ->
        [zero] تتم معالجة الثغرات الأمنية الموضحة في نشرات الأمان { $bulletins }.
        [one] تتم معالجة الثغرات الأمنية الموضحة في نشرة الأمان { $bulletins }.
        [two] تتم معالجة الثغرات الأمنية الموضحة في نشرتي الأمان { $bulletins }.
        [few] تتم معالجة الثغرات الأمنية الموضحة في نشرات الأمان { $bulletins }.
        [many] تتم معالجة الثغرات الأمنية الموضحة في نشرات الأمان { $bulletins }.
       *[other] تتم معالجة الثغرات الأمنية الموضحة في نشرات الأمان { $bulletins }.
    }
summary-replaces = { $count ->
        [zero] يحل محل التحديثات { $list }.
        [one] يحل محل التحديث { $list }.
        [two] يحل محل تحديثين سابقين: { $list }.
        [few] يحل محل { $count } تحديثات سابقة: { $list }.
        [many] يحل محل { $count } تحديثًا سابقًا: { $list }.
       *[other] يحل محل { $count } تحديث سابق: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] يجب إعادة تشغيل الكمبيوتر بعد تطبيق التحديث.
        [reboot_may_be_required] قد يتطلب إعادة التشغيل.
        [services_restarted] يتم إيقاف الخدمات المطلوبة تلقائياً ثم إعادة تشغيلها، وليست هناك حاجة إلى إعادة تشغيل الكمبيوتر.
       *[none] لا يلزم إعادة تشغيل الكمبيوتر بعد تطبيق التحديث.
    }
summary-known-issues = { $count ->
        [zero] لا توجد مشكلات معروفة.
        [one] توجد مشكلة معروفة واحدة.
        [two] توجد مشكلتان معروفتان.
        [few] توجد { $count } مشكلات معروفة.
        [many] توجد { $count } مشكلة معروفة.
       *[other] توجد { $count } مشكلة معروفة.
    }

# The Arabic comma.
render-list-separator = {"، "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = مطابقة KB{ $kb }: { $original } → { $translation }
render-reconcile-none = لم يتم العثور على أي اختلافات.
# A finding is a "ملاحظة": few = 3–10 (ملاحظات), many and other take the singular.
render-reconcile-count = { $count ->
        [zero] لا توجد ملاحظات.
        [one] ملاحظة واحدة.
        [two] ملاحظتان.
        [few] { $count } ملاحظات.
        [many] { $count } ملاحظة.
       *[other] { $count } ملاحظة.
    }
# Feminine, agreeing with "ملاحظة".
render-reconcile-severity-critical = حرجة
render-reconcile-severity-major = رئيسية
render-reconcile-severity-minor = ثانوية
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none. The Arabic semicolon.
render-reconcile-values = الأصل: { $original }؛ الترجمة: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = الترجمة خاصة بمقالة أخرى
render-reconcile-identity-rollup = رقم مجموعة التحديثات مختلف
render-reconcile-identity-product = المنتج مختلف
render-reconcile-identity-service-pack = حزمة الخدمة مختلفة
render-reconcile-identity-kind = نوع المقالة مختلف
render-reconcile-title-mismatch = يتضمن العنوان أرقامًا مختلفة عن أرقام عنوان المقالة الأصلية
render-reconcile-security-bulletins-missing = إحدى نشرات الأمان مفقودة
render-reconcile-security-bulletins-extra = تمت إضافة نشرة أمان
render-reconcile-fixed-issues-missing = إحدى المشكلات التي تم إصلاحها مفقودة
render-reconcile-fixed-issues-extra = تمت إضافة مشكلة إلى المشكلات التي تم إصلاحها
render-reconcile-fixed-issues-changed = إحدى المشكلات التي تم إصلاحها لها رقم KB مختلف
render-reconcile-replaces-missing = أحد التحديثات المستبدلة مفقود
render-reconcile-replaces-extra = تمت إضافة تحديث إلى التحديثات المستبدلة
render-reconcile-replaces-changed = أحد التحديثات المستبدلة له رقم KB مختلف
render-reconcile-removal-update-id = التحديث المطلوب إزالته مختلف
render-reconcile-dates-release-date = تاريخ الإصدار مختلف
render-reconcile-sections-missing = أحد الأقسام مفقود
render-reconcile-sections-extra = تمت إضافة قسم
render-reconcile-known-issues-count = عدد المشكلات المعروفة مختلف
render-reconcile-numbers-changed = تم تغيير رقم أو رمز أو عنوان
render-reconcile-numbers-missing = رقم أو رمز أو عنوان مفقود
render-reconcile-numbers-extra = تمت إضافة رقم أو رمز أو عنوان
render-reconcile-untranslated-block = لا تزال إحدى الفقرات باللغة الأصلية
render-reconcile-untranslated-declared = تمت الإشارة إلى ترك بعض الفقرات باللغة الأصلية
render-reconcile-staleness-last-review = آخر مراجعة للترجمة أقدم من آخر مراجعة للأصل
render-reconcile-staleness-revision = رقم مراجعة الترجمة أقدم
render-reconcile-staleness-machine-translated = تمت الترجمة آليًا
render-reconcile-kb-mentions-missing = إحدى الإشارات إلى مقالات KB مفقودة
render-reconcile-kb-mentions-extra = تمت إضافة إشارة إلى مقالة KB
render-reconcile-kb-mentions-changed = إحدى الإشارات إلى مقالات KB لها رقم مختلف

# Between the sentences of a summary.
summary-separator = {" "}
