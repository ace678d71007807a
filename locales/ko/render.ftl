### kbnorm rendering messages: Korean (ko). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_cjk_rtl.md ("seen" strings: 서비스 팩, 핫픽스,
### 보안 업데이트, 보안 공지, 기술 자료, 게시) and this locale's kb.ftl (업데이트 롤업 is
### not seen on a Microsoft page yet). Korean has only the CLDR plural category "other".
### Particles that depend on the preceding sound (은/는, 이/가, 을/를) never follow a
### variable: KB numbers and product names take 에, 의, 용 or (cue-removal) 을.

## Article

# "Exchange Server 2007 SP1(서비스 팩 1)" as seen on ko pages; the parser reads "SP1".
render-product-service-pack = { $product } SP{ $n }(서비스 팩 { $n })

render-title-security-update = { kind-security-update }: { $title }
render-title-hotfix = { kind-hotfix }: { $title }
# kind-howto is the old title prefix "HOWTO:", colon included.
render-title-howto = { kind-howto } { $title }

render-original-text = { cue-original-text }

render-security-bulletins = 이 업데이트는 { $count ->
       *[other] Microsoft 보안 공지
    } { $bulletins }에 설명된 취약성을 해결합니다.
render-issues-fixed = 이 업데이트는 다음 { $count }개의 문제를 해결합니다.
render-replaces = 이 업데이트는 다음 { $count }개의 업데이트를 대체합니다.
render-prerequisites = 이 업데이트를 적용하려면 다음 필수 구성 요소가 있어야 합니다.
# cue-removal: "업데이트 935490을 제거" + 합니다.
render-removal = 이 업데이트를 제거하려면 제어판의 프로그램 추가/제거를 사용합니다. 그런 다음 { cue-removal }합니다.
render-known-issues = 이 업데이트에는 { $count }개의 알려진 문제가 있습니다.
render-download = 다음 위치에서 이 업데이트를 다운로드할 수 있습니다.

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = 이 문서

# "이 문서에서는 …에 대해 설명합니다", the usual opening of ko KB articles.
summary-kind = { $kind ->
        [update_rollup] { $subject }에서는 { rollup-name }에 대해 설명합니다.
        [update_rollup_unnumbered] { $subject }에서는 업데이트 롤업에 대해 설명합니다.
        [hotfix] { $subject }에서는 핫픽스에 대해 설명합니다.
        [security_update] { $subject }에서는 보안 업데이트에 대해 설명합니다.
        [security_bulletin] { $subject }에서는 보안 공지에 대해 설명합니다.
        [service_pack] { $subject }에서는 서비스 팩 { $n }에 대해 설명합니다.
        [howto] { $subject }에서는 작업 방법을 설명합니다.
       *[other] { $subject }에서는 기술 정보를 제공합니다.
    }
summary-kind-product = { $kind ->
        [update_rollup] { $subject }에서는 { $product }용 { rollup-name }에 대해 설명합니다.
        [update_rollup_unnumbered] { $subject }에서는 { $product }용 업데이트 롤업에 대해 설명합니다.
        [hotfix] { $subject }에서는 { $product }용 핫픽스에 대해 설명합니다.
        [security_update] { $subject }에서는 { $product }용 보안 업데이트에 대해 설명합니다.
        [security_bulletin] { $subject }에서는 { $product } 관련 보안 공지에 대해 설명합니다.
        [service_pack] { $subject }에서는 { $product }에 대해 설명합니다.
        [howto] { $subject }에서는 { $product } 관련 작업 방법을 설명합니다.
       *[other] { $subject }에서는 { $product }에 대한 정보를 제공합니다.
    }
summary-released = { DATETIME($date) }에 릴리스되었습니다.
summary-fixes = { $count }개의 문제를 해결합니다.
summary-bulletins = { $count ->
       *[other] 보안 공지 { $bulletins }에 설명된 문제를 해결합니다.
    }
summary-replaces = 이전 업데이트 { $count }개({ $list })를 대체합니다.
summary-restart = { $restart ->
        [reboot_required] 적용한 후에는 컴퓨터를 다시 시작해야 합니다.
        [reboot_may_be_required] 컴퓨터를 다시 시작해야 할 수도 있습니다.
        [services_restarted] 필요한 서비스가 자동으로 다시 시작되므로 컴퓨터를 다시 시작할 필요가 없습니다.
       *[none] 적용한 후에는 컴퓨터를 다시 시작할 필요가 없습니다.
    }
summary-known-issues = 알려진 문제가 { $count }개 있습니다.

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = KB{ $kb } 대조: { $original } → { $translation }
render-reconcile-none = 차이점이 없습니다.
render-reconcile-count = { $count ->
       *[other] { $count }개의 문제가 발견되었습니다.
    }
render-reconcile-severity-critical = 심각
render-reconcile-severity-major = 중요
render-reconcile-severity-minor = 경미
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what }({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = 원본: { $original }; 번역: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = 다른 문서의 번역입니다
render-reconcile-identity-rollup = 업데이트 롤업 번호가 다릅니다
render-reconcile-identity-product = 제품이 다릅니다
render-reconcile-identity-service-pack = 서비스 팩이 다릅니다
render-reconcile-identity-kind = 문서 종류가 다릅니다
render-reconcile-title-mismatch = 제목의 번호가 원본 제목의 번호와 다릅니다
render-reconcile-security-bulletins-missing = 보안 공지가 누락되었습니다
render-reconcile-security-bulletins-extra = 보안 공지가 추가되었습니다
render-reconcile-fixed-issues-missing = 해결된 문제가 누락되었습니다
render-reconcile-fixed-issues-extra = 해결된 문제가 추가되었습니다
render-reconcile-fixed-issues-changed = 해결된 문제의 KB 번호가 다릅니다
render-reconcile-replaces-missing = 대체되는 업데이트가 누락되었습니다
render-reconcile-replaces-extra = 대체되는 업데이트가 추가되었습니다
render-reconcile-replaces-changed = 대체되는 업데이트의 KB 번호가 다릅니다
render-reconcile-removal-update-id = 제거할 업데이트가 다릅니다
render-reconcile-dates-release-date = 게시 날짜가 다릅니다
render-reconcile-sections-missing = 섹션이 누락되었습니다
render-reconcile-sections-extra = 섹션이 추가되었습니다
render-reconcile-known-issues-count = 알려진 문제의 수가 다릅니다
render-reconcile-numbers-changed = 숫자, 코드 또는 주소가 변경되었습니다
render-reconcile-numbers-missing = 숫자, 코드 또는 주소가 누락되었습니다
render-reconcile-numbers-extra = 숫자, 코드 또는 주소가 추가되었습니다
render-reconcile-untranslated-block = 원래 언어로 남아 있는 단락이 있습니다
render-reconcile-untranslated-declared = 일부 단락을 원래 언어로 남겨 두었다고 명시되어 있습니다
render-reconcile-staleness-last-review = 번역의 마지막 검토 날짜가 원본보다 이전입니다
render-reconcile-staleness-revision = 번역의 버전이 더 오래되었습니다
render-reconcile-staleness-machine-translated = 기계 번역으로 번역되었습니다
render-reconcile-kb-mentions-missing = KB 참조가 누락되었습니다
render-reconcile-kb-mentions-extra = KB 참조가 추가되었습니다
render-reconcile-kb-mentions-changed = KB 참조의 번호가 다릅니다

# Between the sentences of a summary.
summary-separator = {" "}
