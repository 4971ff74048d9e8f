# The pricing page's words in Chinese (Simplified). Message IDs match en.ftl exactly.

## Page

page-title = 方案与价格
# $country: the country's name in this language.
page-description = 面向来自{ $country }的访客，列出全部方案与价格。
# $country: country name; $currency: ISO code such as EUR.
price-note = { $country }的价格，以 { $currency } 计价。
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = { $country }的价格，以 { $currency } 计价，{ $tax }。
price-note-at-checkout = { $country } 的价格将在 Wix 结账时显示。
stale-prices = Wix 暂时没有响应，因此这些价格可能是几分钟前的。结账时将确认最新价格。
loading-plans = 正在加载方案…
free-trial = 提供免费试用：付款前即可试用付费方案。
no-plans = 此应用目前没有可用的方案，请稍后再来查看。
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = 应用 { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason }您可以比较方案；如需购买，请从 Wix 控制台打开此页面。
signin-unverified = 无法验证您的 Wix 登录信息。
signin-expired = 您的 Wix 登录已过期。
signin-undated = 您的 Wix 登录信息缺少有效日期。
current-plan-unavailable = 无法从 Wix 加载您的当前方案，请稍后重试。

## Controls

billing-period = 计费周期
period-monthly = 按月
period-yearly = 按年
showing-monthly = 正在显示按月价格
showing-yearly = 正在显示按年价格
country = 国家/地区
show-prices = 查看价格
language = 语言

## A plan's card

most-popular = 最受欢迎
current-plan = 当前方案
# $plan: the plan's name.
choose-plan = 选择 { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }：{ $billed }
free = 免费
priced-outside-wix = 在 Wix 之外定价：详情请查看应用
priced-by-app = 由应用定价并收费
amount-before-tax = 税前
amount-with-tax = 含税
priced-at-checkout = 价格将在 Wix 结账时显示
app-details = 在应用网站查看详情
# $percent: a whole number.
save-percent = 节省 { $percent }%
save-up-to = 最多省 { $percent }%
faq-heading = 常见问题
per-month-unit = /月
one-time-payment = 一次性付款
billed-once = 一次性付款
billed-monthly = 按月付费
billed-yearly = 按年付费
# $months: a whole number (not formatted).
billed-every-months = { $months ->
   *[other] 每 { $months } 个月付费一次
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
   *[other] 每 { $years } 年付费一次
}
regular-price = 原价：
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }，截至 { $until }
sale-black-friday = 黑色星期五
sale-cyber-monday = 网络星期一
sale-november = 11 月特惠
sale-limited-time = 限时特惠
sale-special-offer = 特别优惠
sale-generic = 促销
# $fee: an amount with its currency.
base-fee = 每月基础费用 { $fee }
no-base-fee = 无基础费用
charged-by-usage = 按用量计费
# $step: an amount in US dollars.
charged-in-steps = 按用量计费，以 { $step } 为一档（始终以美元计价）
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = 含 { $rate } 增值税
tax-excluded-vat = 不含 { $rate } 增值税
tax-included-gst = 含 { $rate } GST
tax-excluded-gst = 不含 { $rate } GST
tax-included-vat-no-rate = 含增值税
tax-excluded-vat-no-rate = 不含增值税
tax-included-gst-no-rate = 含 GST
tax-excluded-gst-no-rate = 不含 GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = 如需改用更便宜的方案，请先在 Wix 中取消当前方案。
blocked-shorter-cycle = 您当前按年付费：如需改为按月付费，请先在 Wix 中取消当前方案。

## Comparison table

compare-plans = 比较方案
# $app: the app's name.
compare-app-plans = 比较 { $app } 的方案
compare-plans-range = 比较方案：{ $first } 至 { $last }
compare-app-plans-range = 比较 { $app } 的方案：{ $first } 至 { $last }
benefit = 权益
included = 包含
not-included = 不包含

## Errors

error-bad-request-title = 此链接不太对
error-bad-request-advice = 请检查网址，或打开默认视图。
error-forbidden-title = 请从 Wix 重新打开此页面
error-forbidden-advice = 请在网站控制台中点击“升级应用”，然后选择方案。
error-conflict-title = 无法在此处进行此更改
error-conflict-advice = 如需改用更便宜的方案，或从按年付费改为按月付费，请先在 Wix 中取消当前方案。
error-not-found-title = 此页面不存在
error-not-found-advice = 请检查网址，或打开默认视图。
error-unknown-app-title = 此应用不可用
error-unknown-app-advice = 此应用可能已从 Wix 应用市场下架。
error-unavailable-title = 暂时无法获取价格
error-unavailable-advice = Wix 暂时没有响应，请过一分钟再试。
error-throttled-advice = 请稍后再试。
error-failed-title = 出错了
error-failed-advice = 请稍后重试。
error-refused-title = 此请求已被拒绝
error-refused-advice = 请检查网址，或稍等片刻后重试。
error-show-default = 显示默认视图
error-try-again = 重试
# $id: a request ID the visitor can quote to support.
error-reference = 参考编号：{ $id }

## Marketing preview

preview-title = 各国价格预览
preview-intro = 并排查看各国家/地区访客支付的价格。带标记的单元格值得再次核对。
preview-download = 下载：
# $count: a whole number.
preview-asking = { $count ->
   *[other] 正在向 Wix 查询 { $count } 个国家/地区的价格…
}
preview-preset = 预设
preview-countries = 国家/地区
preview-add-country = 添加国家/地区
preview-name-or-code = 名称或代码
preview-show = 显示预览
preview-app = 应用
preview-plan = 方案
preview-cycle = 周期
preview-per-month = 每月
preview-per-cycle = 每周期
preview-on-sale = 促销中：
preview-check = 请核对：
preset-default = 主要市场
preset-eu = 欧盟
preset-g7 = G7
preset-all = 所有国家/地区
cycle-monthly = 按月
cycle-yearly = 按年
cycle-one-time = 一次性
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
   *[other] 每 { $months } 个月
}
cycle-other = 其他

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = 计费周期必须为按月或按年，而不是“{ $value }”。
# $value: what the address said, as the visitor typed it.
error-bad-preset = 预设必须为 default、eu、g7 或 all，而不是“{ $value }”。
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }”不是 de-DE 这样的语言代码。
# $value: what the address said, as the visitor typed it.
error-bad-country = 此页面无法识别国家/地区“{ $value }”。
error-bad-query = 无法读取此网址中的某个参数。
error-no-page = 此网址下没有页面。
error-checkout-incomplete = 结账请求不完整：请在价格页面上选择方案。
error-checkout-field-too-long = 结账表单中的某个字段过长。
error-checkout-unknown-app = 此页面不销售此应用。
error-checkout-unknown-cycle = Wix 无法识别此计费周期。
error-checkout-unknown-plan = 此方案未在销售（或已停售）。
error-checkout-plan-cycle = 此方案不提供该计费周期。
error-other-app = 您当前登录的是另一个应用。
error-installer-return = 从 Wix 安装程序返回的请求无效，请重新选择方案。
error-installer-cannot-continue = 此网站无法继续这笔结账。请从网站的控制面板打开应用，并选择“升级应用”以查看可购买的套餐。
blocked-current-plan = 这已经是您的当前方案。
error-wix-timeout = Wix 未能及时响应。
error-wix-unknown-app = Wix 无法识别此应用。
error-wix-failed = Wix 返回了错误。
error-wix-down = Wix 目前没有响应。
error-wix-throttled = Wix 要求我们稍等片刻再重新查询。
error-wix-refused = Wix 拒绝了此请求。
error-country-not-priced = Wix 目前没有此页面可为该国家或地区显示的价格。
error-wix-untrusted-checkout = Wix 返回的结账网址不受此页面信任。
error-internal = 无法生成此页面。
error-preview-token = 价格预览需要对应的令牌。
error-webhook-unsigned = 此请求不是 Wix 签名的事件。
error-metrics-token = 指标需要其令牌。
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
   *[other] 来自您的 IP 地址的请求过多，请在 { $seconds } 秒后重试。
}
error-address-too-long = 网址过长。
error-too-many-parameters = 网址中的参数过多。
error-parameter-too-long = 网址中的某个参数过长。
error-header-too-large = 某个请求标头过大。
error-bad-host = 请求只能指明一次主机。
error-body-too-large = 请求正文过大。
error-body-cut-off = 请求正文被截断。
error-body-too-slow = 请求正文传输耗时过长。
error-method-not-allowed = 此网址不接受此类请求。
error-request-timeout = 请求耗时过长。
error-refused = 请求已被拒绝。
error-busy = 服务器正忙于处理其他请求，请几秒钟后重试。

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = 金额按 { $locale } 格式显示。
# The accessible name of the scrolling table.
preview-prices-by-country = 各国家/地区价格
# The preset list's first choice: no preset.
preview-no-preset = 无
preview-failed = Wix 未针对此国家/地区作出响应。
# $others: a whole number.
preview-flag-missing = { $others ->
   *[other] 此处没有价格，而其他 { $others } 个国家/地区有价格。
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = 节省 { $saving }%，而节省比例的中位数为 { $median }%。
preview-pages = 国家/地区分页
preview-page-range = 第 { $first } 至 { $last } 个国家/地区，共 { $count } 个
preview-previous = 上一页国家/地区
preview-next = 下一页国家/地区
preview-flagged = { $cells ->
    [0] 此页面没有任何标记。
   *[other] 此页面有 { $cells } 个带标记的单元格：
}
preview-checks = 检查项目：其他国家/地区有价格而此处缺少价格、按年付费的节省比例与中位数相差甚远、金额与以同一货币定价的其他国家/地区相差甚远、以非本地货币定价的国家/地区、以同一货币定价的多数国家/地区有税费标注而此处缺少、Wix 未作出响应的国家/地区。
preview-new-tab = （在新标签页中打开）
preview-chosen = 已选国家/地区
preview-remove = 移除{ $country }
preview-not-understood = 无法识别：{ $entries }。请输入国家/地区名称或两字母代码。
preview-show-only = 仅显示
preview-all = 全部
preview-filter = 筛选行
preview-flag-above-peers = 比以 { $currency } 定价的 { $count } 个国家/地区的中位数高 { $percent }%。
preview-flag-below-peers = 比以 { $currency } 定价的 { $count } 个国家/地区的中位数低 { $percent }%。
preview-as-of = 价格为 Wix 于 { $time } UTC 提供的数据。
preview-flag-ratio = 此处为 { $plan } 的 { $ratio } 倍，而其他国家/地区的中位数为 { $median } 倍。
preview-flag-no-tax-label = 没有税费标注，而以 { $currency } 定价的 { $count } 个国家/地区中有 { $with } 个显示了税费标注。
preview-countries-as-rows = 以国家/地区为行
preview-plans-as-rows = 以方案为行
preview-sort-by = 按{ $country }排序
preview-flag-foreign-currency = 以 { $currency } 定价，而非此国家/地区本身的货币 { $own }：Wix 在不以当地货币销售的地方会这样做。
error-bad-page = “{ $value }”不是此预览的页面；页码为 1 至 { $pages }。
error-workbook-too-large = { $lines } 行的工作簿超出此导出所能生成的上限（最多 { $most } 行）：请选择更少的国家、缩小行范围，或下载 CSV。

## The owner's page: theme, embedding, coupons.
error-bad-theme = 主题必须为 light 或 dark，而不是“{ $value }”。
# $value: what the address said, as the visitor typed it.
error-bad-embed = embed 参数必须为 1 或 0，而不是“{ $value }”。
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }”不是优惠码：优惠码只能包含字母、数字、- 和 _，最多 64 个字符。
error-bad-instance-id = “{ $value }”不是应用实例 ID。
# $code: the coupon code, as given.
coupon-applied = 结账时将使用优惠码 { $code }。
# $code: the coupon code, as given.
error-coupon-rejected = Wix 未接受优惠码“{ $code }”：该优惠码可能已过期，或不适用于此方案。
error-without-coupon = 查看不使用优惠码的方案
footer-wix = 付款由 Wix 安全处理。
brand-logo = 标志
