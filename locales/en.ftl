# The pricing page's words in English: the reference catalogue.
# Every other file in this folder has exactly these message IDs.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Plans and pricing
# $country: the country's name in this language.
page-description = Every plan and price, for visitors from { $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = Prices for { $country } in { $currency }.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Prices for { $country } in { $currency }, { $tax }.
price-note-at-checkout = Prices for { $country } are shown at Wix checkout.
stale-prices = Wix is not answering right now, so these prices may be a few minutes old. Checkout confirms the current price.
loading-plans = Loading plans…
free-trial = Free trial available: try a paid plan before you pay.
no-plans = This app has no plans available right now. Please check back later.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = App { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } You can compare plans; to buy, open this page from your Wix dashboard.
signin-unverified = Your Wix sign-in could not be verified.
signin-expired = Your Wix sign-in has expired.
signin-undated = Your Wix sign-in has no valid date.
current-plan-unavailable = Your current plan could not be loaded from Wix; please try again shortly.

## Controls

billing-period = Billing period
period-monthly = Monthly
period-yearly = Yearly
showing-monthly = Showing monthly prices
showing-yearly = Showing yearly prices
country = Country
show-prices = Show prices
language = Language

## A plan's card

most-popular = Most popular
current-plan = Current plan
# $plan: the plan's name.
choose-plan = Choose { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Free
priced-outside-wix = Priced outside Wix: see the app for details
priced-by-app = Priced and billed by the app
amount-before-tax = before tax
amount-with-tax = tax included
priced-at-checkout = Price shown at Wix checkout
app-details = Details on the app's site
# $percent: a whole number.
save-percent = Save { $percent }%
save-up-to = Save up to { $percent }%
faq-heading = Questions and answers
per-month-unit = / month
one-time-payment = one-time payment
billed-once = paid once
billed-monthly = billed monthly
billed-yearly = billed yearly
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] billed every month
   *[other] billed every { $months } months
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] billed every year
   *[other] billed every { $years } years
}
regular-price = Regular price:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, until { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = November sale
sale-limited-time = Limited-time sale
sale-special-offer = Special offer
sale-generic = Sale
# $fee: an amount with its currency.
base-fee = { $fee } base fee per month
no-base-fee = No base fee
charged-by-usage = Charged by usage
# $step: an amount in US dollars.
charged-in-steps = Charged by usage, in steps of { $step } (always in US dollars)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = incl. { $rate } VAT
tax-excluded-vat = excl. { $rate } VAT
tax-included-gst = incl. { $rate } GST
tax-excluded-gst = excl. { $rate } GST
tax-included-vat-no-rate = incl. VAT
tax-excluded-vat-no-rate = excl. VAT
tax-included-gst-no-rate = incl. GST
tax-excluded-gst-no-rate = excl. GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = To move to a cheaper plan, cancel your current plan in Wix first.
blocked-shorter-cycle = You are billed yearly: switching to monthly is done in Wix, by cancelling first.

## Comparison table

compare-plans = Compare plans
# $app: the app's name.
compare-app-plans = Compare { $app } plans
# One of several tables of an app's plans; $first and $last: plan names.
compare-plans-range = Compare plans: { $first } to { $last }
# $app: the app's name; $first and $last: plan names.
compare-app-plans-range = Compare { $app } plans: { $first } to { $last }
benefit = Benefit
included = Included
not-included = Not included

## Errors

error-bad-request-title = This link is not quite right
error-bad-request-advice = Check the address, or open the default view.
error-forbidden-title = Please open this page from Wix again
error-forbidden-advice = Use “Upgrade App” in your site's dashboard, then choose your plan.
error-conflict-title = This change is not possible here
error-conflict-advice = To move to a cheaper plan or from yearly to monthly billing, cancel your current plan in Wix first.
error-not-found-title = This page does not exist
error-not-found-advice = Check the address, or open the default view.
error-unknown-app-title = This app is not available
error-unknown-app-advice = The app may have been removed from the Wix App Market.
error-unavailable-title = Prices are unavailable right now
error-unavailable-advice = Wix is not answering right now. Please try again in a minute.
error-throttled-advice = Please try again in a moment.
error-failed-title = Something went wrong
error-failed-advice = Please try again later.
error-refused-title = This request was turned away
error-refused-advice = Check the address, or wait a moment and try again.
error-show-default = Show the default view
error-try-again = Try again
# $id: a request ID the visitor can quote to support.
error-reference = Reference: { $id }

## Marketing preview

preview-title = Price preview by country
preview-intro = What visitors from each country pay, side by side. Flagged cells deserve a second look.
preview-download = Download:
# $count: a whole number.
preview-asking = { $count ->
    [one] Asking Wix for one country…
   *[other] Asking Wix for { $count } countries…
}
preview-preset = Preset
preview-countries = Countries
preview-add-country = Add a country
preview-name-or-code = Name or code
preview-show = Show preview
preview-app = App
preview-plan = Plan
preview-cycle = Cycle
preview-per-month = Per month
preview-per-cycle = Per cycle
preview-on-sale = On sale:
preview-check = Check:
preset-default = Main markets
preset-eu = European Union
preset-g7 = G7
preset-all = All countries
cycle-monthly = Monthly
cycle-yearly = Yearly
cycle-one-time = One-time
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Every month
   *[other] Every { $months } months
}
cycle-other = Other

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = The billing period must be monthly or yearly, not “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-preset = The preset must be default, eu, g7 or all, not “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }” is not a language tag such as de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = “{ $value }” is not a country this page knows.
error-bad-query = A parameter of this address cannot be read.
error-no-page = There is no page at this address.
error-checkout-incomplete = The checkout request is incomplete: choose a plan on the pricing page.
error-checkout-field-too-long = A field of the checkout form is too long.
error-checkout-unknown-app = This app is not sold on this page.
error-checkout-unknown-cycle = The billing cycle is not one Wix knows.
error-checkout-unknown-plan = This plan is not sold (any more).
error-checkout-plan-cycle = This plan is not sold with that billing cycle.
error-other-app = You are signed in for another app.
error-installer-return = This return from the Wix installer is not valid; please choose your plan again.
error-installer-cannot-continue = This checkout cannot continue for this site. Open the app from your site's dashboard and choose “Upgrade App” to see the plans you can buy.
blocked-current-plan = This is already your plan.
error-wix-timeout = Wix did not answer in time.
error-wix-unknown-app = Wix does not know this app.
error-wix-failed = Wix answered with an error.
error-wix-down = Wix is not answering right now.
error-wix-throttled = Wix asked us to wait a moment before asking again.
error-wix-refused = Wix turned this request away.
error-country-not-priced = Wix has no prices this page can show for this country right now.
error-wix-untrusted-checkout = Wix answered with a checkout address this page does not trust.
error-internal = This page could not be built.
error-preview-token = The price preview needs its token.
error-webhook-unsigned = This request is not an event signed by Wix.
error-metrics-token = The metrics need their token.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Too many requests from your address; try again in one second.
   *[other] Too many requests from your address; try again in { $seconds } seconds.
}
error-address-too-long = The address is too long.
error-too-many-parameters = The address has too many parameters.
error-parameter-too-long = A parameter of the address is too long.
error-header-too-large = A request header is too large.
error-bad-host = The request must name its host once.
error-body-too-large = The request body is too large.
error-body-cut-off = The request body was cut off.
error-body-too-slow = The request body took too long to arrive.
error-method-not-allowed = This address does not take this kind of request.
error-request-timeout = The request took too long.
error-refused = The request was refused.
error-busy = The server is busy with other requests. Please try again in a few seconds.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Amounts formatted for { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Prices by country
# The preset list's first choice: no preset.
preview-no-preset = None
preview-failed = Wix did not answer for this country.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] No price here, while one other country has one.
   *[other] No price here, while { $others } other countries have one.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Saves { $saving }%, while the median saving is { $median }%.
# The accessible name of the links to the preview's pages.
preview-pages = Pages of countries
# $first, $last: positions among the chosen countries; $count: how many were chosen. Whole numbers.
preview-page-range = Countries { $first } to { $last } of { $count }
preview-previous = Previous countries
preview-next = Next countries
preview-flagged = { $cells ->
    [0] Nothing on this page is flagged.
    [one] One cell on this page is flagged:
   *[other] { $cells } cells on this page are flagged:
}
preview-checks = Checked: a price missing where other countries have one, a yearly saving far from the median, an amount far from those of the other countries priced in the same currency, a country priced in a currency not its own, a tax label missing where most countries priced in the same currency show one, a country Wix did not answer.
preview-new-tab = (opens in a new tab)
preview-chosen = Chosen countries
preview-remove = Remove { $country }
preview-not-understood = Not understood: { $entries }. Type a country's name or its two-letter code.
preview-show-only = Show only
preview-all = All
preview-filter = Filter rows
preview-flag-above-peers = { $percent }% above the median of the { $count } countries priced in { $currency }.
preview-flag-below-peers = { $percent }% below the median of the { $count } countries priced in { $currency }.
preview-as-of = Prices as Wix gave them at { $time } UTC.
preview-flag-ratio = { $ratio } times { $plan } here, while the other countries' median is { $median } times.
preview-flag-no-tax-label = No tax label, while { $with } of the { $count } countries priced in { $currency } show one.
preview-countries-as-rows = Countries as rows
preview-plans-as-rows = Plans as rows
preview-sort-by = Sort by { $country }
preview-flag-foreign-currency = Priced in { $currency }, not in this country's own { $own }: Wix does so where it does not sell in the local currency.
# $value: what the address said, as the visitor typed it; $pages: a whole number.
error-bad-page = “{ $value }” is not a page of this preview; its pages are 1 to { $pages }.
error-workbook-too-large = A workbook of { $lines } lines is more than this export makes ({ $most } at most): choose fewer countries, narrow the rows, or download the CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = The theme must be light or dark, not “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-embed = The embed parameter must be 1 or 0, not “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }” is not a coupon code: codes use letters, digits, - and _, at most 64 of them.
error-bad-instance-id = “{ $value }” is not an app instance ID.
# $code: the coupon code, as given.
coupon-applied = Coupon { $code } will be applied at checkout.
# $code: the coupon code, as given.
error-coupon-rejected = Wix did not accept the coupon “{ $code }”: it may have expired, or not apply to this plan.
error-without-coupon = See the plans without the coupon
footer-wix = Payments are processed securely by Wix.
brand-logo = Logo
