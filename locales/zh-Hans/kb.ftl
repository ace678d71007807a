### kbnorm locale data: Simplified Chinese (zh-Hans, zh-CN). Format: see locales/en/kb.ftl.
### Sources: research/terms_cjk_rtl.md ("seen" strings), research/label_notes_cjk.md,
### and the zh-cn corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Machine-translated pages use their own terms (起因, 办法); both they and the
### human terms are listed. Pages keep "Service Pack" and product names in English.

## Identity of the locale

locale-name = 简体中文
locale-whatlang = cmn

## Section headings

heading-summary = 摘要
    .match =
        执行摘要
        总结
heading-introduction = ~简介
heading-symptoms = ~症状
heading-cause = 起因
    .match =
        ~原因
heading-resolution = 解决方案
    .match =
        办法
        ~解决方法
heading-workaround = ~替代方法
heading-status = ~状态
heading-more-information = 详细信息
    .match =
        ~更多信息
heading-issues-fixed = ~此更新汇总解决的问题
    .match =
        ~更新汇总解决的问题
        ~此更新解决的问题
heading-service-pack-information = ~Service Pack 信息
heading-update-rollup-information = ~更新汇总信息
heading-download-information = ~如何获取此更新汇总
    .match =
        ~如何获取此更新
        ~如何获取最新的更新汇总
heading-update-replacement = ~更新替代信息
    .match =
        ~替代信息
heading-prerequisites = 先决条件
heading-restart-requirement = ~重新启动要求
heading-removal-information = ~删除信息
heading-owa-customization = ~Outlook Web Access 自定义
heading-known-issues = 已知问题
heading-file-information = ~文件信息
heading-hotfix-information = 修补程序信息
heading-references = ~参考
heading-applies-to = 适用于
    .match =
        ~这篇文章中的信息适用于
heading-keywords = ~关键字
heading-properties = ~属性

heading-known-issue-item = ~问题 { $n }

## Page chrome

chrome = ~全部展开 | 全部折叠
    .match =
        ~返回页首

# Whole lines only. The sign-in block of support.microsoft.com topic pages
# (the English lines were seen on a zh-cn page).
chrome-line = 使用 Microsoft 登录
    .match =
        We couldn’t sign you in
        Select the account you want to use.

## Facts

cue-article-id = ~文章编号: { $kb }
    .match =
        ~文章编号：{ $kb }
cue-last-review = 上一次修改主题: { $date }
    .match =
        更新时间: { $date }
        ~最后修改: { $date }
cue-revision = 版本: { $revision }
    .match =
        ~修订: { $revision }
cue-release-date = 发布时间: { $date }
    .match =
        最初发布: { $date }
        ~发布日期: { $date }
cue-removal = ~删除更新 { $kb }
cue-translation-of = ~点击这里察看该文章的英文版: { $kb }
    .match =
        ~单击此处查看本文的英文版本: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = 原始文本（{ $language }）：
cue-machine-translated = ~本文是由 Microsoft 机器翻译软件进行的翻译
    .match =
        ~机器翻译

rollup-name = 更新汇总 { $n }

title-rollup = ~{ $product } { rollup-name } 的说明
    .match =
        ~{ $product } 的{ rollup-name }

# "本文描述的问题…" starts the text glued after a title (seen); 本文 alone also
# occurs inside words (版本文件), so the stops are longer.
title-stop = 本文描述
    .match =
        ~本文介绍
        ~本文说明
        ~Microsoft 已发布

## Restart requirement

restart-reboot-required = ~必须重新启动计算机
restart-reboot-may-be-required = ~可能需要重新启动
restart-services-restarted = ~所需的服务会自动停止，然后重新启动
restart-none = ~不必重新启动计算机
    .match =
        ~无需重新启动计算机

## Kinds

kind-security-update = 安全更新
kind-hotfix = 修补程序
kind-service-pack = ~{ $product } Service Pack { $n } 的说明
kind-howto = ~如何

## Dates ("2008年7月8日" without spaces, "2001 年 3 月 22 日" with spaces)

date = { $year }年{ $month_num }月{ $day }日
    .match =
        { $year } 年 { $month_num } 月 { $day } 日

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

## Language identification: simplified-only characters (their traditional
## counterparts are in zh-Hant) that Japanese does not write this way either:
## stopwords of caseless scripts are matched inside words.

stopwords = 这 个 为 说 对 时 发 问 题 们 关 于 过 动 后 网 络 软 务 从 应 还 该 实 现 请 单 击 载 启 库 设 据 统 间 档 错 页 显
