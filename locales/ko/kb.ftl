### kbnorm locale data: Korean (ko). Format: see locales/en/kb.ftl.
### Sources: research/terms_cjk_rtl.md ("seen" strings), research/label_notes_cjk.md,
### and the ko corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Korean KB pages write 해결 방법 for RESOLUTION (and probably WORKAROUND).
### 자세한 내용 (TechNet "More information") is left out on purpose: 자세한 내용은 …
### ("for more information, see …") starts many prose lines.

## Identity of the locale

locale-name = 한국어
locale-whatlang = kor

## Section headings

heading-summary = 요약
heading-introduction = 소개
heading-symptoms = 증상
heading-cause = 원인
heading-resolution = 해결 방법
heading-workaround = ~임시 해결 방법
heading-status = ~현재 상태
heading-more-information = 추가 정보
heading-issues-fixed = ~업데이트 롤업에서 해결되는 문제
    .match =
        ~이 업데이트에서 해결되는 문제
heading-service-pack-information = ~서비스 팩 정보
heading-update-rollup-information = ~업데이트 롤업 정보
heading-download-information = ~업데이트 롤업을 구하는 방법
    .match =
        ~업데이트를 구하는 방법
heading-update-replacement = ~업데이트 대체 정보
heading-prerequisites = ~필수 구성 요소
heading-restart-requirement = ~다시 시작 요구 사항
heading-removal-information = ~제거 정보
heading-owa-customization = ~Outlook Web Access 사용자 지정
# Seen as "알려진 문제입니다." (machine-translated bulletin for "Known Issues.").
heading-known-issues = 알려진 문제
heading-file-information = ~파일 정보
heading-hotfix-information = 핫픽스 정보
heading-references = ~참조
heading-applies-to = 적용 대상
heading-keywords = ~키워드
heading-properties = ~속성

heading-known-issue-item = ~문제 { $n }

## Page chrome

chrome = 기술 자료 번역 기술 자료 번역
    .match =
        모두 확대 | 모두 축소

# Whole lines only: the words also occur in prose. The sign-in block of
# support.microsoft.com topic pages.
chrome-line = 이 페이지에서
    .match =
        기술 자료 번역
        Microsoft로 로그인
        로그인하거나 계정을 만듭니다.
        안녕하세요.
        다른 계정을 선택합니다.
        계정이 여러 개 있음
        로그인할 계정을 선택합니다.
        ~맨 위로

## Facts

# "기술 자료: 317328 - 이 문서가 적용되는 제품 보기.": the words after the number link to the footer.
cue-article-id = 기술 자료: { $kb }
    .match =
        ~기술 자료：{ $kb }
        ~문서 ID: { $kb }
cue-last-review = 마지막으로 수정된 항목: { $date }
    .match =
        업데이트: { $date }
        업데이트 날짜: { $date }
        ~마지막 검토: { $date }
cue-revision = 버전: { $revision }
    .match =
        ~수정: { $revision }
cue-release-date = 게시 날짜: { $date }
    .match =
        ~릴리스 날짜: { $date }
cue-removal = ~업데이트 { $kb }을 제거
    .match =
        ~업데이트 { $kb }를 제거
cue-translation-of = ~이 문서의 영문 버전: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = 원문({ $language }):
cue-machine-translated = ~이 문서는 전문 번역가가 번역하지 않고 Microsoft 기계 번역 소프트웨어로 번역되었습니다
    .match =
        ~기계 번역

rollup-name = ~업데이트 롤업 { $n }

title-rollup = ~{ $product }용 { rollup-name }에 대한 설명

title-stop = 이 문서에서는
    .match =
        ~Microsoft에서 출시

## Restart requirement

restart-reboot-required = ~컴퓨터를 다시 시작해야 합니다
restart-reboot-may-be-required = ~다시 시작해야 할 수 있습니다
restart-services-restarted = ~필요한 서비스가 자동으로 중지되었다가 다시 시작됩니다
restart-none = ~컴퓨터를 다시 시작할 필요가 없습니다

## Kinds

kind-security-update = 보안 업데이트
kind-hotfix = 핫픽스
kind-service-pack = ~{ $product } 서비스 팩 { $n } 설명
kind-howto = HOWTO:
    .match =
        하는 방법

## Dates ("2007년 6월 12일")

date = { $year }년 { $month_num }월 { $day }일

month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## Language identification: frequent Korean words and endings.

# Particles that, right after a heading word at a line start, show the line is prose.
heading-continuation = 은 는 이 가 을 를 의 에 와 과 로 도

stopwords = 수 및 또는 있습니다 합니다 않습니다 없습니다 됩니다 있는 없는 하는 대한 위한 위해 대해 통해 다음 경우 이 그 것 때 후 중 등 모든 같은 하려면 사용하여 문제 문서
