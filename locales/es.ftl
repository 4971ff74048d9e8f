# The pricing page's words in Spanish (es), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Planes y precios
# $country: the country's name in this language.
page-description = Todos los planes y precios para visitantes de { $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = Precios para { $country } en { $currency }.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Precios para { $country } en { $currency }, { $tax }.
price-note-at-checkout = Los precios para { $country } se muestran en el pago de Wix.
stale-prices = Wix no responde en este momento, por lo que estos precios pueden tener unos minutos de antigüedad. El precio actual se confirma al finalizar la compra.
loading-plans = Cargando planes…
free-trial = Prueba gratuita disponible: pruebe un plan de pago antes de abonarlo.
no-plans = Esta aplicación no tiene planes disponibles en este momento. Vuelva a consultarlo más tarde.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = Aplicación { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Puede comparar los planes; para comprar, abra esta página desde el panel de control de Wix.
signin-unverified = No se pudo verificar su inicio de sesión en Wix.
signin-expired = Su sesión de Wix ha caducado.
signin-undated = Su inicio de sesión en Wix no tiene una fecha válida.
current-plan-unavailable = No se pudo cargar su plan actual desde Wix; vuelva a intentarlo en unos instantes.

## Controls

billing-period = Período de facturación
period-monthly = Mensual
period-yearly = Anual
showing-monthly = Se muestran los precios mensuales
showing-yearly = Se muestran los precios anuales
country = País
show-prices = Mostrar precios
language = Idioma

## A plan's card

most-popular = Más popular
current-plan = Plan actual
# $plan: the plan's name.
choose-plan = Elegir { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Gratis
priced-outside-wix = Precio fijado fuera de Wix: consulte la aplicación para más detalles
priced-by-app = Precio y facturación a cargo de la aplicación
amount-before-tax = antes de impuestos
amount-with-tax = impuestos incluidos
priced-at-checkout = Precio en el pago de Wix
app-details = Detalles en el sitio web de la aplicación
# $percent: a whole number.
save-percent = Ahorre un { $percent } %
save-up-to = Ahorra hasta un { $percent } %
faq-heading = Preguntas y respuestas
per-month-unit = / mes
one-time-payment = pago único
billed-once = pago único
billed-monthly = facturación mensual
billed-yearly = facturación anual
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] facturación mensual
   *[other] facturación cada { $months } meses
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] facturación anual
   *[other] facturación cada { $years } años
}
regular-price = Precio habitual:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, hasta el { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = Ofertas de noviembre
sale-limited-time = Oferta por tiempo limitado
sale-special-offer = Oferta especial
sale-generic = Oferta
# $fee: an amount with its currency.
base-fee = Tarifa base de { $fee } al mes
no-base-fee = Sin tarifa base
charged-by-usage = Se cobra según el uso
# $step: an amount in US dollars.
charged-in-steps = Se cobra según el uso, en tramos de { $step } (siempre en dólares estadounidenses)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = IVA del { $rate } incluido
tax-excluded-vat = IVA del { $rate } no incluido
tax-included-gst = GST del { $rate } incluido
tax-excluded-gst = GST del { $rate } no incluido
tax-included-vat-no-rate = IVA incluido
tax-excluded-vat-no-rate = IVA no incluido
tax-included-gst-no-rate = GST incluido
tax-excluded-gst-no-rate = GST no incluido

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Para cambiar a un plan más económico, primero cancele su plan actual en Wix.
blocked-shorter-cycle = Su facturación es anual: el cambio a facturación mensual se hace en Wix, cancelando primero el plan.

## Comparison table

compare-plans = Comparar planes
# $app: the app's name.
compare-app-plans = Comparar los planes de { $app }
compare-plans-range = Comparar planes: de { $first } a { $last }
compare-app-plans-range = Comparar los planes de { $app }: de { $first } a { $last }
benefit = Ventaja
included = Incluido
not-included = No incluido

## Errors

error-bad-request-title = Este enlace no es del todo correcto
error-bad-request-advice = Compruebe la dirección o abra la vista predeterminada.
error-forbidden-title = Vuelva a abrir esta página desde Wix
error-forbidden-advice = Use “Upgrade App” en el panel de control de su sitio y, a continuación, elija su plan.
error-conflict-title = Este cambio no es posible aquí
error-conflict-advice = Para cambiar a un plan más económico o pasar de facturación anual a mensual, primero cancele su plan actual en Wix.
error-not-found-title = Esta página no existe
error-not-found-advice = Compruebe la dirección o abra la vista predeterminada.
error-unknown-app-title = Esta aplicación no está disponible
error-unknown-app-advice = Es posible que la aplicación se haya retirado del Wix App Market.
error-unavailable-title = Los precios no están disponibles en este momento
error-unavailable-advice = Wix no responde en este momento. Vuelva a intentarlo en un minuto.
error-throttled-advice = Vuelva a intentarlo en un momento.
error-failed-title = Algo salió mal
error-failed-advice = Vuelva a intentarlo más tarde.
error-refused-title = Se rechazó esta solicitud
error-refused-advice = Compruebe la dirección, o espere un momento y vuelva a intentarlo.
error-show-default = Mostrar la vista predeterminada
error-try-again = Volver a intentarlo
# $id: a request ID the visitor can quote to support.
error-reference = Referencia: { $id }

## Marketing preview

preview-title = Vista previa de precios por país
preview-intro = Lo que pagan los visitantes de cada país, uno al lado del otro. Conviene revisar las celdas marcadas.
preview-download = Descargar:
# $count: a whole number.
preview-asking = { $count ->
    [one] Consultando a Wix para un país…
   *[other] Consultando a Wix para { $count } países…
}
preview-preset = Selección predefinida
preview-countries = Países
preview-add-country = Añadir un país
preview-name-or-code = Nombre o código
preview-show = Mostrar vista previa
preview-app = Aplicación
preview-plan = Plan
preview-cycle = Ciclo
preview-per-month = Al mes
preview-per-cycle = Por ciclo
preview-on-sale = En oferta:
preview-check = Revisar:
preset-default = Mercados principales
preset-eu = Unión Europea
preset-g7 = G7
preset-all = Todos los países
cycle-monthly = Mensual
cycle-yearly = Anual
cycle-one-time = Pago único
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Cada mes
   *[other] Cada { $months } meses
}
cycle-other = Otro

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = El período de facturación debe ser mensual o anual, no “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-preset = La selección predefinida debe ser default, eu, g7 o all, no “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }” no es un código de idioma como de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = “{ $value }” no es un país que esta página reconozca.
error-bad-query = No se puede leer un parámetro de esta dirección.
error-no-page = No hay ninguna página en esta dirección.
error-checkout-incomplete = La solicitud de compra está incompleta: elija un plan en la página de precios.
error-checkout-field-too-long = Un campo del formulario de compra es demasiado largo.
error-checkout-unknown-app = Esta aplicación no se vende en esta página.
error-checkout-unknown-cycle = Wix no reconoce este período de facturación.
error-checkout-unknown-plan = Este plan no está a la venta (o ya no lo está).
error-checkout-plan-cycle = Este plan no se vende con ese período de facturación.
error-other-app = Ha iniciado sesión para otra aplicación.
error-installer-return = Este regreso desde el instalador de Wix no es válido; vuelva a elegir su plan.
error-installer-cannot-continue = Este pago no puede continuar para este sitio. Abre la app desde el panel de tu sitio y elige «Mejorar app» para ver los planes que puedes comprar.
blocked-current-plan = Este ya es su plan.
error-wix-timeout = Wix no respondió a tiempo.
error-wix-unknown-app = Wix no reconoce esta aplicación.
error-wix-failed = Wix respondió con un error.
error-wix-down = Wix no responde en este momento.
error-wix-throttled = Wix nos pidió esperar un momento antes de volver a preguntar.
error-wix-refused = Wix rechazó esta solicitud.
error-country-not-priced = Wix no tiene ahora precios que esta página pueda mostrar para este país.
error-wix-untrusted-checkout = Wix respondió con una dirección de pago en la que esta página no confía.
error-internal = No se pudo generar esta página.
error-preview-token = La vista previa de precios necesita su token.
error-webhook-unsigned = Esta solicitud no es un evento firmado por Wix.
error-metrics-token = Las métricas necesitan su token.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Demasiadas solicitudes desde su dirección IP; vuelva a intentarlo en un segundo.
   *[other] Demasiadas solicitudes desde su dirección IP; vuelva a intentarlo en { $seconds } segundos.
}
error-address-too-long = La dirección es demasiado larga.
error-too-many-parameters = La dirección tiene demasiados parámetros.
error-parameter-too-long = Un parámetro de la dirección es demasiado largo.
error-header-too-large = Un encabezado de la solicitud es demasiado grande.
error-bad-host = La solicitud debe indicar su host una sola vez.
error-body-too-large = El cuerpo de la solicitud es demasiado grande.
error-body-cut-off = El cuerpo de la solicitud llegó cortado.
error-body-too-slow = El cuerpo de la solicitud tardó demasiado en llegar.
error-method-not-allowed = Esta dirección no admite este tipo de solicitud.
error-request-timeout = La solicitud tardó demasiado.
error-refused = Se rechazó la solicitud.
error-busy = El servidor está ocupado con otras solicitudes. Vuelva a intentarlo en unos segundos.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Importes con el formato de { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Precios por país
# The preset list's first choice: no preset.
preview-no-preset = Ninguna
preview-failed = Wix no respondió para este país.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Sin precio aquí, aunque otro país sí lo tiene.
   *[other] Sin precio aquí, aunque otros { $others } países sí lo tienen.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Ahorra un { $saving } %, mientras que la mediana de ahorro es del { $median } %.
preview-pages = Páginas de países
preview-page-range = Países { $first } a { $last } de { $count }
preview-previous = Países anteriores
preview-next = Países siguientes
preview-flagged = { $cells ->
    [0] No hay nada marcado en esta página.
    [one] Hay una celda marcada en esta página:
   *[other] Hay { $cells } celdas marcadas en esta página:
}
preview-checks = Se revisa: un precio que falta aunque otros países sí lo tienen, un ahorro anual muy alejado de la mediana, un importe muy alejado de los importes de los demás países con precios en la misma moneda, un país con precios en una moneda que no es la suya, una etiqueta de impuestos que falta aunque la mayoría de los países con precios en la misma moneda sí la muestran y un país para el que Wix no respondió.
preview-new-tab = (se abre en una pestaña nueva)
preview-chosen = Países seleccionados
preview-remove = Quitar { $country }
preview-not-understood = No se pudo reconocer: { $entries }. Escriba el nombre de un país o su código de dos letras.
preview-show-only = Mostrar solo
preview-all = Todos
preview-filter = Filtrar filas
preview-flag-above-peers = Un { $percent } % por encima de la mediana de los { $count } países con precios en { $currency }.
preview-flag-below-peers = Un { $percent } % por debajo de la mediana de los { $count } países con precios en { $currency }.
preview-as-of = Precios tal como los facilitó Wix el { $time } UTC.
preview-flag-ratio = Aquí, { $ratio } veces el precio de { $plan }, mientras que la mediana de los demás países es de { $median } veces.
preview-flag-no-tax-label = Sin etiqueta de impuestos, mientras que { $with } de los { $count } países con precios en { $currency } la muestran.
preview-countries-as-rows = Países como filas
preview-plans-as-rows = Planes como filas
preview-sort-by = Ordenar por { $country }
preview-flag-foreign-currency = Precios en { $currency }, no en { $own }, la moneda propia de este país: Wix lo hace así donde no vende en la moneda local.
error-bad-page = “{ $value }” no es una página de esta vista previa; sus páginas van de 1 a { $pages }.
error-workbook-too-large = Un libro de { $lines } filas supera lo que genera esta exportación ({ $most } como máximo): elija menos países, acote las filas o descargue el CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = El tema debe ser light o dark, no “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-embed = El parámetro embed debe ser 1 o 0, no “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }” no es un código de cupón: los códigos admiten letras, dígitos, - y _, con un máximo de 64 caracteres.
error-bad-instance-id = «{ $value }» no es un ID de instancia de app.
# $code: the coupon code, as given.
coupon-applied = El cupón { $code } se aplicará al finalizar la compra.
# $code: the coupon code, as given.
error-coupon-rejected = Wix no aceptó el cupón “{ $code }”: es posible que haya caducado o que no sea válido para este plan.
error-without-coupon = Ver los planes sin el cupón
footer-wix = Wix procesa los pagos de forma segura.
brand-logo = Logo
