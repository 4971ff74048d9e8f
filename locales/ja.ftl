# The pricing page's words in Japanese. Message IDs match en.ftl exactly.

## Page

page-title = プランと料金
# $country: the country's name in this language.
page-description = { $country }からアクセスされた方向けの、すべてのプランと料金です。
# $country: country name; $currency: ISO code such as EUR.
price-note = { $country }向けの料金（{ $currency }）です。
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = { $country }向けの料金（{ $currency }、{ $tax }）です。
price-note-at-checkout = { $country } の料金は Wix の購入手続きで表示されます。
stale-prices = 現在Wixから応答がないため、表示中の料金は数分前のものである可能性があります。最新の料金はお支払い手続きの際にご確認いただけます。
loading-plans = プランを読み込んでいます…
free-trial = 無料トライアルあり：お支払い前に有料プランをお試しいただけます。
no-plans = 現在、このアプリでご利用いただけるプランはありません。しばらくしてから再度ご確認ください。
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = アプリ { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason }プランの比較はできますが、ご購入の際はWixのダッシュボードからこのページを開いてください。
signin-unverified = Wixのログイン情報を確認できませんでした。
signin-expired = Wixのログインの有効期限が切れています。
signin-undated = Wixのログイン情報に有効な日付がありません。
current-plan-unavailable = 現在のプランをWixから読み込めませんでした。しばらくしてからもう一度お試しください。

## Controls

billing-period = お支払いサイクル
period-monthly = 月払い
period-yearly = 年払い
showing-monthly = 月払いの料金を表示中
showing-yearly = 年払いの料金を表示中
country = 国
show-prices = 料金を表示
language = 言語

## A plan's card

most-popular = 一番人気
current-plan = 現在のプラン
# $plan: the plan's name.
choose-plan = { $plan }を選択
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }：{ $billed }
free = 無料
priced-outside-wix = Wix外で料金設定：詳細はアプリでご確認ください
priced-by-app = 料金設定・請求はアプリが行います
amount-before-tax = 税抜
amount-with-tax = 税込
priced-at-checkout = 料金は Wix の購入手続きで表示されます
app-details = アプリのサイトで詳細を見る
# $percent: a whole number.
save-percent = { $percent }%お得
save-up-to = 最大 { $percent }% お得
faq-heading = よくある質問
per-month-unit = /月
one-time-payment = 買い切り
billed-once = 1回払い
billed-monthly = 月払い
billed-yearly = 年払い
# $months: a whole number (not formatted).
billed-every-months = { $months ->
   *[other] { $months }か月ごとのお支払い
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
   *[other] { $years }年ごとのお支払い
}
regular-price = 通常価格：
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }（{ $until }まで）
sale-black-friday = ブラックフライデー
sale-cyber-monday = サイバーマンデー
sale-november = 11月セール
sale-limited-time = 期間限定セール
sale-special-offer = 特別オファー
sale-generic = セール
# $fee: an amount with its currency.
base-fee = 月額基本料金 { $fee }
no-base-fee = 基本料金なし
charged-by-usage = 従量課金
# $step: an amount in US dollars.
charged-in-steps = 従量課金（{ $step }単位、常に米ドル建て）
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = 消費税{ $rate }込み
tax-excluded-vat = 消費税{ $rate }別
tax-included-gst = GST{ $rate }込み
tax-excluded-gst = GST{ $rate }別
tax-included-vat-no-rate = 消費税込み
tax-excluded-vat-no-rate = 消費税別
tax-included-gst-no-rate = GST込み
tax-excluded-gst-no-rate = GST別

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = より安いプランに変更するには、まずWixで現在のプランを解約してください。
blocked-shorter-cycle = 現在は年払いのため、月払いへの切り替えはWixで行います。先に現在のプランを解約してください。

## Comparison table

compare-plans = プランを比較
# $app: the app's name.
compare-app-plans = { $app }のプランを比較
compare-plans-range = プランを比較：{ $first }～{ $last }
compare-app-plans-range = { $app }のプランを比較：{ $first }～{ $last }
benefit = 特典
included = 含まれる
not-included = 含まれない

## Errors

error-bad-request-title = このリンクは正しくないようです
error-bad-request-advice = アドレスを確認するか、標準の表示を開いてください。
error-forbidden-title = Wixからもう一度このページを開いてください
error-forbidden-advice = サイトのダッシュボードで「アプリをアップグレード」をクリックし、プランを選択してください。
error-conflict-title = この変更はここでは行えません
error-conflict-advice = より安いプランへの変更や、年払いから月払いへの切り替えを行うには、まずWixで現在のプランを解約してください。
error-not-found-title = このページは存在しません
error-not-found-advice = アドレスを確認するか、標準の表示を開いてください。
error-unknown-app-title = このアプリはご利用いただけません
error-unknown-app-advice = このアプリはWix App Marketから削除された可能性があります。
error-unavailable-title = 現在、料金を表示できません
error-unavailable-advice = 現在Wixから応答がありません。1分ほどしてから、もう一度お試しください。
error-throttled-advice = 少し待ってからもう一度お試しください。
error-failed-title = 問題が発生しました
error-failed-advice = しばらくしてからもう一度お試しください。
error-refused-title = このリクエストは拒否されました
error-refused-advice = アドレスを確認するか、しばらく待ってからもう一度お試しください。
error-show-default = 標準の表示を見る
error-try-again = もう一度試す
# $id: a request ID the visitor can quote to support.
error-reference = 参照ID：{ $id }

## Marketing preview

preview-title = 国別の料金プレビュー
preview-intro = 各国の訪問者が支払う料金を並べて比較できます。フラグ付きのセルは再確認をおすすめします。
preview-download = ダウンロード：
# $count: a whole number.
preview-asking = { $count ->
   *[other] Wixに{ $count }か国の料金を問い合わせています…
}
preview-preset = プリセット
preview-countries = 国
preview-add-country = 国を追加
preview-name-or-code = 国名またはコード
preview-show = プレビューを表示
preview-app = アプリ
preview-plan = プラン
preview-cycle = 請求サイクル
preview-per-month = 月額
preview-per-cycle = 1サイクルあたり
preview-on-sale = セール中：
preview-check = 要確認：
preset-default = 主要市場
preset-eu = 欧州連合（EU）
preset-g7 = G7
preset-all = すべての国
cycle-monthly = 月払い
cycle-yearly = 年払い
cycle-one-time = 1回払い
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
   *[other] { $months }か月ごと
}
cycle-other = その他

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = 「{ $value }」は指定できません。お支払いサイクルには月払いまたは年払いを指定してください。
# $value: what the address said, as the visitor typed it.
error-bad-preset = 「{ $value }」は指定できません。プリセットにはdefault、eu、g7、allのいずれかを指定してください。
# $value: what the address said, as the visitor typed it.
error-bad-language = 「{ $value }」は、de-DEのような言語コードではありません。
# $value: what the address said, as the visitor typed it.
error-bad-country = 「{ $value }」は、このページで認識できる国ではありません。
error-bad-query = このアドレスのパラメーターを読み取れません。
error-no-page = このアドレスにはページがありません。
error-checkout-incomplete = お支払い手続きのリクエストが不完全です。料金ページでプランを選択してください。
error-checkout-field-too-long = お支払いフォームの入力項目が長すぎます。
error-checkout-unknown-app = このアプリはこのページでは販売されていません。
error-checkout-unknown-cycle = このお支払いサイクルはWixで認識されていません。
error-checkout-unknown-plan = このプランは販売されていないか、販売が終了しています。
error-checkout-plan-cycle = このプランは、そのお支払いサイクルでは販売されていません。
error-other-app = 別のアプリ用にログインしています。
error-installer-return = Wixのインストーラーからの戻り先が無効です。もう一度プランを選択してください。
error-installer-cannot-continue = このサイトではこの購入手続きを続けられません。サイトのダッシュボードからアプリを開き、「アプリをアップグレード」を選ぶと、購入できるプランが表示されます。
blocked-current-plan = これはすでにご利用中のプランです。
error-wix-timeout = Wixから時間内に応答がありませんでした。
error-wix-unknown-app = Wixがこのアプリを認識できませんでした。
error-wix-failed = Wixからエラーが返されました。
error-wix-down = Wix が現在応答していません。
error-wix-throttled = Wix から、少し待ってから再度問い合わせるよう求められました。
error-wix-refused = Wix がこのリクエストを拒否しました。
error-country-not-priced = この国について、このページで表示できる価格が現在 Wix にありません。
error-wix-untrusted-checkout = Wixから、このページでは信頼できないお支払いページのアドレスが返されました。
error-internal = このページを生成できませんでした。
error-preview-token = 料金プレビューには専用のトークンが必要です。
error-webhook-unsigned = このリクエストは Wix が署名したイベントではありません。
error-metrics-token = メトリクスにはトークンが必要です。
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
   *[other] お使いのIPアドレスからのリクエストが多すぎます。{ $seconds }秒後にもう一度お試しください。
}
error-address-too-long = アドレスが長すぎます。
error-too-many-parameters = アドレスのパラメーターが多すぎます。
error-parameter-too-long = アドレスのパラメーターが長すぎます。
error-header-too-large = リクエストヘッダーが大きすぎます。
error-bad-host = リクエストではホストを一度だけ指定してください。
error-body-too-large = リクエスト本文が大きすぎます。
error-body-cut-off = リクエスト本文が途中で切れています。
error-body-too-slow = リクエスト本文の受信に時間がかかりすぎました。
error-method-not-allowed = このアドレスでは、この種類のリクエストは受け付けていません。
error-request-timeout = リクエストに時間がかかりすぎました。
error-refused = リクエストは拒否されました。
error-busy = サーバーは他のリクエストの処理中です。数秒後にもう一度お試しください。

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = 金額は{ $locale }の形式で表示しています。
# The accessible name of the scrolling table.
preview-prices-by-country = 国別の料金
# The preset list's first choice: no preset.
preview-no-preset = なし
preview-failed = この国についてWixから応答がありませんでした。
# $others: a whole number.
preview-flag-missing = { $others ->
   *[other] ここには料金がありませんが、ほかの{ $others }か国には料金があります。
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = { $saving }%お得ですが、割引率の中央値は{ $median }%です。
preview-pages = 国のページ
preview-page-range = { $count }か国中 { $first }～{ $last } か国目
preview-previous = 前の国
preview-next = 次の国
preview-flagged = { $cells ->
    [0] このページにフラグ付きのセルはありません。
   *[other] このページにはフラグ付きのセルが{ $cells }個あります：
}
preview-checks = 確認項目：ほかの国にはあるのに欠けている料金、中央値から大きく外れた年払いの割引率、同じ通貨建てのほかの国の金額から大きく外れた金額、自国以外の通貨建てで料金が設定されている国、同じ通貨建てのほかの国の大半には表示されているのに欠けている税表示、Wixから応答がなかった国。
preview-new-tab = （新しいタブで開きます）
preview-chosen = 選択した国
preview-remove = { $country }を削除
preview-not-understood = 認識できませんでした：{ $entries }。国名または2文字の国コードを入力してください。
preview-show-only = 次のみ表示
preview-all = すべて
preview-filter = 行を絞り込む
preview-flag-above-peers = { $currency }建てで料金が設定されている{ $count }か国の中央値より{ $percent }%高くなっています。
preview-flag-below-peers = { $currency }建てで料金が設定されている{ $count }か国の中央値より{ $percent }%低くなっています。
preview-as-of = { $time } UTC時点でWixから提供された料金です。
preview-flag-ratio = この国では{ $plan }の{ $ratio }倍ですが、他の国の中央値は{ $median }倍です。
preview-flag-no-tax-label = 税表示がありません。{ $currency }建てで料金が設定されている{ $count }か国のうち{ $with }か国には税表示があります。
preview-countries-as-rows = 国を行に表示
preview-plans-as-rows = プランを行に表示
preview-sort-by = { $country }で並べ替え
preview-flag-foreign-currency = この国の通貨である{ $own }ではなく、{ $currency }建てで料金が設定されています。Wixは現地通貨で販売していない国ではこのようにしています。
error-bad-page = 「{ $value }」はこのプレビューのページではありません。ページは1～{ $pages }です。
error-workbook-too-large = { $lines }行のワークブックは、このエクスポートで作成できる上限（最大{ $most }行）を超えています。国を減らすか、行を絞り込むか、CSVをダウンロードしてください。

## The owner's page: theme, embedding, coupons.
error-bad-theme = 「{ $value }」は指定できません。テーマにはlightまたはdarkを指定してください。
# $value: what the address said, as the visitor typed it.
error-bad-embed = 「{ $value }」は指定できません。embedパラメーターには1または0を指定してください。
# $value: what the address said, as the visitor typed it.
error-bad-coupon = 「{ $value }」はクーポンコードではありません。コードに使えるのは英数字、-、_で、最大64文字です。
error-bad-instance-id = 「{ $value }」はアプリのインスタンス ID ではありません。
# $code: the coupon code, as given.
coupon-applied = クーポン{ $code }は、お支払い手続きの際に適用されます。
# $code: the coupon code, as given.
error-coupon-rejected = Wixでクーポン「{ $code }」が承認されませんでした。有効期限が切れているか、このプランには適用されない可能性があります。
error-without-coupon = クーポンなしでプランを見る
footer-wix = お支払いはWixによって安全に処理されます。
brand-logo = ロゴ
