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

render-kb-item = { $kb } { $title }
render-kb-item-untitled = KB{ $kb }

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
