### kbnorm locale data: Traditional Chinese (zh-Hant, zh-TW). Format: see locales/en/kb.ftl.
### Sources: research/terms_cjk_rtl.md ("seen" strings), research/label_notes_cjk.md,
### and the zh-tw corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Pages keep "Service Pack", "Hotfix" and product names in English.
### 其他資訊 is left out on purpose: on 824684 it is "Additional information"
### inside a term definition, not a MORE INFORMATION section.

## Identity of the locale

locale-name = 繁體中文
locale-whatlang = cmn

## Section headings

# 結論 is the SUMMARY heading of old KB pages; 執行摘要 the bulletins' "Executive Summary".
heading-summary = 結論
    .match =
        執行摘要
        ~摘要
heading-introduction = ~簡介
heading-symptoms = 徵狀
    .match =
        ~症狀
heading-cause = 發生的原因
    .match =
        ~原因
heading-resolution = 解決方案
    .match =
        ~解決方法
heading-workaround = ~其他可行方案
    .match =
        ~暫時解決方法
heading-status = ~狀況說明
heading-more-information = 其他相關資訊
    .match =
        ~更多資訊
heading-issues-fixed = ~更新彙總套件所修正的問題
    .match =
        ~此更新所修正的問題
heading-service-pack-information = ~Service Pack 資訊
heading-update-rollup-information = ~更新彙總套件資訊
heading-download-information = ~如何取得更新彙總套件
    .match =
        ~如何取得此更新
heading-update-replacement = ~更新取代資訊
    .match =
        ~取代資訊
heading-prerequisites = ~必要條件
heading-restart-requirement = ~重新開機需求
heading-removal-information = ~移除資訊
heading-owa-customization = ~Outlook Web Access 自訂
heading-known-issues = 已知問題
heading-file-information = ~檔案資訊
heading-hotfix-information = Hotfix 資訊
heading-references = ~參考
heading-applies-to = 套用於
    .match =
        適用版本
        適用於
        ~這篇文章中的資訊適用於
heading-keywords = ~關鍵字
heading-properties = ~屬性

heading-known-issue-item = ~問題 { $n }

## Page chrome

chrome = 文章翻譯 文章翻譯
    .match =
        全部展開 | 全部摺疊
        您目前已離線,請等候您的網際網路重新連線
        ~回到頁首

# Whole lines only: the words also occur in prose.
chrome-line = 在此頁中
    .match =
        文章翻譯
        使用 Microsoft 登入

## Facts

# "文章編號: 268343 - 檢視此文章適用的產品。": the words after the number link to the footer.
cue-article-id = 文章編號: { $kb }
    .match =
        原始 KB 編號: { $kb }
        ~文章編號：{ $kb }
cue-last-review = 上次修改主題的時間: { $date }
    .match =
        更新日期: { $date }
        ~上次校閱: { $date }
cue-revision = 版本: { $revision }
    .match =
        ~修訂: { $revision }
cue-release-date = 發佈時間: { $date }
    .match =
        ~發行日期: { $date }
cue-removal = ~移除更新 { $kb }
cue-translation-of = 按一下這裡查看此文章的英文版本:{ $kb }
    .match =
        ~按一下這裡查看此文章的英文版本：{ $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = 原始文字（{ $language }）：
cue-machine-translated = 本文是以 Microsoft 機器翻譯軟體翻譯而成
    .match =
        ~機器翻譯

rollup-name = ~更新彙總套件 { $n }

title-rollup = ~{ $product } 的{ rollup-name }描述
    .match =
        ~{ $product } 的{ rollup-name }說明

# Seen at the start of the text after a title; 本文 alone also occurs inside words.
title-stop = 本文將告訴您
    .match =
        本文說明
        ~本文描述

## Restart requirement

restart-reboot-required = ~您必須重新啟動電腦
restart-reboot-may-be-required = ~可能需要重新啟動
restart-services-restarted = ~必要的服務會自動停止，然後重新啟動
restart-none = ~您不必重新啟動電腦

## Kinds

kind-security-update = 安全性更新
kind-hotfix = Hotfix
kind-service-pack = ~{ $product } Service Pack { $n } 說明
kind-howto = 如何

## Dates ("2013 年 12 月 10 日" with spaces, "2010年7月14日" without)

date = { $year } 年 { $month_num } 月 { $day } 日
    .match =
        { $year }年{ $month_num }月{ $day }日

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

## Language identification: traditional characters (their simplified
## counterparts are in zh-Hans) that Japanese writes differently (時, 問題, 設 are
## written the same in Japanese and left out): stopwords of caseless scripts are
## matched inside words.

stopwords = 這 說 對 發 們 關 於 網 軟 將 從 會 應 還 實 請 單 擊 裝 啟 數 據 體 號 與 檔 錯 處 頁 讓 麼 點 檢 顯 腦 儲 覽
