### kbnorm locale data: Turkish (tr). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the tr corpus pages (vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Turkish capitals: "i" is "İ" in capitals, which generic upper-casing does not
### produce ("GIRIŞ"), so capitalised headings are listed as forms of their own.

## Identity of the locale

locale-name = Türkçe
locale-whatlang = tur

## Section headings

heading-summary = Özet
heading-introduction = Giriş
    .match =
        GİRİŞ
heading-symptoms = Belirtiler
    .match =
        ~BELİRTİLER
heading-cause = Neden
heading-resolution = Çözüm
heading-workaround = ~Geçici Çözüm
    .match =
        ~GEÇİCİ ÇÖZÜM
heading-status = ~Durum
heading-more-information = Daha fazla bilgi
    .match =
        ~DAHA FAZLA BİLGİ
heading-issues-fixed = ~Bu güncelleştirmenin düzelttiği sorunlar
    .match =
        ~Güncelleştirme paketinin düzelttiği sorunlar
heading-service-pack-information = ~Hizmet paketi bilgileri
heading-update-rollup-information = ~Güncelleştirme paketi bilgileri
heading-download-information = Bu güncelleştirme nasıl edinilir
    .match =
        ~Güncelleştirme paketi nasıl edinilir
heading-update-replacement = ~Güncelleştirme değiştirme bilgileri
    .match =
        ~Düzeltme değiştirme bilgileri
heading-prerequisites = Önkoşullar
heading-restart-requirement = Yeniden başlatma gereksinimi
heading-removal-information = ~Kaldırma bilgileri
heading-owa-customization = ~Outlook Web Access kullanıcıları için Outlook Web Access özelleştirmesiyle ilgili önemli bilgiler
heading-known-issues = Bilinen Sorunlar
heading-file-information = ~Dosya bilgileri
heading-hotfix-information = Düzeltme bilgileri
heading-references = Başvurular
heading-applies-to = ~Uygulandığı öğe
    .match =
        ~Uygulandığı öğeler
heading-keywords = ~Anahtar Kelimeler
heading-properties = ~Özellikler

heading-known-issue-item = ~Sorun { $n }

## Page chrome

chrome = Hepsini aç | Hepsini kapa
    .match =
        Makale çevirileri Makale çevirileri
        Makale çevirileri
        Bu makalenin geçerli olduğu ürünleri görün.
        (Bu bağlantı, bir kısmı veya tamamı İngilizce olan içeriğe işaret edebilir.)
        Show all imageTümünü gösterHide all imageTümünü gizle
        Bu resmi kapatBu resmi aç

# "Bu makalede" (TOC label) starts many sentences: only as a whole line.
chrome-line = Bu Sayfada
    .match =
        Bu makalede
        Tümünü göster
        Tümünü gizle
        Bu resmi kapat
        Bu resmi aç

## Facts

cue-article-id = Makale numarası: { $kb }
cue-last-review = ~Son Gözden Geçirme: { $date }
    .match =
        ~Son Güncelleştirme: { $date }
        ~Son İnceleme: { $date }
cue-revision = ~Düzeltme: { $revision }
    .match =
        Sürüm: { $revision }
cue-release-date = Yayın Tarihi: { $date }
    .match =
        Yayımlanma Tarihi: { $date }
cue-removal = ~{ $kb } güncelleştirmesini kaldırın
cue-translation-of = ~Bu makalenin İngilizcesini de görmek için şu numarayı kullanın: { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Özgün metin ({ $language }):
cue-machine-translated = ~Bu makale, bir kişi tarafından çevrilmek yerine
    .match =
        ~makine çevirisi yazılımı ile çevrilmiştir

rollup-name = ~Güncelleştirme Paketi { $n }
    .match =
        ~Toplu Güncelleştirme { $n }

# Turkish puts "Description of" last: "… için Güncelleştirme Paketi 7'nin açıklaması".
title-rollup = ~{ $product } için { rollup-name }
    .match =
        ~{ $product } için { rollup-name } açıklaması

title-stop = ~Bu makalede
    .match =
        ~Microsoft, bu

## Restart requirement

restart-reboot-required = ~yeniden başlatmanız gerekir
    .match =
        ~yeniden başlatmanız gerekiyor
restart-reboot-may-be-required = ~yeniden başlatmanız gerekebilir
restart-services-restarted = ~Gerekli hizmetler otomatik olarak durdurulur ve yeniden başlatılır
restart-none = ~yeniden başlatmanız gerekmez
    .match =
        ~yeniden başlatmanız gerekmiyor
        ~yeniden başlatmak zorunda değilsiniz

## Kinds

kind-security-update = güvenlik güncelleştirmesi
kind-hotfix = düzeltme
kind-service-pack = ~{ $product } Service Pack { $n } açıklaması
kind-howto = nasıl giderilir
    .match =
        ~NASIL YAPILIR
        ~nasıl yapılır
        ~nasıl yapılandırılır
        ~nasıl kullanılır
        ~nasıl yüklenir
        ~nasıl kaldırılır
        ~nasıl oluşturulur
        ~nasıl etkinleştirilir
        ~nasıl devre dışı bırakılır
        ~nasıl değiştirilir
        ~nasıl edinilir

## Dates

date = { $day } { $month } { $year }
    .match =
        ~{ $day }.{ $month_num }.{ $year }

month-1 = Ocak
    .match =
        ~Oca
month-2 = Şubat
    .match =
        ~Şub
month-3 = ~Mart
    .match =
        ~Mar
month-4 = Nisan
    .match =
        ~Nis
month-5 = ~Mayıs
    .match =
        ~May
month-6 = ~Haziran
    .match =
        ~Haz
month-7 = Temmuz
    .match =
        ~Tem
month-8 = ~Ağustos
    .match =
        ~Ağu
month-9 = ~Eylül
    .match =
        ~Eyl
month-10 = ~Ekim
    .match =
        ~Eki
month-11 = ~Kasım
    .match =
        ~Kas
month-12 = ~Aralık
    .match =
        ~Ara

## Language identification: frequent, distinctly Turkish function words.

stopwords = ve bir bu için ile olan gibi daha çok veya ancak kadar sonra olarak ise değil şu tüm yok bunu bunun nasıl aşağıdaki şekilde olduğu eğer gerekir ayrıca
