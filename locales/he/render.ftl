### kbnorm rendering messages: Hebrew (he). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_cjk_rtl.md ("seen" strings: אוסף עדכונים (as
### אוספי עדכונים), תיקון חם, עדכוני אבטחה, Service Pack kept in English, מאגר
### הידע; עלון אבטחה is its "likely" form) and this locale's kb.ftl.
### Right-to-left: the text is in logical order with no bidi control characters;
### kbnorm isolates the Latin values (products, KB numbers) itself when asked.
### Plurals (CLDR 42+): one, two, other. The plural rules kbnorm uses (CLDR 37)
### still have [many] (20, 30, …), so it is given the [other] text.
### The subjects ("KB…", "מאמר זה") are masculine: summary verbs agree with them.

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

render-title-security-update = { kind-security-update }: { $title }
render-title-hotfix = { kind-hotfix }: { $title }
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = עדכון זה פותר את הפגיעויות המתוארות { $count ->
        [one] בעלון האבטחה
        [two] בעלוני האבטחה
        [many] בעלוני האבטחה
       *[other] בעלוני האבטחה
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] עדכון זה פותר את הבעיה הבאה:
        [two] עדכון זה פותר את שתי הבעיות הבאות:
        [many] עדכון זה פותר את { $count } הבעיות הבאות:
       *[other] עדכון זה פותר את { $count } הבעיות הבאות:
    }
render-replaces = { $count ->
        [one] עדכון זה מחליף את העדכון הבא:
        [two] עדכון זה מחליף את שני העדכונים הבאים:
        [many] עדכון זה מחליף את { $count } העדכונים הבאים:
       *[other] עדכון זה מחליף את { $count } העדכונים הבאים:
    }
render-prerequisites = כדי להחיל עדכון זה, דרושים לך הפריטים הבאים:
# cue-removal is an imperative ("הסר את עדכון 123456").
render-removal = כדי להסיר עדכון זה, השתמש בפריט הוספה או הסרה של תוכניות בלוח הבקרה. לאחר מכן, { cue-removal }.
render-known-issues = { $count ->
        [one] קיימת בעיה ידועה אחת בעדכון זה.
        [two] קיימות שתי בעיות ידועות בעדכון זה.
        [many] קיימות { $count } בעיות ידועות בעדכון זה.
       *[other] קיימות { $count } בעיות ידועות בעדכון זה.
    }
render-download = באפשרותך להוריד עדכון זה מהמיקום הבא:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = מאמר זה

summary-kind = { $subject } הוא { $kind ->
        [update_rollup] { rollup-name }
        [update_rollup_unnumbered] אוסף עדכונים
        [hotfix] תיקון חם
        [security_update] עדכון אבטחה
        [security_bulletin] עלון אבטחה
        [service_pack] Service Pack { $n }
        [howto] מאמר הדרכה
       *[other] מאמר ממאגר הידע
    }.
summary-kind-product = { $subject } הוא { $kind ->
        [update_rollup] { rollup-name } עבור { $product }
        [update_rollup_unnumbered] אוסף עדכונים עבור { $product }
        [hotfix] תיקון חם עבור { $product }
        [security_update] עדכון אבטחה עבור { $product }
        [security_bulletin] עלון אבטחה בנושא { $product }
        [service_pack] { $product }
        [howto] מאמר הדרכה בנושא { $product }
       *[other] מאמר בנושא { $product }
    }.
summary-released = תאריך פרסום: { DATETIME($date) }.
summary-fixes = { $count ->
        [one] הוא מתקן בעיה אחת.
        [two] הוא מתקן שתי בעיות.
        [many] הוא מתקן { $count } בעיות.
       *[other] הוא מתקן { $count } בעיות.
    }
summary-bulletins = { $count ->
        [one] הוא פותר את הפגיעויות המתוארות בעלון האבטחה { $bulletins }.
        [two] הוא פותר את הפגיעויות המתוארות בעלוני האבטחה { $bulletins }.
        [many] הוא פותר את הפגיעויות המתוארות בעלוני האבטחה { $bulletins }.
       *[other] הוא פותר את הפגיעויות המתוארות בעלוני האבטחה { $bulletins }.
    }
summary-replaces = { $count ->
        [one] הוא מחליף את העדכון { $list }.
        [two] הוא מחליף שני עדכונים קודמים: { $list }.
        [many] הוא מחליף { $count } עדכונים קודמים: { $list }.
       *[other] הוא מחליף { $count } עדכונים קודמים: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrase.
summary-restart = { $restart ->
        [reboot_required] עליך להפעיל מחדש את המחשב לאחר החלת העדכון.
        [reboot_may_be_required] ייתכן שיהיה צורך להפעיל מחדש את המחשב.
        [services_restarted] השירותים הדרושים נעצרים באופן אוטומטי ולאחר מכן מופעלים מחדש, כך שהמחשב אינו דורש הפעלה מחדש.
       *[none] אין צורך להפעיל מחדש את המחשב לאחר החלת העדכון.
    }
summary-known-issues = { $count ->
        [one] קיימת בו בעיה ידועה אחת.
        [two] קיימות בו שתי בעיות ידועות.
        [many] קיימות בו { $count } בעיות ידועות.
       *[other] קיימות בו { $count } בעיות ידועות.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = השוואת KB{ $kb }: { $original } → { $translation }
render-reconcile-none = לא נמצאו הבדלים.
# [many] (20, 30, … in the CLDR 37 rules kbnorm uses) has the [other] text.
render-reconcile-count = { $count ->
        [one] ממצא אחד.
        [two] שני ממצאים.
        [many] { $count } ממצאים.
       *[other] { $count } ממצאים.
    }
# Masculine, agreeing with "ממצא".
render-reconcile-severity-critical = קריטי
render-reconcile-severity-major = חמור
render-reconcile-severity-minor = משני
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = מקור: { $original }; תרגום: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = התרגום שייך למאמר אחר
render-reconcile-identity-rollup = מספר אוסף העדכונים שונה
render-reconcile-identity-product = המוצר שונה
render-reconcile-identity-service-pack = ה-Service Pack שונה
render-reconcile-identity-kind = סוג המאמר שונה
render-reconcile-title-mismatch = הכותרת מציינת מספרים שונים מאלה שבכותרת המקור
render-reconcile-security-bulletins-missing = חסר עלון אבטחה
render-reconcile-security-bulletins-extra = נוסף עלון אבטחה
render-reconcile-fixed-issues-missing = חסרה בעיה שתוקנה
render-reconcile-fixed-issues-extra = נוספה בעיה שתוקנה
render-reconcile-fixed-issues-changed = לבעיה שתוקנה יש מספר KB אחר
render-reconcile-replaces-missing = חסר עדכון מוחלף
render-reconcile-replaces-extra = נוסף עדכון מוחלף
render-reconcile-replaces-changed = לעדכון מוחלף יש מספר KB אחר
render-reconcile-removal-update-id = העדכון שיש להסיר שונה
render-reconcile-dates-release-date = תאריך הפרסום שונה
render-reconcile-sections-missing = חסר סעיף
render-reconcile-sections-extra = נוסף סעיף
render-reconcile-known-issues-count = מספר הבעיות הידועות שונה
render-reconcile-numbers-changed = מספר, קוד או כתובת השתנו
render-reconcile-numbers-missing = חסרים מספר, קוד או כתובת
render-reconcile-numbers-extra = נוספו מספר, קוד או כתובת
render-reconcile-untranslated-block = פסקה עדיין בשפת המקור
render-reconcile-untranslated-declared = צוין שפסקאות נותרו בשפת המקור
render-reconcile-staleness-last-review = הסקירה האחרונה של התרגום קודמת לזו של המקור
render-reconcile-staleness-revision = לתרגום יש גירסה ישנה יותר
render-reconcile-staleness-machine-translated = התרגום נעשה באמצעות תרגום ממוחשב
render-reconcile-kb-mentions-missing = חסרה הפניה למאמר KB
render-reconcile-kb-mentions-extra = נוספה הפניה למאמר KB
render-reconcile-kb-mentions-changed = להפניה למאמר KB יש מספר אחר

# Between the sentences of a summary.
summary-separator = {" "}
