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
update = Atualizar
showing-monthly = Exibindo preços mensais
showing-yearly = Exibindo preços anuais
country = País
show-prices = Ver preços
language = Idioma
show-language = Alterar idioma
# This language's name, in itself.
language-name = Português

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
app-details = Detalhes no site do app
# $percent: a whole number.
save-percent = Economize { $percent }%
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
error-failed-title = Algo deu errado
error-failed-advice = Não foi possível carregar os preços. Tente novamente mais tarde.
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
preview-display-locale = Localidade de exibição
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
