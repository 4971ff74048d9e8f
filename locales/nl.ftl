# The pricing page's words in Dutch (nl), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Abonnementen en prijzen
# $country: the country's name in this language.
page-description = Alle abonnementen en prijzen voor bezoekers uit { $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = Prijzen voor { $country } in { $currency }.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Prijzen voor { $country } in { $currency }, { $tax }.
price-note-at-checkout = De prijzen voor { $country } worden getoond bij het afrekenen bij Wix.
stale-prices = Wix reageert op dit moment niet, dus deze prijzen kunnen een paar minuten oud zijn. Bij het afrekenen wordt de actuele prijs bevestigd.
loading-plans = Abonnementen laden…
free-trial = Gratis proefperiode beschikbaar: probeer een betaald abonnement uit voordat je betaalt.
no-plans = Deze app heeft op dit moment geen abonnementen beschikbaar. Kom later nog eens terug.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = App { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Je kunt abonnementen vergelijken; open deze pagina vanuit je Wix-dashboard om te kopen.
signin-unverified = Je Wix-login kon niet worden geverifieerd.
signin-expired = Je Wix-login is verlopen.
signin-undated = Je Wix-login heeft geen geldige datum.
current-plan-unavailable = Je huidige abonnement kon niet bij Wix worden opgehaald; probeer het zo opnieuw.

## Controls

billing-period = Factureringsperiode
period-monthly = Maandelijks
period-yearly = Jaarlijks
showing-monthly = Maandprijzen worden getoond
showing-yearly = Jaarprijzen worden getoond
country = Land
show-prices = Prijzen tonen
language = Taal

## A plan's card

most-popular = Meest populair
current-plan = Huidig abonnement
# $plan: the plan's name.
choose-plan = Kies { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Gratis
priced-outside-wix = Prijs buiten Wix bepaald: zie de app voor details
priced-by-app = Prijs en facturering via de app
amount-before-tax = excl. belasting
amount-with-tax = incl. belasting
priced-at-checkout = Prijs bij het afrekenen bij Wix
app-details = Details op de website van de app
# $percent: a whole number.
save-percent = Bespaar { $percent }%
save-up-to = Bespaar tot { $percent }%
faq-heading = Vragen en antwoorden
per-month-unit = / maand
one-time-payment = eenmalige betaling
billed-once = eenmalig betaald
billed-monthly = maandelijks gefactureerd
billed-yearly = jaarlijks gefactureerd
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] elke maand gefactureerd
   *[other] elke { $months } maanden gefactureerd
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] elk jaar gefactureerd
   *[other] elke { $years } jaar gefactureerd
}
regular-price = Normale prijs:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, tot { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = Novemberactie
sale-limited-time = Tijdelijke aanbieding
sale-special-offer = Speciale aanbieding
sale-generic = Aanbieding
# $fee: an amount with its currency.
base-fee = { $fee } basistarief per maand
no-base-fee = Geen basistarief
charged-by-usage = Kosten op basis van gebruik
# $step: an amount in US dollars.
charged-in-steps = Kosten op basis van gebruik, in stappen van { $step } (altijd in Amerikaanse dollars)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = incl. { $rate } btw
tax-excluded-vat = excl. { $rate } btw
tax-included-gst = incl. { $rate } GST
tax-excluded-gst = excl. { $rate } GST
tax-included-vat-no-rate = incl. btw
tax-excluded-vat-no-rate = excl. btw
tax-included-gst-no-rate = incl. GST
tax-excluded-gst-no-rate = excl. GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Wil je overstappen naar een goedkoper abonnement? Zeg dan eerst je huidige abonnement op in Wix.
blocked-shorter-cycle = Je wordt jaarlijks gefactureerd: overstappen naar maandelijks doe je in Wix, door eerst je abonnement op te zeggen.

## Comparison table

compare-plans = Abonnementen vergelijken
# $app: the app's name.
compare-app-plans = Abonnementen van { $app } vergelijken
compare-plans-range = Abonnementen vergelijken: { $first } tot en met { $last }
compare-app-plans-range = Abonnementen van { $app } vergelijken: { $first } tot en met { $last }
benefit = Functie
included = Inbegrepen
not-included = Niet inbegrepen

## Errors

error-bad-request-title = Deze link klopt niet helemaal
error-bad-request-advice = Controleer het adres of open de standaardweergave.
error-forbidden-title = Open deze pagina opnieuw vanuit Wix
error-forbidden-advice = Gebruik “Upgrade App” in het dashboard van je site en kies daarna je abonnement.
error-conflict-title = Deze wijziging is hier niet mogelijk
error-conflict-advice = Wil je overstappen naar een goedkoper abonnement of van jaarlijkse naar maandelijkse facturering? Zeg dan eerst je huidige abonnement op in Wix.
error-not-found-title = Deze pagina bestaat niet
error-not-found-advice = Controleer het adres of open de standaardweergave.
error-unknown-app-title = Deze app is niet beschikbaar
error-unknown-app-advice = De app is mogelijk verwijderd uit de Wix App Market.
error-unavailable-title = Prijzen zijn op dit moment niet beschikbaar
error-unavailable-advice = Wix reageert op dit moment niet. Probeer het over een minuut opnieuw.
error-throttled-advice = Probeer het zo meteen opnieuw.
error-failed-title = Er is iets misgegaan
error-failed-advice = Probeer het later opnieuw.
error-refused-title = Dit verzoek is geweigerd
error-refused-advice = Controleer het adres, of wacht even en probeer het opnieuw.
error-show-default = Standaardweergave tonen
error-try-again = Opnieuw proberen
# $id: a request ID the visitor can quote to support.
error-reference = Referentie: { $id }

## Marketing preview

preview-title = Prijsvoorbeeld per land
preview-intro = Wat bezoekers uit elk land betalen, naast elkaar. Gemarkeerde cellen zijn het waard om nog eens te bekijken.
preview-download = Downloaden:
# $count: a whole number.
preview-asking = { $count ->
    [one] Prijzen opvragen bij Wix voor één land…
   *[other] Prijzen opvragen bij Wix voor { $count } landen…
}
preview-preset = Voorinstelling
preview-countries = Landen
preview-add-country = Land toevoegen
preview-name-or-code = Naam of code
preview-show = Voorbeeld tonen
preview-app = App
preview-plan = Abonnement
preview-cycle = Periode
preview-per-month = Per maand
preview-per-cycle = Per periode
preview-on-sale = In de aanbieding:
preview-check = Controleren:
preset-default = Belangrijkste markten
preset-eu = Europese Unie
preset-g7 = G7
preset-all = Alle landen
cycle-monthly = Maandelijks
cycle-yearly = Jaarlijks
cycle-one-time = Eenmalig
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Elke maand
   *[other] Elke { $months } maanden
}
cycle-other = Overig

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = De factureringsperiode moet maandelijks of jaarlijks zijn, niet “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-preset = De voorinstelling moet default, eu, g7 of all zijn, niet “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-language = “{ $value }” is geen taalcode zoals de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = “{ $value }” is geen land dat deze pagina kent.
error-bad-query = Een parameter van dit adres kan niet worden gelezen.
error-no-page = Er is geen pagina op dit adres.
error-checkout-incomplete = Het afrekenverzoek is onvolledig: kies een abonnement op de prijspagina.
error-checkout-field-too-long = Een veld van het afrekenformulier is te lang.
error-checkout-unknown-app = Deze app wordt niet op deze pagina verkocht.
error-checkout-unknown-cycle = Wix kent deze factureringsperiode niet.
error-checkout-unknown-plan = Dit abonnement wordt niet (meer) aangeboden.
error-checkout-plan-cycle = Dit abonnement wordt niet met die factureringsperiode aangeboden.
error-other-app = Je bent ingelogd voor een andere app.
error-installer-return = Deze terugkeer vanuit het Wix-installatieprogramma is niet geldig; kies je abonnement opnieuw.
error-installer-cannot-continue = Deze betaling kan voor deze site niet verder. Open de app vanuit het dashboard van je site en kies ‘App upgraden’ om de abonnementen te zien die je kunt kopen.
blocked-current-plan = Dit is al je abonnement.
error-wix-timeout = Wix heeft niet op tijd gereageerd.
error-wix-unknown-app = Wix kent deze app niet.
error-wix-failed = Wix heeft gereageerd met een fout.
error-wix-down = Wix antwoordt op dit moment niet.
error-wix-throttled = Wix vroeg ons even te wachten voordat we het opnieuw vragen.
error-wix-refused = Wix heeft dit verzoek geweigerd.
error-country-not-priced = Wix heeft op dit moment geen prijzen die deze pagina voor dit land kan tonen.
error-wix-untrusted-checkout = Wix heeft gereageerd met een afrekenadres dat deze pagina niet vertrouwt.
error-internal = Deze pagina kon niet worden opgebouwd.
error-preview-token = Voor het prijsvoorbeeld is het bijbehorende token nodig.
error-webhook-unsigned = Dit verzoek is geen door Wix ondertekende gebeurtenis.
error-metrics-token = De metrics vereisen hun token.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Te veel verzoeken vanaf je IP-adres; probeer het over een seconde opnieuw.
   *[other] Te veel verzoeken vanaf je IP-adres; probeer het over { $seconds } seconden opnieuw.
}
error-address-too-long = Het adres is te lang.
error-too-many-parameters = Het adres bevat te veel parameters.
error-parameter-too-long = Een parameter van het adres is te lang.
error-header-too-large = Een header van het verzoek is te groot.
error-bad-host = Het verzoek moet zijn host precies één keer noemen.
error-body-too-large = De inhoud van het verzoek is te groot.
error-body-cut-off = De inhoud van het verzoek is afgebroken.
error-body-too-slow = Het duurde te lang voordat de inhoud van het verzoek binnenkwam.
error-method-not-allowed = Dit adres accepteert dit soort verzoek niet.
error-request-timeout = Het verzoek duurde te lang.
error-refused = Het verzoek is geweigerd.
error-busy = De server is bezig met andere verzoeken. Probeer het over een paar seconden opnieuw.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Bedragen opgemaakt voor { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Prijzen per land
# The preset list's first choice: no preset.
preview-no-preset = Geen
preview-failed = Wix heeft voor dit land niet gereageerd.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Hier geen prijs, terwijl één ander land er wel een heeft.
   *[other] Hier geen prijs, terwijl { $others } andere landen er wel een hebben.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Bespaart { $saving }%, terwijl de mediane besparing { $median }% is.
preview-pages = Pagina’s met landen
preview-page-range = Landen { $first } tot en met { $last } van { $count }
preview-previous = Vorige landen
preview-next = Volgende landen
preview-flagged = { $cells ->
    [0] Op deze pagina is niets gemarkeerd.
    [one] Op deze pagina is één cel gemarkeerd:
   *[other] Op deze pagina zijn { $cells } cellen gemarkeerd:
}
preview-checks = Gecontroleerd: een ontbrekende prijs terwijl andere landen er wel een hebben, een jaarlijkse besparing ver van de mediaan, een bedrag ver van die van de andere landen met prijzen in dezelfde valuta, een land met prijzen in een andere valuta dan de eigen, een ontbrekend belastinglabel terwijl de meeste landen met prijzen in dezelfde valuta er wel een tonen, een land waarvoor Wix niet heeft gereageerd.
preview-new-tab = (opent in een nieuw tabblad)
preview-chosen = Gekozen landen
preview-remove = { $country } verwijderen
preview-not-understood = Niet herkend: { $entries }. Typ de naam van een land of de landcode van twee letters.
preview-show-only = Alleen tonen
preview-all = Alle
preview-filter = Rijen filteren
preview-flag-above-peers = { $percent }% boven de mediaan van de { $count } landen met prijzen in { $currency }.
preview-flag-below-peers = { $percent }% onder de mediaan van de { $count } landen met prijzen in { $currency }.
preview-as-of = Prijzen zoals Wix ze op { $time } UTC doorgaf.
preview-flag-ratio = Hier { $ratio } keer de prijs van { $plan }, terwijl de mediaan van de andere landen { $median } keer is.
preview-flag-no-tax-label = Geen belastinglabel, terwijl { $with } van de { $count } landen met prijzen in { $currency } er wel een tonen.
preview-countries-as-rows = Landen als rijen
preview-plans-as-rows = Abonnementen als rijen
preview-sort-by = Sorteren op { $country }
preview-flag-foreign-currency = Prijzen in { $currency }, niet in { $own }, de eigen valuta van dit land: Wix doet dat waar het niet in de lokale valuta verkoopt.
error-bad-page = “{ $value }” is geen pagina van dit voorbeeld; de pagina’s zijn 1 tot en met { $pages }.
error-workbook-too-large = Een werkmap van { $lines } rijen is groter dan deze export maakt (maximaal { $most }): kies minder landen, beperk de rijen of download de CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = Het thema moet light of dark zijn, niet “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-embed = De parameter embed moet 1 of 0 zijn, niet “{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = “{ $value }” is geen kortingscode: codes bestaan uit letters, cijfers, - en _, en zijn maximaal 64 tekens lang.
error-bad-instance-id = ‘{ $value }’ is geen app-instantie-ID.
# $code: the coupon code, as given.
coupon-applied = Kortingscode { $code } wordt bij het afrekenen toegepast.
# $code: the coupon code, as given.
error-coupon-rejected = Wix heeft de kortingscode “{ $code }” niet geaccepteerd: misschien is de code verlopen of geldt hij niet voor dit abonnement.
error-without-coupon = Abonnementen zonder kortingscode bekijken
footer-wix = Betalingen worden veilig verwerkt door Wix.
brand-logo = Logo
