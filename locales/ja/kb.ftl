### kbnorm locale data: Japanese (ja). Format: see locales/en/kb.ftl.
### Sources: research/terms_cjk_rtl.md ("seen" strings), research/label_notes_cjk.md,
### and the ja corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Japanese pages keep "Service Pack" and product names in English. Headings are
### whole lines (old KB pages) or glued to the text that follows (scraped pages).

## Identity of the locale

locale-name = 日本語
locale-whatlang = jpn

## Section headings

heading-summary = 概要
    .match =
        概説
        まとめ
        要点
        エグゼクティブサマリー
heading-introduction = はじめに
heading-symptoms = 現象
    .match =
        ~症状
heading-cause = 原因
heading-resolution = 解決方法
    .match =
        ~解決策
heading-workaround = ~回避策
    .match =
        ~回避方法
# 状況 alone is the likely form, but it starts prose lines ("状況によっては…" on
# TechNet bb629489), and any line-start match of a caseless script counts as a heading.
heading-status = ~現在の状況
heading-more-information = 詳細
    .match =
        詳細情報
heading-issues-fixed = 修正プログラムのロールアップで修正される問題
    .match =
        修正プログラムのロールアップで修正される問題の詳細
        ~更新プログラムのロールアップで修正される問題
        ~この更新プログラムのロールアップで修正される問題
        ~この更新プログラムで修正される問題
heading-service-pack-information = ~Service Pack の情報
    .match =
        ~サービス パックの情報
heading-update-rollup-information = ~更新プログラムのロールアップの情報
    .match =
        ~更新プログラムのロールアップに関する情報
heading-download-information = 更新プログラムの入手方法およびインストール方法
    .match =
        更新プログラムのダウンロード方法およびインストール方法
        この更新プログラムを入手する方法
        ~更新プログラムのロールアップの入手方法
        ~ダウンロード情報
heading-update-replacement = ~更新プログラムの置き換えに関する情報
    .match =
        ~置き換えに関する情報
heading-prerequisites = 前提条件
heading-restart-requirement = ~再起動の必要性
    .match =
        ~再起動に関する情報
heading-removal-information = ~削除に関する情報
    .match =
        ~削除情報
heading-owa-customization = ~Outlook Web Access のカスタマイズに関する Outlook Web Access ユーザー向けの重要な情報
    .match =
        ~Outlook Web Access のカスタマイズ
heading-known-issues = 既知の問題
heading-file-information = ~ファイル情報
heading-hotfix-information = ~修正プログラムの情報
    .match =
        ~修正プログラムに関する情報
heading-references = ~関連情報
    .match =
        ~参考資料
heading-applies-to = 適用対象
    .match =
        適用先
        この資料は、以下を対象としています。
        この資料で、次の製品に適用します。
heading-keywords = ~キーワード
heading-properties = ~プロパティ

heading-known-issue-item = ~問題 { $n }

## Page chrome

chrome = 文書翻訳 文書翻訳
    .match =
        すべて展開する | すべて折りたたむ
        現在オフラインです。再接続するためにインターネットの接続を待っています

# Whole lines only: the words also occur in prose.
chrome-line = 目次
    .match =
        文書翻訳
        このタスクで
        次の方法で共有
        Download icon
        ~ページの先頭へ

## Facts

# "文書番号: 937194 - 対象製品": the words after the number link to the footer.
cue-article-id = 文書番号: { $kb }
    .match =
        ~文書番号：{ $kb }
cue-last-review = 最終更新日: { $date }
    .match =
        トピックの最終更新日: { $date }
        更新日: { $date }
cue-revision = バージョン: { $revision }
    .match =
        ~リビジョン: { $revision }
cue-release-date = 公開日: { $date }
    .match =
        ~リリース日: { $date }
        ~発行日: { $date }
cue-removal = ~更新プログラム { $kb } を削除
cue-translation-of = 英語版 KB:{ $kb }
    .match =
        ~英語版 KB: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = 原文（{ $language }）：
cue-machine-translated = このサポート技術情報 (以下「KB」) は、翻訳者による翻訳の代わりに
    .match =
        マイクロソフト機械翻訳システムによって翻訳されたものです

# Hotfix rollups ("修正プログラムのロールアップ 2") are update rollups too.
rollup-name = 更新プログラムのロールアップ { $n }
    .match =
        修正プログラムのロールアップ { $n }

# New titles: "Exchange Server 2010 Service Pack 3 用の更新プログラムのロールアップ 21".
title-rollup = { $product } 用の{ rollup-name }
    .match =
        ~{ $product } の{ rollup-name }について
        ~{ $product } の{ rollup-name }の説明

title-stop = この資料では
    .match =
        ~この資料は
        ~この記事では

## Restart requirement

restart-reboot-required = ~コンピューターを再起動する必要があります
    .match =
        ~再起動が必要です
restart-reboot-may-be-required = ~再起動が必要になる場合があります
    .match =
        ~再起動を要求される場合があります
restart-services-restarted = ~必要なサービスは自動的に停止され、再起動されます
restart-none = ~コンピューターを再起動する必要はありません
    .match =
        ~再起動は必要ありません

## Kinds

kind-security-update = セキュリティ更新プログラム
kind-hotfix = 修正プログラム
# One form only: the forms of a kind share one regex, and slot names may not repeat.
kind-service-pack = { $product } Service Pack { $n } について
kind-howto = する方法

## Dates ("2007 年 1 月 1 日" with spaces, "2009年8月12日" without)

date = { $year }年{ $month_num }月{ $day }日
    .match =
        { $year } 年 { $month_num } 月 { $day } 日
        ~{ $year }/{ $month_num }/{ $day }

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Language identification: particles and kana words that Chinese lacks.

# Particles that, right after a heading word at a line start, show the line is prose.
heading-continuation = の は が を に で と も へ や

stopwords = の は が を に で と も へ から まで より です ます した する して される されます ません ある いる この その これ ない ため こと よう など または および について
