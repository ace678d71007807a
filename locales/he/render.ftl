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

render-kb-item = { $kb } { $title }
render-kb-item-untitled = KB{ $kb }

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
