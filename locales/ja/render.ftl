### kbnorm rendering messages: Japanese (ja). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_cjk_rtl.md ("seen" strings: 更新プログラムのロールアップ,
### 修正プログラム, セキュリティ更新プログラム, セキュリティ情報, 前提条件, 既知の問題,
### 公開日) and this locale's kb.ftl. "Service Pack" and product names stay in English.
### Japanese has only the CLDR plural category "other". Half-width spaces separate
### Japanese from Latin letters and digits, as on ja KB pages.

## Article

render-product-service-pack = { $product } Service Pack { $n }

# kind-howto is the title ending "する方法" ("…をインストールする方法"); the parser
# recognizes how-to titles by it.
render-title-security-update = { kind-security-update }: { $title }
render-title-hotfix = { kind-hotfix }: { $title }
render-title-howto = 次の作業を実行{ kind-howto }: { $title }

render-original-text = { cue-original-text }

render-security-bulletins = この更新プログラムは、{ $count ->
       *[other] Microsoft セキュリティ情報
    } { $bulletins } で説明されている脆弱性を解決します。
render-issues-fixed = この更新プログラムでは、次の { $count } 件の問題が修正されます。
render-replaces = この更新プログラムは、次の { $count } 件の更新プログラムを置き換えます。
render-prerequisites = この更新プログラムを適用するには、次の前提条件を満たしている必要があります。
# cue-removal: "更新プログラム 935490 を削除" + します.
render-removal = この更新プログラムを削除するには、コントロール パネルの [プログラムの追加と削除] を使用します。次に、{ cue-removal }します。
render-known-issues = この更新プログラムには、{ $count } 件の既知の問題があります。
render-download = この更新プログラムは、次の場所からダウンロードできます。

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

# The trailing space separates the KB number from the particle: "KB935490 は…",
# "KB935490 では…" ("この資料では" is how ja KB articles open).
summary-subject-kb = KB{ $kb }{" "}
summary-subject-none = この資料

summary-kind = { $kind ->
        [update_rollup] { $subject }は{ rollup-name } です。
        [update_rollup_unnumbered] { $subject }は更新プログラムのロールアップです。
        [hotfix] { $subject }は修正プログラムです。
        [security_update] { $subject }はセキュリティ更新プログラムです。
        [security_bulletin] { $subject }はセキュリティ情報です。
        [service_pack] { $subject }は Service Pack { $n } です。
        [howto] { $subject }では操作方法を説明します。
       *[other] { $subject }はサポート技術情報の資料です。
    }
summary-kind-product = { $kind ->
        [update_rollup] { $subject }は { $product } 用の{ rollup-name } です。
        [update_rollup_unnumbered] { $subject }は { $product } 用の更新プログラムのロールアップです。
        [hotfix] { $subject }は { $product } 用の修正プログラムです。
        [security_update] { $subject }は { $product } 用のセキュリティ更新プログラムです。
        [security_bulletin] { $subject }は { $product } に関するセキュリティ情報です。
        [service_pack] { $subject }は { $product } です。
        [howto] { $subject }では { $product } の操作方法を説明します。
       *[other] { $subject }は { $product } に関する資料です。
    }
summary-released = { DATETIME($date) }に公開されました。
summary-fixes = { $count } 件の問題を修正します。
summary-bulletins = { $count ->
       *[other] セキュリティ情報 { $bulletins } で説明されている問題に対処します。
    }
summary-replaces = 以前の更新プログラム { $count } 件 ({ $list }) を置き換えます。
summary-restart = { $restart ->
        [reboot_required] 適用後にコンピューターを再起動する必要があります。
        [reboot_may_be_required] 再起動が必要になる場合があります。
        [services_restarted] 必要なサービスは自動的に再起動されるため、コンピューターを再起動する必要はありません。
       *[none] 適用後にコンピューターを再起動する必要はありません。
    }
summary-known-issues = 既知の問題が { $count } 件あります。

render-list-separator = {"、"}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }。

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = KB{ $kb } の照合: { $original } → { $translation }
render-reconcile-none = 相違点は見つかりませんでした。
render-reconcile-count = { $count ->
       *[other] { $count } 件の問題が見つかりました。
    }
render-reconcile-severity-critical = 緊急
render-reconcile-severity-major = 重要
render-reconcile-severity-minor = 軽微
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = 原文: { $original }、翻訳: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = 翻訳の対象が別の資料です
render-reconcile-identity-rollup = 更新プログラムのロールアップの番号が異なります
render-reconcile-identity-product = 製品が異なります
render-reconcile-identity-service-pack = Service Pack が異なります
render-reconcile-identity-kind = 資料の種類が異なります
render-reconcile-title-mismatch = タイトルに原文のタイトルとは異なる番号が記載されています
render-reconcile-security-bulletins-missing = セキュリティ情報が欠落しています
render-reconcile-security-bulletins-extra = セキュリティ情報が追加されています
render-reconcile-fixed-issues-missing = 修正される問題が欠落しています
render-reconcile-fixed-issues-extra = 修正される問題が追加されています
render-reconcile-fixed-issues-changed = 修正される問題の KB 番号が異なります
render-reconcile-replaces-missing = 置き換えられる更新プログラムが欠落しています
render-reconcile-replaces-extra = 置き換えられる更新プログラムが追加されています
render-reconcile-replaces-changed = 置き換えられる更新プログラムの KB 番号が異なります
render-reconcile-removal-update-id = 削除する更新プログラムが異なります
render-reconcile-dates-release-date = 公開日が異なります
render-reconcile-sections-missing = セクションが欠落しています
render-reconcile-sections-extra = セクションが追加されています
render-reconcile-known-issues-count = 既知の問題の数が異なります
render-reconcile-numbers-changed = 番号、コード、またはアドレスが変更されています
render-reconcile-numbers-missing = 番号、コード、またはアドレスが欠落しています
render-reconcile-numbers-extra = 番号、コード、またはアドレスが追加されています
render-reconcile-untranslated-block = 原文の言語のままの段落があります
render-reconcile-untranslated-declared = 原文の言語のまま残した段落があると明記されています
render-reconcile-staleness-last-review = 翻訳の最終更新日が原文より前です
render-reconcile-staleness-revision = 翻訳のバージョンが古くなっています
render-reconcile-staleness-machine-translated = 翻訳は機械翻訳によるものです
render-reconcile-kb-mentions-missing = KB 資料への参照が欠落しています
render-reconcile-kb-mentions-extra = KB 資料への参照が追加されています
render-reconcile-kb-mentions-changed = KB 資料への参照の番号が異なります

# Between the sentences of a summary.
summary-separator = {""}
