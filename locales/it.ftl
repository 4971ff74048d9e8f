# The pricing page's words in Italian (it), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Piani e prezzi
# $country: the country's name in this language.
page-description = Tutti i piani e i prezzi per i visitatori (paese: { $country }).
# $country: country name; $currency: ISO code such as EUR.
price-note = Prezzi in { $currency } (paese: { $country }).
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Prezzi in { $currency }, { $tax } (paese: { $country }).
price-note-at-checkout = I prezzi per { $country } sono indicati al pagamento Wix.
stale-prices = Wix non risponde al momento, quindi questi prezzi potrebbero risalire a qualche minuto fa. Il prezzo attuale viene confermato al momento del pagamento.
loading-plans = Caricamento dei piani…
free-trial = Prova gratuita disponibile: è possibile provare un piano a pagamento prima di acquistarlo.
no-plans = Al momento questa app non ha piani disponibili. Si prega di tornare più tardi.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = App { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } È possibile confrontare i piani; per acquistare, aprire questa pagina dalla dashboard di Wix.
signin-unverified = Non è stato possibile verificare l'accesso a Wix.
signin-expired = La sessione di Wix è scaduta.
signin-undated = L'accesso a Wix non ha una data valida.
current-plan-unavailable = Non è stato possibile caricare il piano attuale da Wix; riprovare tra poco.

## Controls

billing-period = Periodo di fatturazione
period-monthly = Mensile
period-yearly = Annuale
showing-monthly = Visualizzazione dei prezzi mensili
showing-yearly = Visualizzazione dei prezzi annuali
country = Paese
show-prices = Mostra i prezzi
language = Lingua

## A plan's card

most-popular = Il più scelto
current-plan = Piano attuale
# $plan: the plan's name.
choose-plan = Scegli { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Gratis
priced-outside-wix = Prezzo stabilito al di fuori di Wix: consultare l'app per i dettagli
priced-by-app = Prezzo e fatturazione a cura dell'app
amount-before-tax = tasse escluse
amount-with-tax = tasse incluse
priced-at-checkout = Prezzo indicato al pagamento Wix
app-details = Dettagli sul sito dell'app
# $percent: a whole number.
save-percent = Risparmio del { $percent }%
save-up-to = Risparmi fino al { $percent }%
faq-heading = Domande e risposte
per-month-unit = / mese
one-time-payment = pagamento una tantum
billed-once = addebito una tantum
billed-monthly = fatturazione mensile
billed-yearly = fatturazione annuale
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] fatturazione mensile
   *[other] fatturazione ogni { $months } mesi
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] fatturazione annuale
   *[other] fatturazione ogni { $years } anni
}
regular-price = Prezzo pieno:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, fino al { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = Promo di novembre
sale-limited-time = Offerta a tempo limitato
sale-special-offer = Offerta speciale
sale-generic = Promo
# $fee: an amount with its currency.
base-fee = Canone base di { $fee } al mese
no-base-fee = Nessun canone base
charged-by-usage = Addebito in base all'utilizzo
# $step: an amount in US dollars.
charged-in-steps = Addebito in base all'utilizzo, a scaglioni di { $step } (sempre in dollari USA)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = IVA { $rate } inclusa
tax-excluded-vat = IVA { $rate } esclusa
tax-included-gst = GST { $rate } inclusa
tax-excluded-gst = GST { $rate } esclusa
tax-included-vat-no-rate = IVA inclusa
tax-excluded-vat-no-rate = IVA esclusa
tax-included-gst-no-rate = GST inclusa
tax-excluded-gst-no-rate = GST esclusa

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Per passare a un piano più economico, occorre prima annullare il piano attuale in Wix.
blocked-shorter-cycle = La fatturazione è annuale: il passaggio a quella mensile si effettua in Wix, annullando prima il piano.

## Comparison table

compare-plans = Confronta i piani
# $app: the app's name.
compare-app-plans = Confronta i piani di { $app }
compare-plans-range = Confronta i piani: da { $first } a { $last }
compare-app-plans-range = Confronta i piani di { $app }: da { $first } a { $last }
benefit = Vantaggio
included = Incluso
not-included = Non incluso

## Errors

error-bad-request-title = Questo link non è del tutto corretto
error-bad-request-advice = Verificare l'indirizzo o aprire la visualizzazione predefinita.
error-forbidden-title = Riaprire questa pagina da Wix
error-forbidden-advice = Usare “Upgrade App” nella dashboard del sito, quindi scegliere il piano.
error-conflict-title = Questa modifica non è possibile qui
error-conflict-advice = Per passare a un piano più economico o dalla fatturazione annuale a quella mensile, occorre prima annullare il piano attuale in Wix.
error-not-found-title = Questa pagina non esiste
error-not-found-advice = Verificare l'indirizzo o aprire la visualizzazione predefinita.
error-unknown-app-title = Questa app non è disponibile
error-unknown-app-advice = L'app potrebbe essere stata rimossa dal Wix App Market.
error-unavailable-title = Prezzi non disponibili al momento
error-unavailable-advice = Wix non risponde al momento. Riprovare tra un minuto.
error-throttled-advice = Riprova tra un momento.
error-failed-title = Si è verificato un errore
error-failed-advice = Riprovare più tardi.
error-refused-title = Questa richiesta è stata rifiutata
error-refused-advice = Verificare l'indirizzo, oppure attendere un momento e riprovare.
error-show-default = Mostra la visualizzazione predefinita
error-try-again = Riprova
# $id: a request ID the visitor can quote to support.
error-reference = Riferimento: { $id }

## Marketing preview

preview-title = Anteprima dei prezzi per paese
preview-intro = Quanto pagano i visitatori di ciascun paese, fianco a fianco. Le celle segnalate meritano un secondo controllo.
preview-download = Scarica:
# $count: a whole number.
preview-asking = { $count ->
    [one] Richiesta a Wix per un paese…
   *[other] Richiesta a Wix per { $count } paesi…
}
preview-preset = Preimpostazione
preview-countries = Paesi
preview-add-country = Aggiungi un paese
preview-name-or-code = Nome o codice
preview-show = Mostra anteprima
preview-app = App
preview-plan = Piano
preview-cycle = Ciclo
preview-per-month = Al mese
preview-per-cycle = Per ciclo
preview-on-sale = In offerta:
preview-check = Da verificare:
preset-default = Mercati principali
preset-eu = Unione europea
preset-g7 = G7
preset-all = Tutti i paesi
cycle-monthly = Mensile
cycle-yearly = Annuale
cycle-one-time = Una tantum
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Ogni mese
   *[other] Ogni { $months } mesi
}
cycle-other = Altro

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = Il periodo di fatturazione deve essere mensile o annuale, non “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-preset = La preimpostazione deve essere default, eu, g7 o all, non “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }” non è un codice lingua come de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = “{ $value }” non è un paese riconosciuto da questa pagina.
error-bad-query = Non è possibile leggere un parametro di questo indirizzo.
error-no-page = Non esiste alcuna pagina a questo indirizzo.
error-checkout-incomplete = La richiesta di pagamento è incompleta: scegliere un piano nella pagina dei prezzi.
error-checkout-field-too-long = Un campo del modulo di pagamento è troppo lungo.
error-checkout-unknown-app = Questa app non è in vendita su questa pagina.
error-checkout-unknown-cycle = Il periodo di fatturazione non è riconosciuto da Wix.
error-checkout-unknown-plan = Questo piano non è (più) in vendita.
error-checkout-plan-cycle = Questo piano non è in vendita con quel periodo di fatturazione.
error-other-app = L'accesso è stato effettuato per un'altra app.
error-installer-return = Questo ritorno dal programma di installazione di Wix non è valido; scegliere di nuovo il piano.
error-installer-cannot-continue = Questo pagamento non può proseguire per questo sito. Apri l’app dalla dashboard del tuo sito e scegli “Aggiorna app” per vedere i piani che puoi acquistare.
blocked-current-plan = Questo è già il piano attuale.
error-wix-timeout = Wix non ha risposto in tempo.
error-wix-unknown-app = Wix non riconosce questa app.
error-wix-failed = Wix ha risposto con un errore.
error-wix-down = Wix non risponde in questo momento.
error-wix-throttled = Wix ci ha chiesto di attendere un momento prima di chiedere di nuovo.
error-wix-refused = Wix ha rifiutato questa richiesta.
error-country-not-priced = Al momento Wix non ha prezzi che questa pagina possa mostrare per questo paese.
error-wix-untrusted-checkout = Wix ha risposto con un indirizzo di pagamento che questa pagina non considera attendibile.
error-internal = Non è stato possibile generare questa pagina.
error-preview-token = L'anteprima dei prezzi richiede il relativo token.
error-webhook-unsigned = Questa richiesta non è un evento firmato da Wix.
error-metrics-token = Le metriche richiedono il loro token.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Troppe richieste da questo indirizzo IP; riprovare tra un secondo.
   *[other] Troppe richieste da questo indirizzo IP; riprovare tra { $seconds } secondi.
}
error-address-too-long = L'indirizzo è troppo lungo.
error-too-many-parameters = L'indirizzo contiene troppi parametri.
error-parameter-too-long = Un parametro dell'indirizzo è troppo lungo.
error-header-too-large = Un'intestazione della richiesta è troppo grande.
error-bad-host = La richiesta deve indicare il proprio host una sola volta.
error-body-too-large = Il corpo della richiesta è troppo grande.
error-body-cut-off = Il corpo della richiesta è stato troncato.
error-body-too-slow = Il corpo della richiesta ha impiegato troppo tempo ad arrivare.
error-method-not-allowed = Questo indirizzo non accetta questo tipo di richiesta.
error-request-timeout = La richiesta ha impiegato troppo tempo.
error-refused = La richiesta è stata rifiutata.
error-busy = Il server è occupato con altre richieste. Riprova tra qualche secondo.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Importi formattati per { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Prezzi per paese
# The preset list's first choice: no preset.
preview-no-preset = Nessuna
preview-failed = Wix non ha risposto per questo paese.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Nessun prezzo qui, mentre un altro paese ce l'ha.
   *[other] Nessun prezzo qui, mentre altri { $others } paesi ce l'hanno.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Risparmio del { $saving }%, mentre il risparmio mediano è del { $median }%.
preview-pages = Pagine di paesi
preview-page-range = Paesi da { $first } a { $last } di { $count }
preview-previous = Paesi precedenti
preview-next = Paesi successivi
preview-flagged = { $cells ->
    [0] In questa pagina non c'è nulla di segnalato.
    [one] Una cella di questa pagina è segnalata:
   *[other] { $cells } celle di questa pagina sono segnalate:
}
preview-checks = Controlli effettuati: un prezzo mancante dove altri paesi ne hanno uno, un risparmio annuale molto lontano da quello mediano, un importo molto lontano da quelli degli altri paesi con prezzi nella stessa valuta, un paese con prezzi in una valuta diversa dalla propria, un'etichetta fiscale mancante dove la maggior parte dei paesi con prezzi nella stessa valuta ne mostra una, un paese per cui Wix non ha risposto.
preview-new-tab = (si apre in una nuova scheda)
preview-chosen = Paesi selezionati
preview-remove = Rimuovi { $country }
preview-not-understood = Non riconosciuto: { $entries }. Digitare il nome di un paese o il suo codice di due lettere.
preview-show-only = Mostra solo
preview-all = Tutti
preview-filter = Filtra righe
preview-flag-above-peers = Superiore del { $percent }% alla mediana dei { $count } paesi con prezzi in { $currency }.
preview-flag-below-peers = Inferiore del { $percent }% alla mediana dei { $count } paesi con prezzi in { $currency }.
preview-as-of = Prezzi come forniti da Wix il { $time } UTC.
preview-flag-ratio = Qui { $ratio } volte il prezzo di { $plan }, mentre la mediana degli altri paesi è { $median } volte.
preview-flag-no-tax-label = Nessuna etichetta fiscale, mentre { $with } dei { $count } paesi con prezzi in { $currency } ne mostrano una.
preview-countries-as-rows = Paesi come righe
preview-plans-as-rows = Piani come righe
preview-sort-by = Ordina per { $country }
preview-flag-foreign-currency = Prezzi in { $currency }, non in { $own }, la valuta propria di questo paese: Wix fa così dove non vende nella valuta locale.
error-bad-page = “{ $value }” non è una pagina di questa anteprima; le sue pagine vanno da 1 a { $pages }.
error-workbook-too-large = Una cartella di lavoro di { $lines } righe supera quanto produce questa esportazione ({ $most } al massimo): scegliere meno paesi, restringere le righe o scaricare il CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = Il tema deve essere light o dark, non “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-embed = Il parametro embed deve essere 1 o 0, non “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }” non è un codice coupon: i codici contengono lettere, cifre, - e _, per un massimo di 64 caratteri.
error-bad-instance-id = “{ $value }” non è un ID di istanza dell’app.
# $code: the coupon code, as given.
coupon-applied = Il coupon { $code } verrà applicato al momento del pagamento.
# $code: the coupon code, as given.
error-coupon-rejected = Wix non ha accettato il coupon “{ $code }”: potrebbe essere scaduto o non valido per questo piano.
error-without-coupon = Visualizza i piani senza coupon
footer-wix = I pagamenti sono elaborati in modo sicuro da Wix.
brand-logo = Logo
