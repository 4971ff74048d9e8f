# The pricing page's words in Korean. Message IDs match en.ftl exactly.

## Page

page-title = 플랜 및 가격
# $country: the country's name in this language.
page-description = { $country }에서 방문하신 분을 위한 모든 플랜과 가격입니다.
# $country: country name; $currency: ISO code such as EUR.
price-note = { $country } 기준 가격({ $currency })입니다.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = { $country } 기준 가격({ $currency }, { $tax })입니다.
price-note-at-checkout = { $country }의 가격은 Wix 결제 화면에 표시됩니다.
stale-prices = 현재 Wix가 응답하지 않아 표시된 가격이 몇 분 전 정보일 수 있습니다. 최신 가격은 결제 단계에서 확인할 수 있습니다.
loading-plans = 플랜을 불러오는 중…
free-trial = 무료 체험 가능: 결제하기 전에 유료 플랜을 먼저 사용해 보세요.
no-plans = 현재 이 앱에서 이용할 수 있는 플랜이 없습니다. 나중에 다시 확인해 주세요.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = 앱 { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } 플랜 비교는 가능하지만, 구매하려면 Wix 대시보드에서 이 페이지를 열어 주세요.
signin-unverified = Wix 로그인 정보를 확인할 수 없습니다.
signin-expired = Wix 로그인이 만료되었습니다.
signin-undated = Wix 로그인 정보에 유효한 날짜가 없습니다.
current-plan-unavailable = Wix에서 현재 플랜을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.

## Controls

billing-period = 결제 주기
period-monthly = 월간
period-yearly = 연간
showing-monthly = 월간 가격 표시 중
showing-yearly = 연간 가격 표시 중
country = 국가
show-prices = 가격 보기
language = 언어

## A plan's card

most-popular = 가장 인기
current-plan = 현재 플랜
# $plan: the plan's name.
choose-plan = { $plan } 선택
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = 무료
priced-outside-wix = Wix 외부에서 가격 책정: 자세한 내용은 앱에서 확인하세요
priced-by-app = 앱에서 직접 가격 책정 및 청구
amount-before-tax = 세전
amount-with-tax = 세금 포함
priced-at-checkout = 가격은 Wix 결제 화면에 표시됩니다
app-details = 앱 사이트에서 자세히 보기
# $percent: a whole number.
save-percent = { $percent }% 할인
save-up-to = 최대 { $percent }% 절약
faq-heading = 자주 묻는 질문
per-month-unit = /월
one-time-payment = 1회 결제
billed-once = 1회 결제
billed-monthly = 월간 결제
billed-yearly = 연간 결제
# $months: a whole number (not formatted).
billed-every-months = { $months ->
   *[other] { $months }개월마다 결제
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
   *[other] { $years }년마다 결제
}
regular-price = 정가:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale } ({ $until }까지)
sale-black-friday = 블랙 프라이데이
sale-cyber-monday = 사이버 먼데이
sale-november = 11월 세일
sale-limited-time = 기간 한정 세일
sale-special-offer = 특별 혜택
sale-generic = 세일
# $fee: an amount with its currency.
base-fee = 월 기본료 { $fee }
no-base-fee = 기본료 없음
charged-by-usage = 사용량 기준 과금
# $step: an amount in US dollars.
charged-in-steps = 사용량 기준 과금, { $step } 단위 (항상 미국 달러 기준)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = 부가세 { $rate } 포함
tax-excluded-vat = 부가세 { $rate } 별도
tax-included-gst = GST { $rate } 포함
tax-excluded-gst = GST { $rate } 별도
tax-included-vat-no-rate = 부가세 포함
tax-excluded-vat-no-rate = 부가세 별도
tax-included-gst-no-rate = GST 포함
tax-excluded-gst-no-rate = GST 별도

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = 더 저렴한 플랜으로 변경하려면 먼저 Wix에서 현재 플랜을 취소하세요.
blocked-shorter-cycle = 현재 연간 결제를 이용 중입니다. 월간 결제로 전환하려면 Wix에서 먼저 현재 플랜을 취소해야 합니다.

## Comparison table

compare-plans = 플랜 비교
# $app: the app's name.
compare-app-plans = { $app } 플랜 비교
compare-plans-range = 플랜 비교: { $first }~{ $last }
compare-app-plans-range = { $app } 플랜 비교: { $first }~{ $last }
benefit = 혜택
included = 포함
not-included = 미포함

## Errors

error-bad-request-title = 링크가 올바르지 않습니다
error-bad-request-advice = 주소를 확인하거나 기본 화면을 열어 주세요.
error-forbidden-title = Wix에서 이 페이지를 다시 열어 주세요
error-forbidden-advice = 사이트 대시보드에서 “앱 업그레이드”를 클릭한 후 플랜을 선택하세요.
error-conflict-title = 여기서는 이 변경을 할 수 없습니다
error-conflict-advice = 더 저렴한 플랜으로 변경하거나 연간 결제에서 월간 결제로 전환하려면 먼저 Wix에서 현재 플랜을 취소하세요.
error-not-found-title = 존재하지 않는 페이지입니다
error-not-found-advice = 주소를 확인하거나 기본 화면을 열어 주세요.
error-unknown-app-title = 이용할 수 없는 앱입니다
error-unknown-app-advice = 이 앱은 Wix 앱 마켓에서 삭제되었을 수 있습니다.
error-unavailable-title = 지금은 가격을 확인할 수 없습니다
error-unavailable-advice = 현재 Wix가 응답하지 않습니다. 1분 후 다시 시도해 주세요.
error-throttled-advice = 잠시 후 다시 시도해 주세요.
error-failed-title = 문제가 발생했습니다
error-failed-advice = 나중에 다시 시도해 주세요.
error-refused-title = 요청이 거부되었습니다
error-refused-advice = 주소를 확인하거나 잠시 후 다시 시도해 주세요.
error-show-default = 기본 화면 보기
error-try-again = 다시 시도
# $id: a request ID the visitor can quote to support.
error-reference = 참조 ID: { $id }

## Marketing preview

preview-title = 국가별 가격 미리보기
preview-intro = 각 국가의 방문자가 지불하는 금액을 나란히 비교합니다. 표시된 셀은 다시 한번 확인해 보세요.
preview-download = 다운로드:
# $count: a whole number.
preview-asking = { $count ->
   *[other] Wix에 { $count }개국의 가격을 요청하는 중…
}
preview-preset = 프리셋
preview-countries = 국가
preview-add-country = 국가 추가
preview-name-or-code = 이름 또는 코드
preview-show = 미리보기 표시
preview-app = 앱
preview-plan = 플랜
preview-cycle = 결제 주기
preview-per-month = 월 요금
preview-per-cycle = 주기당 요금
preview-on-sale = 할인 중:
preview-check = 확인 필요:
preset-default = 주요 시장
preset-eu = 유럽연합
preset-g7 = G7
preset-all = 모든 국가
cycle-monthly = 월간
cycle-yearly = 연간
cycle-one-time = 1회
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
   *[other] { $months }개월마다
}
cycle-other = 기타

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = 결제 주기는 월간 또는 연간이어야 합니다. “{ $value }”은(는) 사용할 수 없습니다.
# $value: what the address said, as the visitor typed it.
error-bad-preset = 프리셋은 default, eu, g7, all 중 하나여야 합니다. “{ $value }”은(는) 사용할 수 없습니다.
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }”은(는) de-DE와 같은 언어 코드가 아닙니다.
# $value: what the address said, as the visitor typed it.
error-bad-country = “{ $value }”은(는) 이 페이지에서 알 수 없는 국가입니다.
error-bad-query = 이 주소의 매개변수를 읽을 수 없습니다.
error-no-page = 이 주소에는 페이지가 없습니다.
error-checkout-incomplete = 결제 요청이 완전하지 않습니다. 가격 페이지에서 플랜을 선택해 주세요.
error-checkout-field-too-long = 결제 양식의 입력란이 너무 깁니다.
error-checkout-unknown-app = 이 앱은 이 페이지에서 판매하지 않습니다.
error-checkout-unknown-cycle = Wix에서 인식할 수 없는 결제 주기입니다.
error-checkout-unknown-plan = 판매하지 않거나 판매가 종료된 플랜입니다.
error-checkout-plan-cycle = 이 플랜은 해당 결제 주기로 판매하지 않습니다.
error-other-app = 다른 앱으로 로그인되어 있습니다.
error-installer-return = Wix 설치 프로그램에서 돌아온 요청이 유효하지 않습니다. 플랜을 다시 선택해 주세요.
error-installer-cannot-continue = 이 사이트에서는 이 결제를 계속할 수 없습니다. 사이트 대시보드에서 앱을 열고 “앱 업그레이드”를 선택하면 구매할 수 있는 플랜을 볼 수 있습니다.
blocked-current-plan = 이미 이용 중인 플랜입니다.
error-wix-timeout = Wix가 제시간에 응답하지 않았습니다.
error-wix-unknown-app = Wix에서 이 앱을 찾을 수 없습니다.
error-wix-failed = Wix에서 오류를 반환했습니다.
error-wix-down = Wix가 지금 응답하지 않습니다.
error-wix-throttled = Wix에서 다시 요청하기 전에 잠시 기다려 달라고 했습니다.
error-wix-refused = Wix가 이 요청을 거부했습니다.
error-country-not-priced = 현재 Wix에 이 국가에 대해 이 페이지가 표시할 수 있는 가격이 없습니다.
error-wix-untrusted-checkout = Wix에서 이 페이지가 신뢰하지 않는 결제 주소를 반환했습니다.
error-internal = 이 페이지를 생성하지 못했습니다.
error-preview-token = 가격 미리보기에는 전용 토큰이 필요합니다.
error-webhook-unsigned = 이 요청은 Wix가 서명한 이벤트가 아닙니다.
error-metrics-token = 메트릭을 보려면 토큰이 필요합니다.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
   *[other] 현재 IP 주소에서 요청이 너무 많습니다. { $seconds }초 후에 다시 시도해 주세요.
}
error-address-too-long = 주소가 너무 깁니다.
error-too-many-parameters = 주소에 매개변수가 너무 많습니다.
error-parameter-too-long = 주소의 매개변수가 너무 깁니다.
error-header-too-large = 요청 헤더가 너무 큽니다.
error-bad-host = 요청에는 호스트를 한 번만 지정해야 합니다.
error-body-too-large = 요청 본문이 너무 큽니다.
error-body-cut-off = 요청 본문이 중간에 잘렸습니다.
error-body-too-slow = 요청 본문이 도착하는 데 너무 오래 걸렸습니다.
error-method-not-allowed = 이 주소는 이 유형의 요청을 받지 않습니다.
error-request-timeout = 요청 처리 시간이 너무 오래 걸렸습니다.
error-refused = 요청이 거부되었습니다.
error-busy = 서버가 다른 요청을 처리하고 있습니다. 몇 초 후에 다시 시도해 주세요.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = 금액은 { $locale } 형식으로 표시됩니다.
# The accessible name of the scrolling table.
preview-prices-by-country = 국가별 가격
# The preset list's first choice: no preset.
preview-no-preset = 없음
preview-failed = 이 국가에 대해 Wix가 응답하지 않았습니다.
# $others: a whole number.
preview-flag-missing = { $others ->
   *[other] 이 국가에는 가격이 없지만, 다른 { $others }개국에는 가격이 있습니다.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = { $saving }% 할인되지만, 할인율 중앙값은 { $median }%입니다.
preview-pages = 국가 페이지
preview-page-range = 전체 { $count }개국 중 { $first }~{ $last }번째 국가
preview-previous = 이전 국가
preview-next = 다음 국가
preview-flagged = { $cells ->
    [0] 이 페이지에는 표시된 셀이 없습니다.
   *[other] 이 페이지에 표시된 셀이 { $cells }개 있습니다:
}
preview-checks = 확인 항목: 다른 국가에는 있는 가격이 없는 경우, 연간 할인율이 중앙값에서 크게 벗어난 경우, 금액이 같은 통화로 가격이 책정된 다른 국가의 금액과 크게 차이 나는 경우, 자국 통화가 아닌 통화로 가격이 책정된 국가, 같은 통화로 가격이 책정된 대부분의 국가에는 있는 세금 표시가 없는 경우, Wix가 응답하지 않은 국가.
preview-new-tab = (새 탭에서 열림)
preview-chosen = 선택한 국가
preview-remove = { $country } 제거
preview-not-understood = 인식하지 못한 입력: { $entries }. 국가 이름 또는 두 글자 국가 코드를 입력해 주세요.
preview-show-only = 다음만 표시
preview-all = 전체
preview-filter = 행 필터링
preview-flag-above-peers = { $currency } 통화로 가격이 책정된 { $count }개국의 중앙값보다 { $percent }% 높습니다.
preview-flag-below-peers = { $currency } 통화로 가격이 책정된 { $count }개국의 중앙값보다 { $percent }% 낮습니다.
preview-as-of = { $time } UTC 기준으로 Wix에서 제공한 가격입니다.
preview-flag-ratio = 여기서는 { $plan }의 { $ratio }배이지만, 다른 국가들의 중앙값은 { $median }배입니다.
preview-flag-no-tax-label = 세금 표시가 없습니다. { $currency } 통화로 가격이 책정된 { $count }개국 중 { $with }개국에는 세금 표시가 있습니다.
preview-countries-as-rows = 국가를 행으로 표시
preview-plans-as-rows = 플랜을 행으로 표시
preview-sort-by = { $country } 기준으로 정렬
preview-flag-foreign-currency = 이 국가의 자국 통화({ $own })가 아닌 { $currency } 통화로 가격이 책정되어 있습니다. Wix는 현지 통화로 판매하지 않는 국가에서 이렇게 합니다.
error-bad-page = “{ $value }”은(는) 이 미리보기의 페이지가 아닙니다. 페이지는 1~{ $pages }입니다.
error-workbook-too-large = { $lines }행의 통합 문서는 이 내보내기로 만들 수 있는 한도(최대 { $most }행)를 넘습니다. 국가를 줄이거나 행을 좁히거나 CSV를 다운로드해 주세요.

## The owner's page: theme, embedding, coupons.
error-bad-theme = 테마는 light 또는 dark여야 합니다. “{ $value }”은(는) 사용할 수 없습니다.
# $value: what the address said, as the visitor typed it.
error-bad-embed = embed 매개변수는 1 또는 0이어야 합니다. “{ $value }”은(는) 사용할 수 없습니다.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }”은(는) 쿠폰 코드가 아닙니다. 코드에는 영문자, 숫자, -, _만 사용할 수 있으며 최대 64자입니다.
error-bad-instance-id = “{ $value }”은(는) 앱 인스턴스 ID가 아닙니다.
# $code: the coupon code, as given.
coupon-applied = 결제 시 쿠폰 { $code }이(가) 적용됩니다.
# $code: the coupon code, as given.
error-coupon-rejected = Wix에서 쿠폰 “{ $code }”을(를) 승인하지 않았습니다. 쿠폰이 만료되었거나 이 플랜에는 적용되지 않을 수 있습니다.
error-without-coupon = 쿠폰 없이 플랜 보기
footer-wix = 결제는 Wix를 통해 안전하게 처리됩니다.
brand-logo = 로고
