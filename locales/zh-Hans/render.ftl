### kbnorm rendering messages: Simplified Chinese (zh-Hans). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_cjk_rtl.md ("seen" strings: 更新汇总, 修补程序,
### 安全公告, 先决条件, 已知问题, 知识库文章) and this locale's kb.ftl; mainland
### terms (漏洞, 计算机, 重新启动). "Service Pack" and product names stay in English.
### Chinese has only the CLDR plural category "other". Spaces separate Chinese from
### Latin letters and digits, as on zh-cn pages.

## Article

render-product-service-pack = { $product } Service Pack { $n }

render-title-security-update = { kind-security-update }：{ $title }
render-title-hotfix = { kind-hotfix }：{ $title }
render-title-howto = { kind-howto }：{ $title }

render-original-text = { cue-original-text }

render-security-bulletins = 此更新解决了 { $count ->
       *[other] Microsoft 安全公告
    } { $bulletins } 中所述的漏洞。
render-issues-fixed = 此更新修复了以下 { $count } 个问题：
render-replaces = 此更新替代了以下 { $count } 个更新：
render-prerequisites = 若要应用此更新，必须满足以下先决条件：
# cue-removal: "删除更新 935490".
render-removal = 若要删除此更新，请使用控制面板中的“添加或删除程序”。然后，{ cue-removal }。
render-known-issues = 此更新存在 { $count } 个已知问题。
render-download = 您可以从以下位置下载此更新：

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

# The trailing space separates the KB number from the next word: "KB935490 是…".
summary-subject-kb = KB{ $kb }{" "}
summary-subject-none = 本文

summary-kind = { $kind ->
        [update_rollup] { $subject }是{ rollup-name }。
        [update_rollup_unnumbered] { $subject }是一个更新汇总。
        [hotfix] { $subject }是一个修补程序。
        [security_update] { $subject }是一个安全更新。
        [security_bulletin] { $subject }是一份安全公告。
        [service_pack] { $subject }是 Service Pack { $n }。
        [howto] { $subject }是一篇操作方法文章。
       *[other] { $subject }是一篇知识库文章。
    }
summary-kind-product = { $kind ->
        [update_rollup] { $subject }是适用于 { $product } 的{ rollup-name }。
        [update_rollup_unnumbered] { $subject }是适用于 { $product } 的更新汇总。
        [hotfix] { $subject }是适用于 { $product } 的修补程序。
        [security_update] { $subject }是适用于 { $product } 的安全更新。
        [security_bulletin] { $subject }是有关 { $product } 的安全公告。
        [service_pack] { $subject }是 { $product }。
        [howto] { $subject }是一篇介绍 { $product } 操作方法的文章。
       *[other] { $subject }是一篇有关 { $product } 的文章。
    }
summary-released = 发布日期为 { DATETIME($date) }。
summary-fixes = 共修复了 { $count } 个问题。
summary-bulletins = { $count ->
       *[other] 解决了安全公告 { $bulletins } 中所述的问题。
    }
summary-replaces = 替代了以下 { $count } 个早期更新：{ $list }。
summary-restart = { $restart ->
        [reboot_required] 应用后必须重新启动计算机。
        [reboot_may_be_required] 可能需要重新启动计算机。
        [services_restarted] 所需的服务会自动重新启动，无需重新启动计算机。
       *[none] 应用后无需重新启动计算机。
    }
summary-known-issues = 存在 { $count } 个已知问题。

render-list-separator = {"、"}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }。

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = KB{ $kb } 核对：{ $original } → { $translation }
render-reconcile-none = 未发现差异。
render-reconcile-count = { $count ->
       *[other] 共发现 { $count } 个问题。
    }
render-reconcile-severity-critical = 严重
render-reconcile-severity-major = 重要
render-reconcile-severity-minor = 次要
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }：{ $what }（{ $location }）
# The two values of a finding; "—" stands for none.
render-reconcile-values = 原文：{ $original }；译文：{ $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = 译文对应的是另一篇文章
render-reconcile-identity-rollup = 更新汇总编号不同
render-reconcile-identity-product = 产品不同
render-reconcile-identity-service-pack = Service Pack 不同
render-reconcile-identity-kind = 文章类型不同
render-reconcile-title-mismatch = 标题中的编号与原文标题不同
render-reconcile-security-bulletins-missing = 缺少一份安全公告
render-reconcile-security-bulletins-extra = 新增了一份安全公告
render-reconcile-fixed-issues-missing = 缺少一个已修复的问题
render-reconcile-fixed-issues-extra = 新增了一个已修复的问题
render-reconcile-fixed-issues-changed = 某个已修复问题的 KB 编号不同
render-reconcile-replaces-missing = 缺少一个被替代的更新
render-reconcile-replaces-extra = 新增了一个被替代的更新
render-reconcile-replaces-changed = 某个被替代更新的 KB 编号不同
render-reconcile-removal-update-id = 要删除的更新不同
render-reconcile-dates-release-date = 发布日期不同
render-reconcile-sections-missing = 缺少一个章节
render-reconcile-sections-extra = 新增了一个章节
render-reconcile-known-issues-count = 已知问题的数量不同
render-reconcile-numbers-changed = 某个数字、代码或地址已更改
render-reconcile-numbers-missing = 缺少某个数字、代码或地址
render-reconcile-numbers-extra = 新增了某个数字、代码或地址
render-reconcile-untranslated-block = 某个段落仍为原始语言
render-reconcile-untranslated-declared = 文章声明部分段落保留为原始语言
render-reconcile-staleness-last-review = 译文的上次审阅日期早于原文
render-reconcile-staleness-revision = 译文的版本较旧
render-reconcile-staleness-machine-translated = 译文为机器翻译
render-reconcile-kb-mentions-missing = 缺少一处 KB 引用
render-reconcile-kb-mentions-extra = 新增了一处 KB 引用
render-reconcile-kb-mentions-changed = 某处 KB 引用的编号不同

# Between the sentences of a summary.
summary-separator = {""}
