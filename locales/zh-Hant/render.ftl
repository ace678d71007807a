### kbnorm rendering messages: Traditional Chinese (zh-Hant). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_cjk_rtl.md ("seen" strings: 更新彙總套件, Hotfix,
### 安全性更新, 安全性布告欄, 已知問題, Microsoft 知識庫) and this locale's kb.ftl;
### Taiwan terms (弱點, 套用, 電腦, 控制台, 新增或移除程式). "Service Pack", "Hotfix"
### and product names stay in English, as on zh-tw pages.
### Chinese has only the CLDR plural category "other". Spaces separate Chinese from
### Latin letters and digits, as on zh-tw pages.

## Article

render-product-service-pack = { $product } Service Pack { $n }

render-title-security-update = { kind-security-update }：{ $title }
render-title-hotfix = { kind-hotfix }：{ $title }
render-title-howto = { kind-howto }：{ $title }

render-original-text = { cue-original-text }

render-security-bulletins = 此更新可解決 { $count ->
       *[other] Microsoft 安全性布告欄
    } { $bulletins } 中所述的弱點。
render-issues-fixed = 此更新修正下列 { $count } 個問題：
render-replaces = 此更新取代下列 { $count } 個更新：
render-prerequisites = 若要套用此更新，您必須符合下列必要條件：
# cue-removal: "移除更新 935490".
render-removal = 若要移除此更新，請使用 [控制台] 中的 [新增或移除程式]。然後，{ cue-removal }。
render-known-issues = 此更新有 { $count } 個已知問題。
render-download = 您可以從下列位置下載此更新：

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

# The trailing space separates the KB number from the next word: "KB935490 是…".
summary-subject-kb = KB{ $kb }{" "}
summary-subject-none = 本文

summary-kind = { $kind ->
        [update_rollup] { $subject }是{ rollup-name }。
        [update_rollup_unnumbered] { $subject }是更新彙總套件。
        [hotfix] { $subject }是 Hotfix。
        [security_update] { $subject }是安全性更新。
        [security_bulletin] { $subject }是安全性布告欄。
        [service_pack] { $subject }是 Service Pack { $n }。
        [howto] { $subject }是一篇說明操作方法的文章。
       *[other] { $subject }是一篇知識庫文章。
    }
summary-kind-product = { $kind ->
        [update_rollup] { $subject }是適用於 { $product } 的{ rollup-name }。
        [update_rollup_unnumbered] { $subject }是適用於 { $product } 的更新彙總套件。
        [hotfix] { $subject }是適用於 { $product } 的 Hotfix。
        [security_update] { $subject }是適用於 { $product } 的安全性更新。
        [security_bulletin] { $subject }是有關 { $product } 的安全性布告欄。
        [service_pack] { $subject }是 { $product }。
        [howto] { $subject }是一篇說明 { $product } 操作方法的文章。
       *[other] { $subject }是一篇有關 { $product } 的文章。
    }
summary-released = 發行日期為 { DATETIME($date) }。
summary-fixes = 共修正了 { $count } 個問題。
summary-bulletins = { $count ->
       *[other] 解決了安全性布告欄 { $bulletins } 中所述的問題。
    }
summary-replaces = 取代了下列 { $count } 個較早的更新：{ $list }。
summary-restart = { $restart ->
        [reboot_required] 套用後必須重新啟動電腦。
        [reboot_may_be_required] 可能需要重新啟動電腦。
        [services_restarted] 必要的服務會自動重新啟動，您不必重新啟動電腦。
       *[none] 套用後不必重新啟動電腦。
    }
summary-known-issues = 有 { $count } 個已知問題。

render-list-separator = {"、"}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }。

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = KB{ $kb } 核對：{ $original } → { $translation }
render-reconcile-none = 未發現差異。
render-reconcile-count = { $count ->
       *[other] 共發現 { $count } 個問題。
    }
render-reconcile-severity-critical = 重大
render-reconcile-severity-major = 重要
render-reconcile-severity-minor = 次要
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }：{ $what }（{ $location }）
# The two values of a finding; "—" stands for none.
render-reconcile-values = 原文：{ $original }；譯文：{ $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = 譯文對應的是另一篇文章
render-reconcile-identity-rollup = 更新彙總套件編號不同
render-reconcile-identity-product = 產品不同
render-reconcile-identity-service-pack = Service Pack 不同
render-reconcile-identity-kind = 文章類型不同
render-reconcile-title-mismatch = 標題中的編號與原文標題不同
render-reconcile-security-bulletins-missing = 缺少一份安全性布告欄
render-reconcile-security-bulletins-extra = 新增了一份安全性布告欄
render-reconcile-fixed-issues-missing = 缺少一個已修正的問題
render-reconcile-fixed-issues-extra = 新增了一個已修正的問題
render-reconcile-fixed-issues-changed = 某個已修正問題的 KB 編號不同
render-reconcile-replaces-missing = 缺少一個被取代的更新
render-reconcile-replaces-extra = 新增了一個被取代的更新
render-reconcile-replaces-changed = 某個被取代更新的 KB 編號不同
render-reconcile-removal-update-id = 要移除的更新不同
render-reconcile-dates-release-date = 發行日期不同
render-reconcile-sections-missing = 缺少一個章節
render-reconcile-sections-extra = 新增了一個章節
render-reconcile-known-issues-count = 已知問題的數量不同
render-reconcile-numbers-changed = 某個數字、代碼或位址已變更
render-reconcile-numbers-missing = 缺少某個數字、代碼或位址
render-reconcile-numbers-extra = 新增了某個數字、代碼或位址
render-reconcile-untranslated-block = 某個段落仍為原始語言
render-reconcile-untranslated-declared = 文章聲明部分段落保留原始語言
render-reconcile-staleness-last-review = 譯文的上次檢閱日期早於原文
render-reconcile-staleness-revision = 譯文的版本較舊
render-reconcile-staleness-machine-translated = 譯文為機器翻譯
render-reconcile-kb-mentions-missing = 缺少一處 KB 參照
render-reconcile-kb-mentions-extra = 新增了一處 KB 參照
render-reconcile-kb-mentions-changed = 某處 KB 參照的編號不同

# Between the sentences of a summary.
summary-separator = {""}
