# The pricing page's words in Brazilian Portuguese (pt), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Planos e preços
# $country: the country's name in this language.
page-description = Todos os planos e preços para visitantes (país: { $country }).
# $country: country name; $currency: ISO code such as EUR.
price-note = Preços em { $currency } (país: { $country }).
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Preços em { $currency }, { $tax } (país: { $country }).
price-note-at-checkout = Os preços para { $country } são exibidos no checkout do Wix.
stale-prices = O Wix não está respondendo no momento, então estes preços podem estar alguns minutos desatualizados. O preço atual é confirmado no checkout.
loading-plans = Carregando planos…
free-trial = Teste grátis disponível: experimente um plano pago antes de fazer o pagamento.
no-plans = Este app não tem planos disponíveis no momento. Volte mais tarde.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = App { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Você pode comparar os planos; para comprar, abra esta página pelo seu painel de controle do Wix.
signin-unverified = Não foi possível verificar seu login no Wix.
signin-expired = Seu login no Wix expirou.
signin-undated = Seu login no Wix não tem uma data válida.
current-plan-unavailable = Não foi possível carregar seu plano atual do Wix. Tente novamente em instantes.

## Controls

billing-period = Período de cobrança
period-monthly = Mensal
period-yearly = Anual
showing-monthly = Exibindo preços mensais
showing-yearly = Exibindo preços anuais
country = País
show-prices = Ver preços
language = Idioma

## A plan's card

most-popular = Mais popular
current-plan = Plano atual
# $plan: the plan's name.
choose-plan = Escolher { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Grátis
priced-outside-wix = Preço definido fora do Wix: veja os detalhes no app
priced-by-app = Preço e cobrança definidos pelo app
amount-before-tax = antes de impostos
amount-with-tax = impostos incluídos
priced-at-checkout = Preço exibido no checkout do Wix
app-details = Detalhes no site do app
# $percent: a whole number.
save-percent = Economize { $percent }%
save-up-to = Economize até { $percent }%
faq-heading = Perguntas e respostas
per-month-unit = / mês
one-time-payment = pagamento único
billed-once = pago uma única vez
billed-monthly = cobrança mensal
billed-yearly = cobrança anual
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] cobrança mensal
   *[other] cobrança a cada { $months } meses
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] cobrança anual
   *[other] cobrança a cada { $years } anos
}
regular-price = Preço normal:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, até { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = Promoção de novembro
sale-limited-time = Promoção por tempo limitado
sale-special-offer = Oferta especial
sale-generic = Promoção
# $fee: an amount with its currency.
base-fee = Taxa básica de { $fee } por mês
no-base-fee = Sem taxa básica
charged-by-usage = Cobrança por uso
# $step: an amount in US dollars.
charged-in-steps = Cobrança por uso, em incrementos de { $step } (sempre em dólares americanos)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = IVA de { $rate } incluído
tax-excluded-vat = IVA de { $rate } não incluído
tax-included-gst = GST de { $rate } incluído
tax-excluded-gst = GST de { $rate } não incluído
tax-included-vat-no-rate = IVA incluído
tax-excluded-vat-no-rate = IVA não incluído
tax-included-gst-no-rate = GST incluído
tax-excluded-gst-no-rate = GST não incluído

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Para mudar para um plano mais barato, primeiro cancele seu plano atual no Wix.
blocked-shorter-cycle = Sua cobrança é anual: a mudança para a cobrança mensal é feita no Wix, cancelando primeiro o plano.

## Comparison table

compare-plans = Comparar planos
# $app: the app's name.
compare-app-plans = Comparar planos de { $app }
compare-plans-range = Comparar planos: de { $first } a { $last }
compare-app-plans-range = Comparar planos de { $app }: de { $first } a { $last }
benefit = Benefício
included = Incluído
not-included = Não incluído

## Errors

error-bad-request-title = Este link não está totalmente correto
error-bad-request-advice = Verifique o endereço ou abra a visualização padrão.
error-forbidden-title = Abra esta página novamente pelo Wix
error-forbidden-advice = Use “Upgrade App” no painel de controle do seu site e depois escolha seu plano.
error-conflict-title = Não é possível fazer esta alteração aqui
error-conflict-advice = Para mudar para um plano mais barato ou da cobrança anual para a mensal, primeiro cancele seu plano atual no Wix.
error-not-found-title = Esta página não existe
error-not-found-advice = Verifique o endereço ou abra a visualização padrão.
error-unknown-app-title = Este app não está disponível
error-unknown-app-advice = O app pode ter sido removido do Wix App Market.
error-unavailable-title = Os preços não estão disponíveis no momento
error-unavailable-advice = O Wix não está respondendo no momento. Tente novamente em um minuto.
error-throttled-advice = Tente novamente daqui a pouco.
error-failed-title = Algo deu errado
error-failed-advice = Tente novamente mais tarde.
error-refused-title = Esta solicitação foi recusada
error-refused-advice = Verifique o endereço ou aguarde um momento e tente novamente.
error-show-default = Mostrar a visualização padrão
error-try-again = Tentar novamente
# $id: a request ID the visitor can quote to support.
error-reference = Referência: { $id }

## Marketing preview

preview-title = Prévia de preços por país
preview-intro = O que os visitantes de cada país pagam, lado a lado. Vale a pena revisar as células sinalizadas.
preview-download = Baixar:
# $count: a whole number.
preview-asking = { $count ->
    [one] Consultando o Wix para um país…
   *[other] Consultando o Wix para { $count } países…
}
preview-preset = Predefinição
preview-countries = Países
preview-add-country = Adicionar um país
preview-name-or-code = Nome ou código
preview-show = Mostrar prévia
preview-app = App
preview-plan = Plano
preview-cycle = Ciclo
preview-per-month = Por mês
preview-per-cycle = Por ciclo
preview-on-sale = Em promoção:
preview-check = Verificar:
preset-default = Principais mercados
preset-eu = União Europeia
preset-g7 = G7
preset-all = Todos os países
cycle-monthly = Mensal
cycle-yearly = Anual
cycle-one-time = Pagamento único
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Todo mês
   *[other] A cada { $months } meses
}
cycle-other = Outro

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = O período de cobrança deve ser mensal ou anual, não “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-preset = A predefinição deve ser default, eu, g7 ou all, não “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }” não é um código de idioma como de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = “{ $value }” não é um país que esta página reconhece.
error-bad-query = Não foi possível ler um parâmetro deste endereço.
error-no-page = Não há nenhuma página neste endereço.
error-checkout-incomplete = A solicitação de checkout está incompleta: escolha um plano na página de preços.
error-checkout-field-too-long = Um campo do formulário de checkout é longo demais.
error-checkout-unknown-app = Este app não é vendido nesta página.
error-checkout-unknown-cycle = O Wix não reconhece este período de cobrança.
error-checkout-unknown-plan = Este plano não está (mais) à venda.
error-checkout-plan-cycle = Este plano não é vendido com esse período de cobrança.
error-other-app = Você está conectado para outro app.
error-installer-return = Este retorno do instalador do Wix não é válido. Escolha seu plano novamente.
error-installer-cannot-continue = Este pagamento não pode continuar para este site. Abra o app no painel do seu site e escolha “Fazer upgrade do app” para ver os planos que pode comprar.
blocked-current-plan = Este já é o seu plano.
error-wix-timeout = O Wix não respondeu a tempo.
error-wix-unknown-app = O Wix não reconhece este app.
error-wix-failed = O Wix respondeu com um erro.
error-wix-down = O Wix não está respondendo no momento.
error-wix-throttled = O Wix pediu que esperássemos um momento antes de perguntar de novo.
error-wix-refused = O Wix recusou esta solicitação.
error-country-not-priced = O Wix não tem agora preços que esta página possa mostrar para este país.
error-wix-untrusted-checkout = O Wix respondeu com um endereço de checkout em que esta página não confia.
error-internal = Não foi possível gerar esta página.
error-preview-token = A prévia de preços precisa do respectivo token.
error-webhook-unsigned = Esta solicitação não é um evento assinado pela Wix.
error-metrics-token = As métricas precisam do token.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Muitas solicitações do seu endereço IP. Tente novamente em { $seconds } segundo.
   *[other] Muitas solicitações do seu endereço IP. Tente novamente em { $seconds } segundos.
}
error-address-too-long = O endereço é longo demais.
error-too-many-parameters = O endereço tem parâmetros demais.
error-parameter-too-long = Um parâmetro do endereço é longo demais.
error-header-too-large = Um cabeçalho da solicitação é grande demais.
error-bad-host = A solicitação deve indicar o seu host uma única vez.
error-body-too-large = O corpo da solicitação é grande demais.
error-body-cut-off = O corpo da solicitação chegou cortado.
error-body-too-slow = O corpo da solicitação demorou demais para chegar.
error-method-not-allowed = Este endereço não aceita este tipo de solicitação.
error-request-timeout = A solicitação demorou demais.
error-refused = A solicitação foi recusada.
error-busy = O servidor está ocupado com outras solicitações. Tente novamente em alguns segundos.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Valores formatados para { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Preços por país
# The preset list's first choice: no preset.
preview-no-preset = Nenhuma
preview-failed = O Wix não respondeu para este país.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Sem preço aqui, embora outro país tenha.
   *[other] Sem preço aqui, embora outros { $others } países tenham.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Economia de { $saving }%, enquanto a mediana de economia é de { $median }%.
preview-pages = Páginas de países
preview-page-range = Países { $first } a { $last } de { $count }
preview-previous = Países anteriores
preview-next = Próximos países
preview-flagged = { $cells ->
    [0] Nada nesta página está sinalizado.
    [one] Uma célula nesta página está sinalizada:
   *[other] { $cells } células nesta página estão sinalizadas:
}
preview-checks = Itens verificados: um preço ausente quando outros países têm um, uma economia anual muito distante da mediana, um valor muito distante dos valores dos outros países com preços na mesma moeda, um país com preços em uma moeda que não é a sua, um rótulo de imposto ausente quando a maioria dos países com preços na mesma moeda exibe um, um país para o qual o Wix não respondeu.
preview-new-tab = (abre em uma nova aba)
preview-chosen = Países selecionados
preview-remove = Remover { $country }
preview-not-understood = Não foi possível reconhecer: { $entries }. Digite o nome de um país ou o código de duas letras dele.
preview-show-only = Mostrar apenas
preview-all = Todos
preview-filter = Filtrar linhas
preview-flag-above-peers = { $percent }% acima da mediana dos { $count } países com preços em { $currency }.
preview-flag-below-peers = { $percent }% abaixo da mediana dos { $count } países com preços em { $currency }.
preview-as-of = Preços conforme informados pelo Wix em { $time } UTC.
preview-flag-ratio = Aqui, { $ratio } vezes o preço de { $plan }, enquanto a mediana dos outros países é { $median } vezes.
preview-flag-no-tax-label = Sem rótulo de imposto, enquanto { $with } dos { $count } países com preços em { $currency } exibem um.
preview-countries-as-rows = Países como linhas
preview-plans-as-rows = Planos como linhas
preview-sort-by = Ordenar por { $country }
preview-flag-foreign-currency = Preços em { $currency }, não em { $own }, a moeda própria deste país: o Wix faz isso onde não vende na moeda local.
error-bad-page = “{ $value }” não é uma página desta prévia; as páginas vão de 1 a { $pages }.
error-workbook-too-large = Uma pasta de trabalho de { $lines } linhas é maior do que esta exportação gera ({ $most } no máximo): escolha menos países, restrinja as linhas ou baixe o CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = O tema deve ser light ou dark, não “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-embed = O parâmetro embed deve ser 1 ou 0, não “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }” não é um código de cupom: os códigos usam letras, números, - e _, com no máximo 64 caracteres.
error-bad-instance-id = “{ $value }” não é um ID de instância do app.
# $code: the coupon code, as given.
coupon-applied = O cupom { $code } será aplicado no checkout.
# $code: the coupon code, as given.
error-coupon-rejected = O Wix não aceitou o cupom “{ $code }”: ele pode ter expirado ou não ser válido para este plano.
error-without-coupon = Ver os planos sem o cupom
footer-wix = Os pagamentos são processados com segurança pelo Wix.
brand-logo = Logo
