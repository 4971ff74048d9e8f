# The pricing page's words in German (de), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Tarife und Preise
# $country: the country's name in this language.
page-description = Alle Tarife und Preise für Besucher mit Standort { $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = Preise in { $currency } (Land: { $country }).
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Preise in { $currency }, { $tax } (Land: { $country }).
price-note-at-checkout = Die Preise für { $country } werden im Wix-Checkout angezeigt.
stale-prices = Wix antwortet gerade nicht, daher können diese Preise einige Minuten alt sein. Der aktuelle Preis wird beim Bezahlvorgang bestätigt.
loading-plans = Tarife werden geladen…
free-trial = Kostenlose Testphase verfügbar: Testen Sie einen kostenpflichtigen Tarif, bevor Sie bezahlen.
no-plans = Für diese App sind derzeit keine Tarife verfügbar. Bitte schauen Sie später wieder vorbei.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = App { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Sie können die Tarife vergleichen; zum Kaufen öffnen Sie diese Seite über Ihr Wix-Dashboard.
signin-unverified = Ihre Wix-Anmeldung konnte nicht bestätigt werden.
signin-expired = Ihre Wix-Anmeldung ist abgelaufen.
signin-undated = Ihre Wix-Anmeldung hat kein gültiges Datum.
current-plan-unavailable = Ihr aktueller Tarif konnte nicht von Wix geladen werden. Bitte versuchen Sie es gleich noch einmal.

## Controls

billing-period = Abrechnungszeitraum
period-monthly = Monatlich
period-yearly = Jährlich
showing-monthly = Monatliche Preise werden angezeigt
showing-yearly = Jährliche Preise werden angezeigt
country = Land
show-prices = Preise anzeigen
language = Sprache

## A plan's card

most-popular = Beliebteste Wahl
current-plan = Aktueller Tarif
# $plan: the plan's name.
choose-plan = { $plan } wählen
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Kostenlos
priced-outside-wix = Preise außerhalb von Wix: Details finden Sie in der App
priced-by-app = Preisgestaltung und Abrechnung durch die App
amount-before-tax = vor Steuern
amount-with-tax = inkl. Steuern
priced-at-checkout = Preis im Wix-Checkout
app-details = Details auf der Website der App
# $percent: a whole number.
save-percent = { $percent } % sparen
save-up-to = Bis zu { $percent } % sparen
faq-heading = Fragen und Antworten
per-month-unit = / Monat
one-time-payment = Einmalzahlung
billed-once = einmalige Zahlung
billed-monthly = monatliche Abrechnung
billed-yearly = jährliche Abrechnung
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] monatliche Abrechnung
   *[other] Abrechnung alle { $months } Monate
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] jährliche Abrechnung
   *[other] Abrechnung alle { $years } Jahre
}
regular-price = Normalpreis:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, bis { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = November-Aktion
sale-limited-time = Zeitlich begrenztes Angebot
sale-special-offer = Sonderangebot
sale-generic = Angebot
# $fee: an amount with its currency.
base-fee = { $fee } Grundgebühr pro Monat
no-base-fee = Keine Grundgebühr
charged-by-usage = Nutzungsbasierte Abrechnung
# $step: an amount in US dollars.
charged-in-steps = Nutzungsbasierte Abrechnung in Schritten von { $step } (immer in US-Dollar)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = inkl. { $rate } MwSt.
tax-excluded-vat = zzgl. { $rate } MwSt.
tax-included-gst = inkl. { $rate } GST
tax-excluded-gst = zzgl. { $rate } GST
tax-included-vat-no-rate = inkl. MwSt.
tax-excluded-vat-no-rate = zzgl. MwSt.
tax-included-gst-no-rate = inkl. GST
tax-excluded-gst-no-rate = zzgl. GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Um zu einem günstigeren Tarif zu wechseln, kündigen Sie zuerst Ihren aktuellen Tarif in Wix.
blocked-shorter-cycle = Sie werden jährlich abgerechnet: Der Wechsel zur monatlichen Abrechnung erfolgt in Wix, indem Sie zuerst kündigen.

## Comparison table

compare-plans = Tarife vergleichen
# $app: the app's name.
compare-app-plans = Tarife von { $app } vergleichen
compare-plans-range = Tarife vergleichen: { $first } bis { $last }
compare-app-plans-range = Tarife von { $app } vergleichen: { $first } bis { $last }
benefit = Leistung
included = Enthalten
not-included = Nicht enthalten

## Errors

error-bad-request-title = Dieser Link ist nicht ganz korrekt
error-bad-request-advice = Prüfen Sie die Adresse oder öffnen Sie die Standardansicht.
error-forbidden-title = Bitte öffnen Sie diese Seite erneut über Wix
error-forbidden-advice = Klicken Sie im Dashboard Ihrer Website auf „App upgraden“ und wählen Sie dann Ihren Tarif.
error-conflict-title = Diese Änderung ist hier nicht möglich
error-conflict-advice = Um zu einem günstigeren Tarif oder von jährlicher zu monatlicher Abrechnung zu wechseln, kündigen Sie zuerst Ihren aktuellen Tarif in Wix.
error-not-found-title = Diese Seite existiert nicht
error-not-found-advice = Prüfen Sie die Adresse oder öffnen Sie die Standardansicht.
error-unknown-app-title = Diese App ist nicht verfügbar
error-unknown-app-advice = Die App wurde möglicherweise aus dem Wix App Market entfernt.
error-unavailable-title = Preise derzeit nicht verfügbar
error-unavailable-advice = Wix antwortet gerade nicht. Bitte versuchen Sie es in einer Minute noch einmal.
error-throttled-advice = Bitte versuchen Sie es gleich noch einmal.
error-failed-title = Etwas ist schiefgelaufen
error-failed-advice = Bitte versuchen Sie es später noch einmal.
error-refused-title = Diese Anfrage wurde abgelehnt
error-refused-advice = Prüfen Sie die Adresse oder warten Sie einen Moment und versuchen Sie es dann erneut.
error-show-default = Standardansicht anzeigen
error-try-again = Erneut versuchen
# $id: a request ID the visitor can quote to support.
error-reference = Referenz: { $id }

## Marketing preview

preview-title = Preisvorschau nach Land
preview-intro = Was Besucher aus den einzelnen Ländern zahlen, direkt nebeneinander. Markierte Zellen sollten Sie sich genauer ansehen.
preview-download = Herunterladen:
# $count: a whole number.
preview-asking = { $count ->
    [one] Preise für ein Land werden bei Wix abgefragt…
   *[other] Preise für { $count } Länder werden bei Wix abgefragt…
}
preview-preset = Vorauswahl
preview-countries = Länder
preview-add-country = Land hinzufügen
preview-name-or-code = Name oder Code
preview-show = Vorschau anzeigen
preview-app = App
preview-plan = Tarif
preview-cycle = Zyklus
preview-per-month = Pro Monat
preview-per-cycle = Pro Zyklus
preview-on-sale = Reduziert:
preview-check = Prüfen:
preset-default = Hauptmärkte
preset-eu = Europäische Union
preset-g7 = G7
preset-all = Alle Länder
cycle-monthly = Monatlich
cycle-yearly = Jährlich
cycle-one-time = Einmalig
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Jeden Monat
   *[other] Alle { $months } Monate
}
cycle-other = Sonstige

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = Der Abrechnungszeitraum muss monatlich oder jährlich sein, nicht „{ $value }“.
# $value: what the address said, as the visitor typed it.
error-bad-preset = Die Vorauswahl muss default, eu, g7 oder all sein, nicht „{ $value }“.
# $value: what the address said, as the visitor typed it.
error-bad-language = „{ $value }“ ist kein Sprachcode wie de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = „{ $value }“ ist kein Land, das diese Seite kennt.
error-bad-query = Ein Parameter dieser Adresse kann nicht gelesen werden.
error-no-page = Unter dieser Adresse gibt es keine Seite.
error-checkout-incomplete = Die Anfrage für den Bezahlvorgang ist unvollständig: Wählen Sie einen Tarif auf der Preisseite.
error-checkout-field-too-long = Ein Feld im Bestellformular ist zu lang.
error-checkout-unknown-app = Diese App wird auf dieser Seite nicht verkauft.
error-checkout-unknown-cycle = Diesen Abrechnungszeitraum kennt Wix nicht.
error-checkout-unknown-plan = Dieser Tarif wird nicht (mehr) angeboten.
error-checkout-plan-cycle = Dieser Tarif wird mit diesem Abrechnungszeitraum nicht angeboten.
error-other-app = Sie sind für eine andere App angemeldet.
error-installer-return = Diese Rückkehr vom Wix-Installationsprogramm ist ungültig. Bitte wählen Sie Ihren Tarif erneut.
error-installer-cannot-continue = Dieser Bezahlvorgang kann für diese Website nicht fortgesetzt werden. Öffnen Sie die App im Dashboard Ihrer Website und wählen Sie „App upgraden“, um die Pläne zu sehen, die Sie kaufen können.
blocked-current-plan = Das ist bereits Ihr Tarif.
error-wix-timeout = Wix hat nicht rechtzeitig geantwortet.
error-wix-unknown-app = Wix kennt diese App nicht.
error-wix-failed = Wix hat mit einem Fehler geantwortet.
error-wix-down = Wix antwortet gerade nicht.
error-wix-throttled = Wix hat uns gebeten, kurz zu warten, bevor wir erneut fragen.
error-wix-refused = Wix hat diese Anfrage abgelehnt.
error-country-not-priced = Wix hat für dieses Land gerade keine Preise, die diese Seite zeigen kann.
error-wix-untrusted-checkout = Wix hat eine Adresse für den Bezahlvorgang zurückgegeben, der diese Seite nicht vertraut.
error-internal = Diese Seite konnte nicht erstellt werden.
error-preview-token = Für die Preisvorschau wird das zugehörige Token benötigt.
error-webhook-unsigned = Diese Anfrage ist kein von Wix signiertes Ereignis.
error-metrics-token = Die Metriken erfordern ihr Token.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Zu viele Anfragen von Ihrer IP-Adresse. Versuchen Sie es in einer Sekunde erneut.
   *[other] Zu viele Anfragen von Ihrer IP-Adresse. Versuchen Sie es in { $seconds } Sekunden erneut.
}
error-address-too-long = Die Adresse ist zu lang.
error-too-many-parameters = Die Adresse enthält zu viele Parameter.
error-parameter-too-long = Ein Parameter der Adresse ist zu lang.
error-header-too-large = Ein Header der Anfrage ist zu groß.
error-bad-host = Die Anfrage muss ihren Host genau einmal nennen.
error-body-too-large = Der Inhalt der Anfrage ist zu groß.
error-body-cut-off = Der Inhalt der Anfrage wurde abgeschnitten.
error-body-too-slow = Die Übertragung der Anfrage hat zu lange gedauert.
error-method-not-allowed = Diese Adresse akzeptiert diese Art von Anfrage nicht.
error-request-timeout = Die Anfrage hat zu lange gedauert.
error-refused = Die Anfrage wurde abgelehnt.
error-busy = Der Server ist mit anderen Anfragen beschäftigt. Bitte versuchen Sie es in ein paar Sekunden erneut.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Beträge im Format für { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Preise nach Land
# The preset list's first choice: no preset.
preview-no-preset = Keine
preview-failed = Wix hat für dieses Land nicht geantwortet.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Hier fehlt ein Preis, obwohl ein anderes Land einen hat.
   *[other] Hier fehlt ein Preis, obwohl { $others } andere Länder einen haben.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Spart { $saving } %, der Median der Ersparnis liegt bei { $median } %.
preview-pages = Seiten der Länder
preview-page-range = Länder { $first } bis { $last } von { $count }
preview-previous = Vorherige Länder
preview-next = Nächste Länder
preview-flagged = { $cells ->
    [0] Auf dieser Seite ist nichts markiert.
    [one] Eine Zelle auf dieser Seite ist markiert:
   *[other] { $cells } Zellen auf dieser Seite sind markiert:
}
preview-checks = Geprüft wird: ein fehlender Preis, obwohl andere Länder einen haben; eine jährliche Ersparnis weit vom Median entfernt; ein Betrag weit entfernt von denen der anderen Länder mit Preisen in derselben Währung; ein Land mit Preisen in einer anderen als der eigenen Währung; ein fehlender Steuerhinweis, obwohl die meisten Länder mit Preisen in derselben Währung einen zeigen; ein Land, für das Wix nicht geantwortet hat.
preview-new-tab = (öffnet sich in einem neuen Tab)
preview-chosen = Ausgewählte Länder
preview-remove = { $country } entfernen
preview-not-understood = Nicht erkannt: { $entries }. Geben Sie den Namen eines Landes oder seinen zweistelligen Code ein.
preview-show-only = Nur anzeigen
preview-all = Alle
preview-filter = Zeilen filtern
preview-flag-above-peers = { $percent } % über dem Median der { $count } Länder mit Preisen in { $currency }.
preview-flag-below-peers = { $percent } % unter dem Median der { $count } Länder mit Preisen in { $currency }.
preview-as-of = Preise, wie Wix sie am { $time } UTC übermittelt hat.
preview-flag-ratio = Hier das { $ratio }-Fache von { $plan }, während der Median der anderen Länder beim { $median }-Fachen liegt.
preview-flag-no-tax-label = Kein Steuerhinweis, obwohl { $with } der { $count } Länder mit Preisen in { $currency } einen zeigen.
preview-countries-as-rows = Länder als Zeilen
preview-plans-as-rows = Tarife als Zeilen
preview-sort-by = Nach { $country } sortieren
preview-flag-foreign-currency = Preise in { $currency }, nicht in { $own }, der eigenen Währung dieses Landes: Wix tut das dort, wo es nicht in der Landeswährung verkauft.
error-bad-page = „{ $value }“ ist keine Seite dieser Vorschau; ihre Seiten sind 1 bis { $pages }.
error-workbook-too-large = Eine Arbeitsmappe mit { $lines } Zeilen ist größer, als dieser Export sie erstellt (höchstens { $most }): Wählen Sie weniger Länder, grenzen Sie die Zeilen ein oder laden Sie die CSV herunter.

## The owner's page: theme, embedding, coupons.
error-bad-theme = Das Farbschema muss light oder dark sein, nicht „{ $value }“.
# $value: what the address said, as the visitor typed it.
error-bad-embed = Der Parameter embed muss 1 oder 0 sein, nicht „{ $value }“.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = „{ $value }“ ist kein Gutscheincode: Codes bestehen aus Buchstaben, Ziffern, - und _ und sind höchstens 64 Zeichen lang.
error-bad-instance-id = „{ $value }“ ist keine App-Instanz-ID.
# $code: the coupon code, as given.
coupon-applied = Der Gutschein { $code } wird beim Bezahlvorgang eingelöst.
# $code: the coupon code, as given.
error-coupon-rejected = Wix hat den Gutschein „{ $code }“ nicht akzeptiert: Er ist möglicherweise abgelaufen oder gilt nicht für diesen Tarif.
error-without-coupon = Tarife ohne Gutschein ansehen
footer-wix = Zahlungen werden sicher über Wix abgewickelt.
brand-logo = Logo
