### kbnorm locale data: Hebrew (he). Format: see locales/en/kb.ftl.
### Sources: research/terms_cjk_rtl.md ("seen" strings), research/label_notes_cjk.md,
### and the he corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Hebrew KB pages keep "Article ID: … - View products that this article applies
### to.", "On This Page" and "Service Pack" in English (the en locale reads them).

## Identity of the locale

locale-name = עברית
locale-whatlang = heb

## Section headings

heading-summary = תקציר
heading-introduction = מבוא
heading-symptoms = מאפייני הבעיה
    .match =
        ~תסמינים
heading-cause = סיבה
heading-resolution = פתרון
heading-workaround = ~פתרון עוקף
# The likely form is מצב, but it starts prose lines too ("מצב פונקציונליות מופחתת …"
# on 925582), and any line-start match of a caseless script counts as a heading.
heading-status = ~סטטוס
heading-more-information = מידע נוסף
heading-issues-fixed = ~בעיות שתוקנו באוסף העדכונים
    .match =
        ~בעיות שאוסף העדכונים מתקן
heading-service-pack-information = ~מידע על Service Pack
heading-update-rollup-information = ~מידע על אוסף העדכונים
heading-download-information = ~כיצד להשיג את אוסף העדכונים
    .match =
        ~מידע על הורדה
heading-update-replacement = ~מידע על החלפה
heading-prerequisites = ~דרישות מוקדמות
heading-restart-requirement = ~דרישת הפעלה מחדש
heading-removal-information = ~מידע על הסרה
heading-owa-customization = ~התאמה אישית של Outlook Web Access
heading-known-issues = ~בעיות ידועות
heading-file-information = ~מידע על הקבצים
heading-hotfix-information = מידע על תיקונים חמים
    .match =
        ~מידע על התיקון החם
heading-references = ~הפניות
heading-applies-to = חל על
heading-keywords = ~מילות מפתח
heading-properties = ~מאפיינים

heading-known-issue-item = ~בעיה { $n }

## Page chrome

chrome = תרגומי מאמרים תרגומי מאמרים
    .match =
        הרחב הכל | כווץ הכל

# Whole lines only: the words also occur in prose. The sign-in block of
# support.microsoft.com topic pages (the English lines were seen on a he page).
chrome-line = תרגומי מאמרים
    .match =
        דלג לתוכן הראשי
        היכנס דרך Microsoft
        היכנס או צור חשבון.
        שלום,
        בחר חשבון אחר.
        יש לך חשבונות מרובים
        בחר את החשבון שברצונך להיכנס באמצעותו.
        Sign in with Microsoft
        Sign in or create an account.
        ~לראש הדף

## Facts

cue-article-id = ~מזהה מאמר: { $kb }
cue-last-review = ~סקירה אחרונה: { $date }
cue-revision = ~גירסה: { $revision }
cue-release-date = ~תאריך פרסום: { $date }
cue-removal = ~הסר את עדכון { $kb }
    .match =
        ~להסיר את עדכון { $kb }
cue-translation-of = ~הגירסה האנגלית של מאמר זה היא: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = טקסט מקורי ({ $language }):
cue-machine-translated = ~מאמר זה תורגם באמצעות תוכנת תרגום ממוחשב של Microsoft
    .match =
        ~תרגום ממוחשב

# "אוספי עדכונים" (plural) and "חבילת אוסף עדכונים" were seen; the singular with a number was not.
rollup-name = ~אוסף עדכונים { $n }
    .match =
        ~אוסף העדכונים { $n }

title-rollup = ~תיאור { rollup-name } עבור { $product }

title-stop = מאמר זה מתאר
    .match =
        ~Microsoft הוציאה

## Restart requirement

restart-reboot-required = ~עליך להפעיל מחדש את המחשב
restart-reboot-may-be-required = ~ייתכן שיהיה צורך להפעיל מחדש את המחשב
restart-services-restarted = ~השירותים הדרושים נעצרים באופן אוטומטי ולאחר מכן מופעלים מחדש
restart-none = ~אין צורך להפעיל מחדש את המחשב

## Kinds

kind-security-update = ~עדכון אבטחה
    .match =
        עדכוני אבטחה
kind-hotfix = תיקון חם
kind-service-pack = ~תיאור { $product } Service Pack { $n }
kind-howto = כיצד

## Dates ("22 במאי 2007", "01 בינואר 2007": the month takes the prefix ב)

date = { $day } ב{ $month } { $year }
    .match =
        ~{ $day } { $month } { $year }
        ~{ $day }/{ $month_num }/{ $year }

month-1 = ינואר
month-2 = ~פברואר
month-3 = ~מרץ
    .match =
        ~מרס
month-4 = ~אפריל
month-5 = מאי
month-6 = ~יוני
month-7 = יולי
month-8 = ~אוגוסט
month-9 = ~ספטמבר
month-10 = ~אוקטובר
month-11 = ~נובמבר
month-12 = ~דצמבר

## Language identification: frequent Hebrew function words.

stopwords = של את על עם זה זו זאת אם כי לא גם או אל הוא היא הם כאשר אשר יש אין כל מה רק עבור בין לאחר לפני כדי באמצעות ניתן
