### kbnorm rendering messages: Turkish (tr). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: güvenlik
### güncelleştirmesi, düzeltme, Güvenlik Bülteni, hizmet paketi, Service Pack,
### "Bu güncelleştirme nasıl edinilir", "Karşıdan yükleme", Bilinen Sorunlar,
### "Yayın Tarihi", "Microsoft Bilgi Bankası"), research/label_notes_eu.md and
### this locale's kb.ftl ("Güncelleştirme Paketi" for the rollup is unverified there).
### Plurals (CLDR): one = 1, other = everything else (a noun after a numeral stays
### singular in Turkish, so both forms differ only in the number).
### Suffixes follow vowel harmony, and a suffix after a number depends on how the
### number is read: no suffix is ever attached to a variable. Endings go on fixed
### words ("güncelleştirmesidir"), and numbers and names are followed by a separate
### word ("olarak", "için", "ile ilgili") or a colon ("Yayın tarihi: …").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update, kind-hotfix and kind-howto are lower-case words, so they
# follow the title in parentheses.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { $title } ({ kind-howto })

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Bu güncelleştirme, { $bulletins } { $count ->
        [one] güvenlik bülteninde
       *[other] güvenlik bültenlerinde
    } açıklanan güvenlik açıklarını giderir.
render-issues-fixed = { $count ->
        [one] Bu güncelleştirme aşağıdaki sorunu düzeltir:
       *[other] Bu güncelleştirme aşağıdaki { $count } sorunu düzeltir:
    }
render-replaces = { $count ->
        [one] Bu güncelleştirme aşağıdaki güncelleştirmenin yerini alır:
       *[other] Bu güncelleştirme aşağıdaki { $count } güncelleştirmenin yerini alır:
    }
render-prerequisites = Bu güncelleştirmeyi uygulamak için aşağıdakilere sahip olmanız gerekir:
# cue-removal is an imperative ("123456 güncelleştirmesini kaldırın").
render-removal = Bu güncelleştirmeyi kaldırmak için Denetim Masası'ndaki Program Ekle veya Kaldır öğesini kullanın. Ardından { cue-removal }.
render-known-issues = { $count ->
        [one] Bu güncelleştirmede bilinen bir sorun vardır.
       *[other] Bu güncelleştirmede bilinen { $count } sorun vardır.
    }
render-download = Bu güncelleştirmeyi aşağıdaki konumdan karşıdan yükleyebilirsiniz:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Bu makale

# A rollup or service pack number is followed by "olarak yayımlanmıştır" (was
# released as), never by a copula suffix.
summary-kind = { $subject }, { $kind ->
        [update_rollup] { rollup-name } olarak yayımlanmıştır
        [update_rollup_unnumbered] bir güncelleştirme paketidir
        [hotfix] bir düzeltmedir
        [security_update] bir güvenlik güncelleştirmesidir
        [security_bulletin] bir güvenlik bültenidir
        [service_pack] Service Pack { $n } olarak yayımlanmıştır
        [howto] bir nasıl yapılır makalesidir
       *[other] bir Microsoft Bilgi Bankası makalesidir
    }.
summary-kind-product = { $subject }, { $kind ->
        [update_rollup] { $product } için { rollup-name } olarak yayımlanmıştır
        [update_rollup_unnumbered] { $product } için bir güncelleştirme paketidir
        [hotfix] { $product } için bir düzeltmedir
        [security_update] { $product } için bir güvenlik güncelleştirmesidir
        [security_bulletin] { $product } ile ilgili bir güvenlik bültenidir
        [service_pack] { $product } hizmet paketini açıklar
        [howto] { $product } ile ilgili bir nasıl yapılır makalesidir
       *[other] { $product } ile ilgili bir makaledir
    }.
# The label of cue-release-date: a date takes no suffix this way.
summary-released = Yayın tarihi: { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Bir sorunu düzeltir.
       *[other] { $count } sorunu düzeltir.
    }
summary-bulletins = { $count ->
        [one] { $bulletins } güvenlik bülteninde açıklanan güvenlik açıklarını giderir.
       *[other] { $bulletins } güvenlik bültenlerinde açıklanan güvenlik açıklarını giderir.
    }
summary-replaces = { $count ->
        [one] { $list } güncelleştirmesinin yerini alır.
       *[other] Önceki { $count } güncelleştirmenin yerini alır: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases.
summary-restart = { $restart ->
        [reboot_required] Bu güncelleştirmeyi uyguladıktan sonra bilgisayarı yeniden başlatmanız gerekir.
        [reboot_may_be_required] Bu güncelleştirmeyi uyguladıktan sonra bilgisayarı yeniden başlatmanız gerekebilir.
        [services_restarted] Gerekli hizmetler otomatik olarak durdurulur ve yeniden başlatılır; bilgisayarın yeniden başlatılması gerekmez.
       *[none] Bu güncelleştirmeyi uyguladıktan sonra bilgisayarı yeniden başlatmanız gerekmez.
    }
summary-known-issues = { $count ->
        [one] Bilinen bir sorunu vardır.
       *[other] Bilinen { $count } sorunu vardır.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = KB{ $kb } karşılaştırması: { $original } → { $translation }
render-reconcile-none = Fark bulunamadı.
render-reconcile-count = { $count ->
        [one] Bir bulgu.
       *[other] { $count } bulgu.
    }
render-reconcile-severity-critical = Kritik
render-reconcile-severity-major = Önemli
render-reconcile-severity-minor = Küçük
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = özgün: { $original }; çeviri: { $translation }
# One message per check id (dots and underscores as hyphens). "Yerini aldığı":
# the updates that this update replaces.
render-reconcile-identity-kb-id = Çeviri başka bir makaleye ait
render-reconcile-identity-rollup = Güncelleştirme paketi numarası farklı
render-reconcile-identity-product = Ürün farklı
render-reconcile-identity-service-pack = Hizmet paketi farklı
render-reconcile-identity-kind = Makale türü farklı
render-reconcile-title-mismatch = Başlıktaki numaralar özgün başlıktakilerden farklı
render-reconcile-security-bulletins-missing = Bir güvenlik bülteni eksik
render-reconcile-security-bulletins-extra = Bir güvenlik bülteni eklenmiş
render-reconcile-fixed-issues-missing = Düzeltilen bir sorun eksik
render-reconcile-fixed-issues-extra = Düzeltilen bir sorun eklenmiş
render-reconcile-fixed-issues-changed = Düzeltilen bir sorunun KB numarası farklı
render-reconcile-replaces-missing = Yerini aldığı bir güncelleştirme eksik
render-reconcile-replaces-extra = Yerini aldığı bir güncelleştirme eklenmiş
render-reconcile-replaces-changed = Yerini aldığı bir güncelleştirmenin KB numarası farklı
render-reconcile-removal-update-id = Kaldırılacak güncelleştirme farklı
render-reconcile-dates-release-date = Yayın tarihi farklı
render-reconcile-sections-missing = Bir bölüm eksik
render-reconcile-sections-extra = Bir bölüm eklenmiş
render-reconcile-known-issues-count = Bilinen sorunların sayısı farklı
render-reconcile-numbers-changed = Bir numara, kod veya adres değiştirilmiş
render-reconcile-numbers-missing = Bir numara, kod veya adres eksik
render-reconcile-numbers-extra = Bir numara, kod veya adres eklenmiş
render-reconcile-untranslated-block = Bir paragraf hâlâ özgün dilde
render-reconcile-untranslated-declared = Bazı paragrafların özgün dilde bırakıldığı belirtilmiş
render-reconcile-staleness-last-review = Çevirinin son gözden geçirilme tarihi özgün makaleninkinden önce
render-reconcile-staleness-revision = Çevirinin düzeltme numarası daha eski
render-reconcile-staleness-machine-translated = Çeviri makine çevirisiyle yapılmış
render-reconcile-kb-mentions-missing = Bir KB başvurusu eksik
render-reconcile-kb-mentions-extra = Bir KB başvurusu eklenmiş
render-reconcile-kb-mentions-changed = Bir KB başvurusunun numarası farklı

# Between the sentences of a summary.
summary-separator = {" "}
