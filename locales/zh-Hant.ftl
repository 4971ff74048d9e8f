# The pricing page's words in Traditional Chinese (zh-Hant), translated from en.ftl.
# Written as used in Taiwan (and read in Hong Kong).
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = 方案與價格
# $country: the country's name in this language.
page-description = 為來自{ $country }的訪客列出所有方案與價格。
# $country: country name; $currency: ISO code such as EUR.
price-note = { $country }的價格，以 { $currency } 計價。
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = { $country }的價格，以 { $currency } 計價，{ $tax }。
price-note-at-checkout = { $country } 的價格將於 Wix 結帳時顯示。
stale-prices = Wix 目前沒有回應，因此這些價格可能是幾分鐘前的資料。結帳時會確認最新價格。
loading-plans = 正在載入方案…
free-trial = 提供免費試用：付款前即可先試用付費方案。
no-plans = 此應用程式目前沒有可用的方案，請稍後再回來查看。
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = 應用程式 { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason }您可以比較方案；如要購買，請從 Wix 控制台開啟此頁面。
signin-unverified = 無法驗證您的 Wix 登入資訊。
signin-expired = 您的 Wix 登入已過期。
signin-undated = 您的 Wix 登入資訊缺少有效日期。
current-plan-unavailable = 無法從 Wix 載入您目前的方案，請稍後再試。

## Controls

billing-period = 帳單週期
period-monthly = 月繳
period-yearly = 年繳
showing-monthly = 目前顯示月繳價格
showing-yearly = 目前顯示年繳價格
country = 國家/地區
show-prices = 查看價格
language = 語言

## A plan's card

most-popular = 最受歡迎
current-plan = 目前方案
# $plan: the plan's name.
choose-plan = 選擇 { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }：{ $billed }
free = 免費
priced-outside-wix = 於 Wix 以外定價：詳情請見應用程式
priced-by-app = 由應用程式定價並收費
amount-before-tax = 未稅
amount-with-tax = 含稅
priced-at-checkout = 價格將於 Wix 結帳時顯示
app-details = 前往應用程式網站查看詳情
# $percent: a whole number.
save-percent = 省下 { $percent }%
save-up-to = 最多省 { $percent }%
faq-heading = 常見問題
per-month-unit = /月
one-time-payment = 單次付款
billed-once = 一次付清
billed-monthly = 按月計費
billed-yearly = 按年計費
# $months: a whole number (not formatted).
billed-every-months = { $months ->
   *[other] 每 { $months } 個月計費一次
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
   *[other] 每 { $years } 年計費一次
}
regular-price = 原價：
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }，至 { $until } 止
sale-black-friday = 黑色星期五
sale-cyber-monday = 網路星期一
sale-november = 11 月優惠
sale-limited-time = 限時優惠
sale-special-offer = 特別優惠
sale-generic = 特價
# $fee: an amount with its currency.
base-fee = 每月基本費用 { $fee }
no-base-fee = 無基本費用
charged-by-usage = 依用量計費
# $step: an amount in US dollars.
charged-in-steps = 依用量計費，以 { $step } 為一個級距（一律以美元計價）
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = 含 { $rate } 加值稅
tax-excluded-vat = 未含 { $rate } 加值稅
tax-included-gst = 含 { $rate } GST
tax-excluded-gst = 未含 { $rate } GST
tax-included-vat-no-rate = 含加值稅
tax-excluded-vat-no-rate = 未含加值稅
tax-included-gst-no-rate = 含 GST
tax-excluded-gst-no-rate = 未含 GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = 如要改用較便宜的方案，請先在 Wix 取消目前的方案。
blocked-shorter-cycle = 您目前為年繳：如要改為月繳，請先在 Wix 取消目前的方案。

## Comparison table

compare-plans = 比較方案
# $app: the app's name.
compare-app-plans = 比較 { $app } 的方案
compare-plans-range = 比較方案：{ $first } 至 { $last }
compare-app-plans-range = 比較 { $app } 的方案：{ $first } 至 { $last }
benefit = 權益
included = 包含
not-included = 不包含

## Errors

error-bad-request-title = 此連結似乎不太對
error-bad-request-advice = 請檢查網址，或開啟預設檢視。
error-forbidden-title = 請從 Wix 重新開啟此頁面
error-forbidden-advice = 請在網站控制台中點選「升級應用程式」，然後選擇方案。
error-conflict-title = 無法在此進行這項變更
error-conflict-advice = 如要改用較便宜的方案，或從年繳改為月繳，請先在 Wix 取消目前的方案。
error-not-found-title = 此頁面不存在
error-not-found-advice = 請檢查網址，或開啟預設檢視。
error-unknown-app-title = 此應用程式無法使用
error-unknown-app-advice = 此應用程式可能已從 Wix 應用程式市集下架。
error-unavailable-title = 目前無法取得價格
error-unavailable-advice = Wix 目前沒有回應，請過一分鐘再試。
error-throttled-advice = 請稍後再試一次。
error-failed-title = 發生錯誤
error-failed-advice = 請稍後再試。
error-refused-title = 此要求已遭拒絕
error-refused-advice = 請檢查網址，或稍候片刻再試。
error-show-default = 顯示預設檢視
error-try-again = 再試一次
# $id: a request ID the visitor can quote to support.
error-reference = 參考編號：{ $id }

## Marketing preview

preview-title = 各國價格預覽
preview-intro = 並列比較各國家/地區訪客支付的價格。有標示的儲存格值得再次確認。
preview-download = 下載：
# $count: a whole number.
preview-asking = { $count ->
   *[other] 正在向 Wix 查詢 { $count } 個國家/地區的價格…
}
preview-preset = 預設組合
preview-countries = 國家/地區
preview-add-country = 新增國家/地區
preview-name-or-code = 名稱或代碼
preview-show = 顯示預覽
preview-app = 應用程式
preview-plan = 方案
preview-cycle = 週期
preview-per-month = 每月
preview-per-cycle = 每週期
preview-on-sale = 特價中：
preview-check = 請確認：
preset-default = 主要市場
preset-eu = 歐盟
preset-g7 = G7
preset-all = 所有國家/地區
cycle-monthly = 月繳
cycle-yearly = 年繳
cycle-one-time = 一次付清
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
   *[other] 每 { $months } 個月
}
cycle-other = 其他

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = 帳單週期必須是月繳或年繳，而不是「{ $value }」。
# $value: what the address said, as the visitor typed it.
error-bad-preset = 預設組合必須是 default、eu、g7 或 all，而不是「{ $value }」。
# $value: what the address said, as the visitor typed it.
error-bad-language = 「{ $value }」不是 de-DE 這類的語言代碼。
# $value: what the address said, as the visitor typed it.
error-bad-country = 此頁面無法辨識國家/地區「{ $value }」。
error-bad-query = 無法讀取此網址中的某個參數。
error-no-page = 此網址沒有對應的頁面。
error-checkout-incomplete = 結帳要求不完整：請在價格頁面上選擇方案。
error-checkout-field-too-long = 結帳表單中的某個欄位過長。
error-checkout-unknown-app = 此頁面未販售這個應用程式。
error-checkout-unknown-cycle = Wix 無法辨識此帳單週期。
error-checkout-unknown-plan = 此方案未販售（或已停售）。
error-checkout-plan-cycle = 此方案不提供該帳單週期。
error-other-app = 您目前登入的是另一個應用程式。
error-installer-return = 從 Wix 安裝程式返回的要求無效，請重新選擇方案。
error-installer-cannot-continue = 此網站無法繼續這筆結帳。請從網站的控制台開啟應用程式，並選擇「升級應用程式」以查看可購買的方案。
blocked-current-plan = 這已經是您目前的方案。
error-wix-timeout = Wix 未能及時回應。
error-wix-unknown-app = Wix 無法辨識此應用程式。
error-wix-failed = Wix 回傳了錯誤。
error-wix-down = Wix 目前沒有回應。
error-wix-throttled = Wix 要求我們稍候片刻再重新查詢。
error-wix-refused = Wix 拒絕了此要求。
error-country-not-priced = Wix 目前沒有此頁面可為這個國家或地區顯示的價格。
error-wix-untrusted-checkout = Wix 回傳的結帳網址不受此頁面信任。
error-internal = 無法產生此頁面。
error-preview-token = 價格預覽需要對應的權杖。
error-webhook-unsigned = 此請求不是 Wix 簽署的事件。
error-metrics-token = 指標需要其權杖。
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
   *[other] 來自您 IP 位址的要求過多，請在 { $seconds } 秒後再試。
}
error-address-too-long = 網址過長。
error-too-many-parameters = 網址中的參數過多。
error-parameter-too-long = 網址中的某個參數過長。
error-header-too-large = 某個要求標頭過大。
error-bad-host = 要求只能指明一次主機。
error-body-too-large = 要求本文過大。
error-body-cut-off = 要求本文遭到截斷。
error-body-too-slow = 要求本文傳輸時間過長。
error-method-not-allowed = 此網址不接受這類要求。
error-request-timeout = 要求逾時。
error-refused = 要求已遭拒絕。
error-busy = 伺服器正在處理其他要求，請於數秒後再試一次。

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = 金額依 { $locale } 格式顯示。
# The accessible name of the scrolling table.
preview-prices-by-country = 各國家/地區價格
# The preset list's first choice: no preset.
preview-no-preset = 無
preview-failed = Wix 未針對此國家/地區回應。
# $others: a whole number.
preview-flag-missing = { $others ->
   *[other] 此處沒有價格，但其他 { $others } 個國家/地區有價格。
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = 省下 { $saving }%，而節省比例的中位數為 { $median }%。
preview-pages = 國家/地區分頁
preview-page-range = 第 { $first } 至 { $last } 個國家/地區，共 { $count } 個
preview-previous = 上一頁國家/地區
preview-next = 下一頁國家/地區
preview-flagged = { $cells ->
    [0] 此頁面沒有任何標示。
   *[other] 此頁面有 { $cells } 個有標示的儲存格：
}
preview-checks = 檢查項目：其他國家/地區有價格但此處缺少價格、年繳的節省比例與中位數相差甚遠、金額與以相同貨幣定價的其他國家/地區相差甚遠、以非本地貨幣定價的國家/地區、以相同貨幣定價的多數國家/地區有稅務標示但此處缺少、Wix 未回應的國家/地區。
preview-new-tab = （在新分頁中開啟）
preview-chosen = 已選取的國家/地區
preview-remove = 移除{ $country }
preview-not-understood = 無法辨識：{ $entries }。請輸入國家/地區名稱或雙字母代碼。
preview-show-only = 僅顯示
preview-all = 全部
preview-filter = 篩選列
preview-flag-above-peers = 比以 { $currency } 定價的 { $count } 個國家/地區的中位數高 { $percent }%。
preview-flag-below-peers = 比以 { $currency } 定價的 { $count } 個國家/地區的中位數低 { $percent }%。
preview-as-of = 價格為 Wix 於 { $time } UTC 提供的資料。
preview-flag-ratio = 此處為 { $plan } 的 { $ratio } 倍，而其他國家/地區的中位數為 { $median } 倍。
preview-flag-no-tax-label = 沒有稅務標示，而以 { $currency } 定價的 { $count } 個國家/地區中有 { $with } 個顯示稅務標示。
preview-countries-as-rows = 以國家/地區為列
preview-plans-as-rows = 以方案為列
preview-sort-by = 依{ $country }排序
preview-flag-foreign-currency = 以 { $currency } 定價，而非此國家/地區本身的貨幣 { $own }：Wix 在未以當地貨幣銷售的地方會這麼做。
error-bad-page = 「{ $value }」不是此預覽的頁面；頁碼為 1 至 { $pages }。
error-workbook-too-large = { $lines } 列的活頁簿超出此匯出所能產生的上限（最多 { $most } 列）：請選擇較少的國家、縮小列範圍，或下載 CSV。

## The owner's page: theme, embedding, coupons.
error-bad-theme = 主題必須是 light 或 dark，而不是「{ $value }」。
# $value: what the address said, as the visitor typed it.
error-bad-embed = embed 參數必須是 1 或 0，而不是「{ $value }」。
# $value: what the address said, as the visitor typed it.
error-bad-coupon = 「{ $value }」不是優惠碼：優惠碼只能包含字母、數字、- 和 _，最多 64 個字元。
error-bad-instance-id = 「{ $value }」不是應用程式執行個體 ID。
# $code: the coupon code, as given.
coupon-applied = 結帳時將套用優惠碼 { $code }。
# $code: the coupon code, as given.
error-coupon-rejected = Wix 未接受優惠碼「{ $code }」：此優惠碼可能已過期，或不適用於此方案。
error-without-coupon = 查看不使用優惠碼的方案
footer-wix = 付款由 Wix 安全處理。
brand-logo = 標誌
