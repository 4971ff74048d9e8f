# The pricing page's words in Russian (ru), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Тарифы и цены
# $country: the country's name in this language.
page-description = Все тарифы и цены. Страна посетителя: { $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = Страна: { $country }, валюта: { $currency }.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Страна: { $country }, валюта: { $currency }, { $tax }.
price-note-at-checkout = Цены для страны { $country } будут указаны при оплате в Wix.
stale-prices = Wix сейчас не отвечает, поэтому цены могут быть неактуальны на несколько минут. Актуальная цена будет подтверждена при оплате.
loading-plans = Загрузка тарифов…
free-trial = Есть бесплатный пробный период: попробуйте платный тариф, прежде чем платить.
no-plans = Для этого приложения сейчас нет доступных тарифов. Пожалуйста, загляните позже.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = Приложение { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Вы можете сравнить тарифы; чтобы купить тариф, откройте эту страницу из панели управления Wix.
signin-unverified = Не удалось проверить вашу сессию Wix.
signin-expired = Срок действия вашей сессии Wix истёк.
signin-undated = У вашей сессии Wix нет действительной даты.
current-plan-unavailable = Не удалось загрузить ваш текущий тариф из Wix. Попробуйте ещё раз чуть позже.

## Controls

billing-period = Период оплаты
period-monthly = Ежемесячно
period-yearly = Ежегодно
showing-monthly = Показаны цены при оплате помесячно
showing-yearly = Показаны цены при оплате за год
country = Страна
show-prices = Показать цены
language = Язык

## A plan's card

most-popular = Самый популярный
current-plan = Текущий тариф
# $plan: the plan's name.
choose-plan = Выбрать тариф { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Бесплатно
priced-outside-wix = Цена устанавливается вне Wix: подробности в приложении
priced-by-app = Цену и оплату определяет приложение
amount-before-tax = без налогов
amount-with-tax = с налогами
priced-at-checkout = Цена будет указана при оплате в Wix
app-details = Подробнее на сайте приложения
# $percent: a whole number.
save-percent = Экономия { $percent }%
save-up-to = Экономия до { $percent }%
faq-heading = Вопросы и ответы
per-month-unit = / мес.
one-time-payment = разовый платёж
billed-once = оплата один раз
billed-monthly = оплата раз в месяц
billed-yearly = оплата раз в год
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] оплата раз в { $months } месяц
    [few] оплата раз в { $months } месяца
    [many] оплата раз в { $months } месяцев
   *[other] оплата раз в { $months } месяца
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] оплата раз в { $years } год
    [few] оплата раз в { $years } года
    [many] оплата раз в { $years } лет
   *[other] оплата раз в { $years } года
}
regular-price = Обычная цена:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, до { $until }
sale-black-friday = Чёрная пятница
sale-cyber-monday = Киберпонедельник
sale-november = Ноябрьская распродажа
sale-limited-time = Предложение ограничено по времени
sale-special-offer = Специальное предложение
sale-generic = Акция
# $fee: an amount with its currency.
base-fee = Базовая плата: { $fee } в месяц
no-base-fee = Без базовой платы
charged-by-usage = Оплата по факту использования
# $step: an amount in US dollars.
charged-in-steps = Оплата по факту использования, с шагом { $step } (всегда в долларах США)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = включая НДС { $rate }
tax-excluded-vat = без учёта НДС { $rate }
tax-included-gst = включая GST { $rate }
tax-excluded-gst = без учёта GST { $rate }
tax-included-vat-no-rate = включая НДС
tax-excluded-vat-no-rate = без учёта НДС
tax-included-gst-no-rate = включая GST
tax-excluded-gst-no-rate = без учёта GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Чтобы перейти на более дешёвый тариф, сначала отмените текущий тариф в Wix.
blocked-shorter-cycle = Вы оплачиваете тариф раз в год: чтобы перейти на ежемесячную оплату, сначала отмените тариф в Wix.

## Comparison table

compare-plans = Сравнение тарифов
# $app: the app's name.
compare-app-plans = Сравнение тарифов приложения { $app }
compare-plans-range = Сравнение тарифов: от { $first } до { $last }
compare-app-plans-range = Сравнение тарифов приложения { $app }: от { $first } до { $last }
benefit = Возможность
included = Включено
not-included = Не включено

## Errors

error-bad-request-title = С этой ссылкой что-то не так
error-bad-request-advice = Проверьте адрес или откройте стандартный вид.
error-forbidden-title = Откройте эту страницу из Wix ещё раз
error-forbidden-advice = Нажмите «Upgrade App» в панели управления сайтом, затем выберите тариф.
error-conflict-title = Это изменение здесь недоступно
error-conflict-advice = Чтобы перейти на более дешёвый тариф или с ежегодной оплаты на ежемесячную, сначала отмените текущий тариф в Wix.
error-not-found-title = Такой страницы не существует
error-not-found-advice = Проверьте адрес или откройте стандартный вид.
error-unknown-app-title = Это приложение недоступно
error-unknown-app-advice = Возможно, приложение было удалено из Wix App Market.
error-unavailable-title = Цены сейчас недоступны
error-unavailable-advice = Wix сейчас не отвечает. Попробуйте ещё раз через минуту.
error-throttled-advice = Повторите попытку чуть позже.
error-failed-title = Что-то пошло не так
error-failed-advice = Попробуйте позже.
error-refused-title = Запрос отклонён
error-refused-advice = Проверьте адрес или подождите немного и попробуйте снова.
error-show-default = Показать стандартный вид
error-try-again = Попробовать снова
# $id: a request ID the visitor can quote to support.
error-reference = Идентификатор запроса: { $id }

## Marketing preview

preview-title = Предпросмотр цен по странам
preview-intro = Сколько платят посетители из каждой страны — рядом для сравнения. Отмеченные ячейки стоит перепроверить.
preview-download = Скачать:
# $count: a whole number.
preview-asking = { $count ->
    [one] Запрашиваем у Wix цены для { $count } страны…
    [few] Запрашиваем у Wix цены для { $count } стран…
    [many] Запрашиваем у Wix цены для { $count } стран…
   *[other] Запрашиваем у Wix цены для { $count } страны…
}
preview-preset = Набор
preview-countries = Страны
preview-add-country = Добавить страну
preview-name-or-code = Название или код
preview-show = Показать предпросмотр
preview-app = Приложение
preview-plan = Тариф
preview-cycle = Период
preview-per-month = В месяц
preview-per-cycle = За период
preview-on-sale = Акция:
preview-check = Проверить:
preset-default = Основные рынки
preset-eu = Европейский союз
preset-g7 = G7
preset-all = Все страны
cycle-monthly = Ежемесячно
cycle-yearly = Ежегодно
cycle-one-time = Разово
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Раз в { $months } месяц
    [few] Раз в { $months } месяца
    [many] Раз в { $months } месяцев
   *[other] Раз в { $months } месяца
}
cycle-other = Другое

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = Период оплаты должен быть ежемесячным или ежегодным, а не «{ $value }».
# $value: what the address said, as the visitor typed it.
error-bad-preset = Набор должен быть одним из следующих: default, eu, g7 или all, а не «{ $value }».
# $value: what the address said, as the visitor typed it.
error-bad-language = «{ $value }» не является кодом языка вида de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = Страна «{ $value }» этой странице неизвестна.
error-bad-query = Не удаётся прочитать один из параметров этого адреса.
error-no-page = По этому адресу нет страницы.
error-checkout-incomplete = Запрос на оплату неполный: выберите тариф на странице с ценами.
error-checkout-field-too-long = Одно из полей формы оплаты слишком длинное.
error-checkout-unknown-app = Это приложение не продаётся на этой странице.
error-checkout-unknown-cycle = Wix не знает такого периода оплаты.
error-checkout-unknown-plan = Этот тариф не продаётся или снят с продажи.
error-checkout-plan-cycle = Этот тариф не продаётся с таким периодом оплаты.
error-other-app = Вы вошли в систему для другого приложения.
error-installer-return = Некорректный возврат из установщика Wix. Выберите тариф ещё раз.
error-installer-cannot-continue = Эту оплату нельзя продолжить для этого сайта. Откройте приложение в панели управления сайта и выберите «Улучшить приложение», чтобы увидеть тарифы, которые можно купить.
blocked-current-plan = Этот тариф у вас уже подключён.
error-wix-timeout = Wix не ответил вовремя.
error-wix-unknown-app = Wix не знает такого приложения.
error-wix-failed = Wix вернул ошибку.
error-wix-down = Wix сейчас не отвечает.
error-wix-throttled = Wix попросил немного подождать, прежде чем спрашивать снова.
error-wix-refused = Wix отклонил этот запрос.
error-country-not-priced = Сейчас у Wix нет цен для этой страны, которые может показать эта страница.
error-wix-untrusted-checkout = Wix вернул адрес оплаты, которому эта страница не доверяет.
error-internal = Не удалось сформировать эту страницу.
error-preview-token = Для предпросмотра цен нужен соответствующий токен.
error-webhook-unsigned = Этот запрос не является событием, подписанным Wix.
error-metrics-token = Для метрик нужен токен.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Слишком много запросов с вашего IP-адреса. Повторите попытку через { $seconds } секунду.
    [few] Слишком много запросов с вашего IP-адреса. Повторите попытку через { $seconds } секунды.
    [many] Слишком много запросов с вашего IP-адреса. Повторите попытку через { $seconds } секунд.
   *[other] Слишком много запросов с вашего IP-адреса. Повторите попытку через { $seconds } секунды.
}
error-address-too-long = Адрес слишком длинный.
error-too-many-parameters = В адресе слишком много параметров.
error-parameter-too-long = Один из параметров адреса слишком длинный.
error-header-too-large = Один из заголовков запроса слишком большой.
error-bad-host = В запросе хост должен быть указан ровно один раз.
error-body-too-large = Тело запроса слишком большое.
error-body-cut-off = Тело запроса было обрезано.
error-body-too-slow = Тело запроса передавалось слишком долго.
error-method-not-allowed = Этот адрес не принимает запросы такого типа.
error-request-timeout = Запрос выполнялся слишком долго.
error-refused = Запрос отклонён.
error-busy = Сервер занят другими запросами. Повторите попытку через несколько секунд.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Суммы отформатированы для { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Цены по странам
# The preset list's first choice: no preset.
preview-no-preset = Нет
preview-failed = Wix не ответил по этой стране.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Здесь нет цены, хотя в { $others } другой стране она есть.
    [few] Здесь нет цены, хотя в { $others } других странах она есть.
    [many] Здесь нет цены, хотя в { $others } других странах она есть.
   *[other] Здесь нет цены, хотя в { $others } других странах она есть.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Экономия { $saving }%, тогда как медианная экономия — { $median }%.
preview-pages = Страницы стран
preview-page-range = Страны с { $first } по { $last } из { $count }
preview-previous = Предыдущие страны
preview-next = Следующие страны
preview-flagged = { $cells ->
    [0] На этой странице ничего не отмечено.
    [one] На этой странице отмечена { $cells } ячейка:
    [few] На этой странице отмечены { $cells } ячейки:
    [many] На этой странице отмечено { $cells } ячеек:
   *[other] На этой странице отмечено { $cells } ячейки:
}
preview-checks = Что проверяется: отсутствие цены, когда в других странах она есть; годовая экономия, далёкая от медианной; сумма, далёкая от сумм других стран с ценами в той же валюте; страна с ценами не в своей валюте; отсутствие пометки о налоге, когда у большинства стран с ценами в той же валюте она есть; страна, по которой Wix не ответил.
preview-new-tab = (открывается в новой вкладке)
preview-chosen = Выбранные страны
preview-remove = Убрать: { $country }
preview-not-understood = Не распознано: { $entries }. Введите название страны или её двухбуквенный код.
preview-show-only = Показать только
preview-all = Все
preview-filter = Отфильтровать строки
preview-flag-above-peers = { $count ->
    [one] На { $percent }% выше медианы по { $count } стране с ценами в { $currency }.
    [few] На { $percent }% выше медианы по { $count } странам с ценами в { $currency }.
    [many] На { $percent }% выше медианы по { $count } странам с ценами в { $currency }.
   *[other] На { $percent }% выше медианы по { $count } странам с ценами в { $currency }.
}
preview-flag-below-peers = { $count ->
    [one] На { $percent }% ниже медианы по { $count } стране с ценами в { $currency }.
    [few] На { $percent }% ниже медианы по { $count } странам с ценами в { $currency }.
    [many] На { $percent }% ниже медианы по { $count } странам с ценами в { $currency }.
   *[other] На { $percent }% ниже медианы по { $count } странам с ценами в { $currency }.
}
preview-as-of = Цены в том виде, в каком Wix передал их { $time } UTC.
preview-flag-ratio = Здесь отношение к цене { $plan } составляет { $ratio }, а медиана по остальным странам — { $median }.
preview-flag-no-tax-label = { $count ->
    [one] Нет пометки о налоге, хотя она есть у { $with } из { $count } страны с ценами в { $currency }.
    [few] Нет пометки о налоге, хотя она есть у { $with } из { $count } стран с ценами в { $currency }.
    [many] Нет пометки о налоге, хотя она есть у { $with } из { $count } стран с ценами в { $currency }.
   *[other] Нет пометки о налоге, хотя она есть у { $with } из { $count } страны с ценами в { $currency }.
}
preview-countries-as-rows = Страны по строкам
preview-plans-as-rows = Тарифы по строкам
preview-sort-by = Сортировка: { $country }
preview-flag-foreign-currency = Цены в { $currency }, а не в { $own }, собственной валюте этой страны: так Wix поступает там, где не продаёт в местной валюте.
error-bad-page = «{ $value }» — не страница этого предпросмотра; его страницы — с 1 по { $pages }.
error-workbook-too-large = Число строк в книге ({ $lines }) больше, чем создаёт этот экспорт (не более { $most }): выберите меньше стран, сузьте строки или скачайте CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = Тема оформления должна быть light или dark, а не «{ $value }».
# $value: what the address said, as the visitor typed it.
error-bad-embed = Параметр embed должен быть равен 1 или 0, а не «{ $value }».
# $value: what the address said, as the visitor typed it.
error-bad-coupon = «{ $value }» не является промокодом: код может содержать буквы, цифры, - и _ и быть не длиннее 64 символов.
error-bad-instance-id = «{ $value }» — это не идентификатор экземпляра приложения.
# $code: the coupon code, as given.
coupon-applied = Промокод { $code } будет применён при оплате.
# $code: the coupon code, as given.
error-coupon-rejected = Wix не принял промокод «{ $code }»: возможно, срок его действия истёк или он не действует для этого тарифа.
error-without-coupon = Посмотреть тарифы без промокода
footer-wix = Оплата безопасно проводится через Wix.
brand-logo = Логотип
