# The pricing page's words in Turkish (tr), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Planlar ve fiyatlandırma
# $country: the country's name in this language.
page-description = Tüm planlar ve fiyatlar. Ziyaretçi ülkesi: { $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = Ülke: { $country }, para birimi: { $currency }.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Ülke: { $country }, para birimi: { $currency }, { $tax }.
price-note-at-checkout = { $country } için fiyatlar Wix ödeme sayfasında gösterilir.
stale-prices = Wix şu anda yanıt vermiyor, bu nedenle bu fiyatlar birkaç dakika öncesine ait olabilir. Güncel fiyat, ödeme sırasında onaylanır.
loading-plans = Planlar yükleniyor…
free-trial = Ücretsiz deneme sunuluyor: Ödeme yapmadan önce ücretli bir planı deneyin.
no-plans = Bu uygulamanın şu anda kullanılabilir bir planı yok. Lütfen daha sonra tekrar kontrol edin.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = Uygulama { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Planları karşılaştırabilirsiniz; satın almak için bu sayfayı Wix Kontrol Panelinizden açın.
signin-unverified = Wix oturumunuz doğrulanamadı.
signin-expired = Wix oturumunuzun süresi doldu.
signin-undated = Wix oturumunuzun geçerli bir tarihi yok.
current-plan-unavailable = Mevcut planınız Wix'ten yüklenemedi; lütfen birazdan tekrar deneyin.

## Controls

billing-period = Faturalandırma dönemi
period-monthly = Aylık
period-yearly = Yıllık
showing-monthly = Aylık fiyatlar gösteriliyor
showing-yearly = Yıllık fiyatlar gösteriliyor
country = Ülke
show-prices = Fiyatları göster
language = Dil

## A plan's card

most-popular = En popüler
current-plan = Mevcut plan
# $plan: the plan's name.
choose-plan = { $plan } planını seçin
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Ücretsiz
priced-outside-wix = Fiyat Wix dışında belirlenir: Ayrıntılar için uygulamaya bakın
priced-by-app = Fiyatlandırma ve faturalandırma uygulama tarafından yapılır
amount-before-tax = vergiler hariç
amount-with-tax = vergiler dahil
priced-at-checkout = Fiyat Wix ödeme sayfasında gösterilir
app-details = Ayrıntılar uygulamanın sitesinde
# $percent: a whole number.
save-percent = %{ $percent } tasarruf edin
save-up-to = %{ $percent }’e varan tasarruf
faq-heading = Sorular ve yanıtlar
per-month-unit = / ay
one-time-payment = tek seferlik ödeme
billed-once = tek seferde ödenir
billed-monthly = aylık faturalandırılır
billed-yearly = yıllık faturalandırılır
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] her ay faturalandırılır
   *[other] { $months } ayda bir faturalandırılır
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] her yıl faturalandırılır
   *[other] { $years } yılda bir faturalandırılır
}
regular-price = Normal fiyat:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, son gün: { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = Kasım indirimi
sale-limited-time = Sınırlı süreli indirim
sale-special-offer = Özel teklif
sale-generic = İndirim
# $fee: an amount with its currency.
base-fee = Aylık temel ücret: { $fee }
no-base-fee = Temel ücret yok
charged-by-usage = Kullanıma göre ücretlendirilir
# $step: an amount in US dollars.
charged-in-steps = Kullanıma göre, { $step } tutarındaki adımlarla ücretlendirilir (her zaman ABD doları cinsinden)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = { $rate } KDV dahil
tax-excluded-vat = { $rate } KDV hariç
tax-included-gst = { $rate } GST dahil
tax-excluded-gst = { $rate } GST hariç
tax-included-vat-no-rate = KDV dahil
tax-excluded-vat-no-rate = KDV hariç
tax-included-gst-no-rate = GST dahil
tax-excluded-gst-no-rate = GST hariç

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Daha uygun fiyatlı bir plana geçmek için önce Wix'te mevcut planınızı iptal edin.
blocked-shorter-cycle = Yıllık olarak faturalandırılıyorsunuz: Aylık faturalandırmaya geçmek için önce Wix'te planınızı iptal etmeniz gerekir.

## Comparison table

compare-plans = Planları karşılaştırın
# $app: the app's name.
compare-app-plans = { $app } planlarını karşılaştırın
compare-plans-range = Planları karşılaştırın: { $first } – { $last }
compare-app-plans-range = { $app } planlarını karşılaştırın: { $first } – { $last }
benefit = Özellik
included = Dahil
not-included = Dahil değil

## Errors

error-bad-request-title = Bu bağlantıda bir sorun var
error-bad-request-advice = Adresi kontrol edin veya varsayılan görünümü açın.
error-forbidden-title = Lütfen bu sayfayı Wix'ten yeniden açın
error-forbidden-advice = Sitenizin kontrol panelinde “Upgrade App” seçeneğini kullanın, ardından planınızı seçin.
error-conflict-title = Bu değişiklik burada yapılamaz
error-conflict-advice = Daha uygun fiyatlı bir plana veya yıllık faturalandırmadan aylık faturalandırmaya geçmek için önce Wix'te mevcut planınızı iptal edin.
error-not-found-title = Bu sayfa mevcut değil
error-not-found-advice = Adresi kontrol edin veya varsayılan görünümü açın.
error-unknown-app-title = Bu uygulama kullanılamıyor
error-unknown-app-advice = Uygulama, Wix App Market'ten kaldırılmış olabilir.
error-unavailable-title = Fiyatlar şu anda kullanılamıyor
error-unavailable-advice = Wix şu anda yanıt vermiyor. Lütfen bir dakika sonra tekrar deneyin.
error-throttled-advice = Lütfen biraz sonra yeniden deneyin.
error-failed-title = Bir şeyler ters gitti
error-failed-advice = Lütfen daha sonra tekrar deneyin.
error-refused-title = Bu istek reddedildi
error-refused-advice = Adresi kontrol edin veya biraz bekleyip tekrar deneyin.
error-show-default = Varsayılan görünümü göster
error-try-again = Tekrar dene
# $id: a request ID the visitor can quote to support.
error-reference = Referans: { $id }

## Marketing preview

preview-title = Ülkelere göre fiyat önizlemesi
preview-intro = Her ülkedeki ziyaretçilerin ne ödediği, yan yana. İşaretli hücrelere bir kez daha bakmakta fayda var.
preview-download = İndir:
# $count: a whole number.
preview-asking = { $count ->
    [one] Wix'ten bir ülkenin fiyatları isteniyor…
   *[other] Wix'ten { $count } ülkenin fiyatları isteniyor…
}
preview-preset = Hazır ayar
preview-countries = Ülkeler
preview-add-country = Ülke ekle
preview-name-or-code = Ad veya kod
preview-show = Önizlemeyi göster
preview-app = Uygulama
preview-plan = Plan
preview-cycle = Dönem
preview-per-month = Aylık
preview-per-cycle = Dönem başına
preview-on-sale = İndirimde:
preview-check = Kontrol edin:
preset-default = Ana pazarlar
preset-eu = Avrupa Birliği
preset-g7 = G7
preset-all = Tüm ülkeler
cycle-monthly = Aylık
cycle-yearly = Yıllık
cycle-one-time = Tek seferlik
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Her ay
   *[other] { $months } ayda bir
}
cycle-other = Diğer

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = Faturalandırma dönemi aylık veya yıllık olmalıdır, “{ $value }” olamaz.
# $value: what the address said, as the visitor typed it.
error-bad-preset = Hazır ayar default, eu, g7 veya all olmalıdır, “{ $value }” olamaz.
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }”, de-DE gibi bir dil kodu değil.
# $value: what the address said, as the visitor typed it.
error-bad-country = “{ $value }”, bu sayfanın tanıdığı bir ülke değil.
error-bad-query = Bu adresteki bir parametre okunamıyor.
error-no-page = Bu adreste bir sayfa yok.
error-checkout-incomplete = Ödeme isteği eksik: Fiyatlandırma sayfasında bir plan seçin.
error-checkout-field-too-long = Ödeme formundaki bir alan çok uzun.
error-checkout-unknown-app = Bu uygulama bu sayfada satılmıyor.
error-checkout-unknown-cycle = Bu faturalandırma dönemi Wix tarafından tanınmıyor.
error-checkout-unknown-plan = Bu plan satılmıyor (veya artık satılmıyor).
error-checkout-plan-cycle = Bu plan, bu faturalandırma dönemiyle satılmıyor.
error-other-app = Başka bir uygulama için oturum açmışsınız.
error-installer-return = Wix yükleyicisinden yapılan bu dönüş geçerli değil; lütfen planınızı yeniden seçin.
error-installer-cannot-continue = Bu ödeme bu site için devam edemiyor. Uygulamayı sitenizin panosundan açın ve satın alabileceğiniz planları görmek için “Uygulamayı Yükselt”i seçin.
blocked-current-plan = Bu zaten mevcut planınız.
error-wix-timeout = Wix zamanında yanıt vermedi.
error-wix-unknown-app = Wix bu uygulamayı tanımıyor.
error-wix-failed = Wix bir hatayla yanıt verdi.
error-wix-down = Wix şu anda yanıt vermiyor.
error-wix-throttled = Wix, yeniden sormadan önce biraz beklememizi istedi.
error-wix-refused = Wix bu isteği reddetti.
error-country-not-priced = Wix’te şu anda bu ülke için bu sayfanın gösterebileceği fiyat yok.
error-wix-untrusted-checkout = Wix, bu sayfanın güvenmediği bir ödeme adresiyle yanıt verdi.
error-internal = Bu sayfa oluşturulamadı.
error-preview-token = Fiyat önizlemesi için ilgili token gereklidir.
error-webhook-unsigned = Bu istek, Wix tarafından imzalanmış bir olay değil.
error-metrics-token = Ölçümler için belirteç gerekir.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] IP adresinizden çok fazla istek geldi; lütfen bir saniye sonra tekrar deneyin.
   *[other] IP adresinizden çok fazla istek geldi; lütfen { $seconds } saniye sonra tekrar deneyin.
}
error-address-too-long = Adres çok uzun.
error-too-many-parameters = Adreste çok fazla parametre var.
error-parameter-too-long = Adresteki bir parametre çok uzun.
error-header-too-large = Bir istek başlığı çok büyük.
error-bad-host = İstek, ana bilgisayarını yalnızca bir kez belirtmelidir.
error-body-too-large = İstek gövdesi çok büyük.
error-body-cut-off = İstek gövdesi yarıda kesildi.
error-body-too-slow = İstek gövdesinin ulaşması çok uzun sürdü.
error-method-not-allowed = Bu adres bu tür bir isteği kabul etmiyor.
error-request-timeout = İstek çok uzun sürdü.
error-refused = İstek reddedildi.
error-busy = Sunucu başka isteklerle meşgul. Lütfen birkaç saniye sonra yeniden deneyin.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Tutarlar { $locale } biçimine göre gösteriliyor.
# The accessible name of the scrolling table.
preview-prices-by-country = Ülkelere göre fiyatlar
# The preset list's first choice: no preset.
preview-no-preset = Yok
preview-failed = Wix bu ülke için yanıt vermedi.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Burada fiyat yok, ancak başka bir ülkede var.
   *[other] Burada fiyat yok, ancak başka { $others } ülkede var.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Tasarruf %{ $saving }, medyan tasarruf ise %{ $median }.
preview-pages = Ülke sayfaları
preview-page-range = { $count } ülkeden { $first }–{ $last } arası
preview-previous = Önceki ülkeler
preview-next = Sonraki ülkeler
preview-flagged = { $cells ->
    [0] Bu sayfada işaretli bir şey yok.
    [one] Bu sayfada bir hücre işaretli:
   *[other] Bu sayfada { $cells } hücre işaretli:
}
preview-checks = Kontrol edilenler: diğer ülkelerde olduğu halde eksik olan bir fiyat, medyandan çok uzak bir yıllık tasarruf, aynı para birimi cinsinden fiyatlandırılan diğer ülkelerin tutarlarından çok uzak bir tutar, kendi para birimi dışında bir para birimi cinsinden fiyatlandırılan bir ülke, aynı para birimi cinsinden fiyatlandırılan ülkelerin çoğunda gösterildiği halde eksik olan bir vergi etiketi, Wix'in yanıt vermediği bir ülke.
preview-new-tab = (yeni sekmede açılır)
preview-chosen = Seçilen ülkeler
preview-remove = { $country } ülkesini kaldır
preview-not-understood = Tanınmadı: { $entries }. Bir ülkenin adını veya iki harfli kodunu yazın.
preview-show-only = Yalnızca şunları göster
preview-all = Tümü
preview-filter = Satırları filtrele
preview-flag-above-peers = { $currency } cinsinden fiyatlandırılan { $count } ülkenin medyanının %{ $percent } üzerinde.
preview-flag-below-peers = { $currency } cinsinden fiyatlandırılan { $count } ülkenin medyanının %{ $percent } altında.
preview-as-of = Wix'in { $time } UTC itibarıyla bildirdiği fiyatlar.
preview-flag-ratio = Burada { $plan } fiyatının { $ratio } katı; diğer ülkelerin medyanı ise { $median } kat.
preview-flag-no-tax-label = Vergi etiketi yok; oysa { $currency } cinsinden fiyatlandırılan { $count } ülkenin { $with } tanesi bir vergi etiketi gösteriyor.
preview-countries-as-rows = Satırlarda ülkeler
preview-plans-as-rows = Satırlarda planlar
preview-sort-by = { $country } ülkesine göre sırala
preview-flag-foreign-currency = Fiyatlar bu ülkenin kendi para birimi olan { $own } cinsinden değil, { $currency } cinsinden: Wix, yerel para biriminde satış yapmadığı yerlerde bunu yapar.
error-bad-page = “{ $value }” bu önizlemenin bir sayfası değil; sayfaları 1 ile { $pages } arasındadır.
error-workbook-too-large = { $lines } satırlık bir çalışma kitabı bu dışa aktarmanın oluşturabileceğinden büyük (en fazla { $most }): daha az ülke seçin, satırları daraltın veya CSV'yi indirin.

## The owner's page: theme, embedding, coupons.
error-bad-theme = Tema light veya dark olmalıdır, “{ $value }” olamaz.
# $value: what the address said, as the visitor typed it.
error-bad-embed = Yerleştirme (embed) parametresi 1 veya 0 olmalıdır, “{ $value }” olamaz.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }” bir kupon kodu değil: Kodlar harf, rakam, - ve _ içerebilir ve en fazla 64 karakter olabilir.
error-bad-instance-id = “{ $value }” bir uygulama örneği kimliği değil.
# $code: the coupon code, as given.
coupon-applied = { $code } kuponu ödeme sırasında uygulanacak.
# $code: the coupon code, as given.
error-coupon-rejected = Wix, “{ $code }” kuponunu kabul etmedi: Kuponun süresi dolmuş olabilir veya kupon bu plan için geçerli olmayabilir.
error-without-coupon = Planları kupon olmadan görüntüleyin
footer-wix = Ödemeler Wix tarafından güvenli bir şekilde işlenir.
brand-logo = Logo
