# The pricing page's words in Polish (pl), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Plany i cennik
# $country: the country's name in this language.
page-description = Wszystkie plany i ceny dla odwiedzających z kraju: { $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = Ceny dla kraju: { $country }, w walucie { $currency }.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Ceny dla kraju: { $country }, w walucie { $currency }, { $tax }.
price-note-at-checkout = Ceny dla kraju { $country } są widoczne w płatności Wix.
stale-prices = Wix w tej chwili nie odpowiada, więc ceny mogą być sprzed kilku minut. Aktualna cena zostanie potwierdzona przy płatności.
loading-plans = Wczytywanie planów…
free-trial = Dostępny bezpłatny okres próbny: płatny plan można wypróbować przed zapłatą.
no-plans = Ta aplikacja nie ma obecnie dostępnych planów. Prosimy sprawdzić ponownie później.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = Aplikacja { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Plany można porównywać; aby dokonać zakupu, należy otworzyć tę stronę z panelu Wix.
signin-unverified = Nie udało się zweryfikować logowania do Wix.
signin-expired = Sesja logowania do Wix wygasła.
signin-undated = Sesja logowania do Wix nie ma prawidłowej daty.
current-plan-unavailable = Nie udało się pobrać obecnego planu z Wix. Prosimy spróbować ponownie za chwilę.

## Controls

billing-period = Okres rozliczeniowy
period-monthly = Miesięcznie
period-yearly = Rocznie
showing-monthly = Wyświetlane są ceny miesięczne
showing-yearly = Wyświetlane są ceny roczne
country = Kraj
show-prices = Pokaż ceny
language = Język

## A plan's card

most-popular = Najpopularniejszy
current-plan = Obecny plan
# $plan: the plan's name.
choose-plan = Wybierz plan { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = Bezpłatnie
priced-outside-wix = Cena ustalana poza Wix: szczegóły w aplikacji
priced-by-app = Cenę ustala i rozlicza aplikacja
amount-before-tax = przed opodatkowaniem
amount-with-tax = z podatkiem
priced-at-checkout = Cena widoczna w płatności Wix
app-details = Szczegóły na stronie aplikacji
# $percent: a whole number.
save-percent = Oszczędność { $percent }%
save-up-to = Oszczędź do { $percent }%
faq-heading = Pytania i odpowiedzi
per-month-unit = / mies.
one-time-payment = płatność jednorazowa
billed-once = płatne jednorazowo
billed-monthly = płatne miesięcznie
billed-yearly = płatne rocznie
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] płatne co miesiąc
    [few] płatne co { $months } miesiące
    [many] płatne co { $months } miesięcy
   *[other] płatne co { $months } miesiąca
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] płatne co rok
    [few] płatne co { $years } lata
    [many] płatne co { $years } lat
   *[other] płatne co { $years } roku
}
regular-price = Cena regularna:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, do { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = Listopadowa promocja
sale-limited-time = Promocja ograniczona czasowo
sale-special-offer = Oferta specjalna
sale-generic = Promocja
# $fee: an amount with its currency.
base-fee = Opłata podstawowa: { $fee } miesięcznie
no-base-fee = Bez opłaty podstawowej
charged-by-usage = Opłaty według wykorzystania
# $step: an amount in US dollars.
charged-in-steps = Opłaty według wykorzystania, naliczane co { $step } (zawsze w dolarach amerykańskich)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = w tym { $rate } VAT
tax-excluded-vat = bez { $rate } VAT
tax-included-gst = w tym { $rate } GST
tax-excluded-gst = bez { $rate } GST
tax-included-vat-no-rate = z VAT
tax-excluded-vat-no-rate = bez VAT
tax-included-gst-no-rate = z GST
tax-excluded-gst-no-rate = bez GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Aby przejść na tańszy plan, należy najpierw anulować obecny plan w Wix.
blocked-shorter-cycle = Obecny plan jest rozliczany rocznie: przejście na rozliczenie miesięczne odbywa się w Wix i wymaga wcześniejszego anulowania planu.

## Comparison table

compare-plans = Porównanie planów
# $app: the app's name.
compare-app-plans = Porównanie planów aplikacji { $app }
compare-plans-range = Porównanie planów: od { $first } do { $last }
compare-app-plans-range = Porównanie planów aplikacji { $app }: od { $first } do { $last }
benefit = Funkcja
included = W planie
not-included = Brak w planie

## Errors

error-bad-request-title = Ten link jest nieprawidłowy
error-bad-request-advice = Sprawdź adres lub otwórz widok domyślny.
error-forbidden-title = Otwórz tę stronę ponownie z poziomu Wix
error-forbidden-advice = Użyj przycisku „Upgrade App” w panelu witryny, a następnie wybierz plan.
error-conflict-title = Ta zmiana nie jest tutaj możliwa
error-conflict-advice = Aby przejść na tańszy plan lub z rozliczenia rocznego na miesięczne, najpierw anuluj obecny plan w Wix.
error-not-found-title = Ta strona nie istnieje
error-not-found-advice = Sprawdź adres lub otwórz widok domyślny.
error-unknown-app-title = Ta aplikacja jest niedostępna
error-unknown-app-advice = Aplikacja mogła zostać usunięta z Wix App Market.
error-unavailable-title = Ceny są w tej chwili niedostępne
error-unavailable-advice = Wix w tej chwili nie odpowiada. Spróbuj ponownie za minutę.
error-throttled-advice = Spróbuj ponownie za chwilę.
error-failed-title = Coś poszło nie tak
error-failed-advice = Spróbuj ponownie później.
error-refused-title = To żądanie zostało odrzucone
error-refused-advice = Sprawdź adres albo odczekaj chwilę i spróbuj ponownie.
error-show-default = Pokaż widok domyślny
error-try-again = Spróbuj ponownie
# $id: a request ID the visitor can quote to support.
error-reference = Numer referencyjny: { $id }

## Marketing preview

preview-title = Podgląd cen według krajów
preview-intro = Ile płacą odwiedzający z poszczególnych krajów, zestawione obok siebie. Oznaczone komórki warto sprawdzić ponownie.
preview-download = Pobierz:
# $count: a whole number.
preview-asking = { $count ->
    [one] Pobieranie cen z Wix dla jednego kraju…
    [few] Pobieranie cen z Wix dla { $count } krajów…
    [many] Pobieranie cen z Wix dla { $count } krajów…
   *[other] Pobieranie cen z Wix dla { $count } kraju…
}
preview-preset = Zestaw
preview-countries = Kraje
preview-add-country = Dodaj kraj
preview-name-or-code = Nazwa lub kod
preview-show = Pokaż podgląd
preview-app = Aplikacja
preview-plan = Plan
preview-cycle = Okres
preview-per-month = Miesięcznie
preview-per-cycle = Za okres
preview-on-sale = Promocja:
preview-check = Do sprawdzenia:
preset-default = Główne rynki
preset-eu = Unia Europejska
preset-g7 = G7
preset-all = Wszystkie kraje
cycle-monthly = Miesięcznie
cycle-yearly = Rocznie
cycle-one-time = Jednorazowo
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Co miesiąc
    [few] Co { $months } miesiące
    [many] Co { $months } miesięcy
   *[other] Co { $months } miesiąca
}
cycle-other = Inny

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = Okres rozliczeniowy musi być miesięczny lub roczny, a nie „{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-preset = Zestaw musi mieć wartość default, eu, g7 lub all, a nie „{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-language = „{ $value }” nie jest kodem języka, takim jak de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = Ta strona nie zna kraju „{ $value }”.
error-bad-query = Nie można odczytać jednego z parametrów tego adresu.
error-no-page = Pod tym adresem nie ma żadnej strony.
error-checkout-incomplete = Żądanie płatności jest niekompletne: wybierz plan na stronie z cennikiem.
error-checkout-field-too-long = Jedno z pól formularza płatności jest za długie.
error-checkout-unknown-app = Ta aplikacja nie jest sprzedawana na tej stronie.
error-checkout-unknown-cycle = Wix nie zna tego okresu rozliczeniowego.
error-checkout-unknown-plan = Ten plan nie jest (już) sprzedawany.
error-checkout-plan-cycle = Ten plan nie jest sprzedawany z tym okresem rozliczeniowym.
error-other-app = Sesja logowania dotyczy innej aplikacji.
error-installer-return = Ten powrót z instalatora Wix jest nieprawidłowy; wybierz plan ponownie.
error-installer-cannot-continue = Tej płatności nie można kontynuować dla tej witryny. Otwórz aplikację z panelu witryny i wybierz „Ulepsz aplikację”, aby zobaczyć plany, które możesz kupić.
blocked-current-plan = To jest już Twój obecny plan.
error-wix-timeout = Wix nie odpowiedział na czas.
error-wix-unknown-app = Wix nie zna tej aplikacji.
error-wix-failed = Wix odpowiedział błędem.
error-wix-down = Wix w tej chwili nie odpowiada.
error-wix-throttled = Wix poprosił, abyśmy chwilę poczekali, zanim zapytamy ponownie.
error-wix-refused = Wix odrzucił to żądanie.
error-country-not-priced = Wix nie ma teraz cen, które ta strona może pokazać dla tego kraju.
error-wix-untrusted-checkout = Wix zwrócił adres płatności, któremu ta strona nie ufa.
error-internal = Nie udało się utworzyć tej strony.
error-preview-token = Podgląd cen wymaga odpowiedniego tokenu.
error-webhook-unsigned = To żądanie nie jest zdarzeniem podpisanym przez Wix.
error-metrics-token = Metryki wymagają tokenu.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Zbyt wiele żądań z tego adresu IP; spróbuj ponownie za sekundę.
    [few] Zbyt wiele żądań z tego adresu IP; spróbuj ponownie za { $seconds } sekundy.
    [many] Zbyt wiele żądań z tego adresu IP; spróbuj ponownie za { $seconds } sekund.
   *[other] Zbyt wiele żądań z tego adresu IP; spróbuj ponownie za { $seconds } sekundy.
}
error-address-too-long = Adres jest za długi.
error-too-many-parameters = Adres zawiera zbyt wiele parametrów.
error-parameter-too-long = Jeden z parametrów adresu jest za długi.
error-header-too-large = Jeden z nagłówków żądania jest za duży.
error-bad-host = Żądanie musi podawać swój host dokładnie raz.
error-body-too-large = Treść żądania jest za duża.
error-body-cut-off = Treść żądania została ucięta.
error-body-too-slow = Przesyłanie treści żądania trwało zbyt długo.
error-method-not-allowed = Ten adres nie obsługuje tego rodzaju żądań.
error-request-timeout = Żądanie trwało zbyt długo.
error-refused = Żądanie zostało odrzucone.
error-busy = Serwer obsługuje inne żądania. Spróbuj ponownie za kilka sekund.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Kwoty sformatowane dla { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Ceny według krajów
# The preset list's first choice: no preset.
preview-no-preset = Brak
preview-failed = Wix nie odpowiedział dla tego kraju.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Brak ceny, choć ma ją jeden inny kraj.
    [few] Brak ceny, choć mają ją { $others } inne kraje.
    [many] Brak ceny, choć ma ją { $others } innych krajów.
   *[other] Brak ceny, choć ma ją { $others } innego kraju.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Oszczędność { $saving }%, podczas gdy mediana oszczędności wynosi { $median }%.
preview-pages = Strony krajów
preview-page-range = Kraje od { $first } do { $last } z { $count }
preview-previous = Poprzednie kraje
preview-next = Następne kraje
preview-flagged = { $cells ->
    [0] Na tej stronie nic nie jest oznaczone.
    [one] Na tej stronie oznaczono jedną komórkę:
    [few] Na tej stronie oznaczono { $cells } komórki:
    [many] Na tej stronie oznaczono { $cells } komórek:
   *[other] Na tej stronie oznaczono { $cells } komórki:
}
preview-checks = Sprawdzane przypadki: brak ceny, choć inne kraje ją mają; roczna oszczędność znacznie odbiegająca od mediany; kwota znacznie odbiegająca od kwot innych krajów z cenami w tej samej walucie; kraj z cenami w walucie innej niż własna; brak informacji o podatku, choć podaje ją większość krajów z cenami w tej samej walucie; kraj, dla którego Wix nie odpowiedział.
preview-new-tab = (otwiera się w nowej karcie)
preview-chosen = Wybrane kraje
preview-remove = Usuń: { $country }
preview-not-understood = Nie rozpoznano: { $entries }. Wpisz nazwę kraju lub jego dwuliterowy kod.
preview-show-only = Pokaż tylko
preview-all = Wszystkie
preview-filter = Filtruj wiersze
preview-flag-above-peers = { $count ->
    [one] O { $percent }% powyżej mediany dla { $count } kraju z cenami w { $currency }.
    [few] O { $percent }% powyżej mediany dla { $count } krajów z cenami w { $currency }.
    [many] O { $percent }% powyżej mediany dla { $count } krajów z cenami w { $currency }.
   *[other] O { $percent }% powyżej mediany dla { $count } kraju z cenami w { $currency }.
}
preview-flag-below-peers = { $count ->
    [one] O { $percent }% poniżej mediany dla { $count } kraju z cenami w { $currency }.
    [few] O { $percent }% poniżej mediany dla { $count } krajów z cenami w { $currency }.
    [many] O { $percent }% poniżej mediany dla { $count } krajów z cenami w { $currency }.
   *[other] O { $percent }% poniżej mediany dla { $count } kraju z cenami w { $currency }.
}
preview-as-of = Ceny przekazane przez Wix { $time } UTC.
preview-flag-ratio = Tutaj cena to { $ratio }-krotność ceny planu { $plan }, podczas gdy mediana dla pozostałych krajów to { $median }-krotność.
preview-flag-no-tax-label = { $count ->
    [one] Brak informacji o podatku, choć jest ona podana w { $with } z { $count } kraju z cenami w { $currency }.
    [few] Brak informacji o podatku, choć jest ona podana w { $with } z { $count } krajów z cenami w { $currency }.
    [many] Brak informacji o podatku, choć jest ona podana w { $with } z { $count } krajów z cenami w { $currency }.
   *[other] Brak informacji o podatku, choć jest ona podana w { $with } z { $count } kraju z cenami w { $currency }.
}
preview-countries-as-rows = Kraje jako wiersze
preview-plans-as-rows = Plany jako wiersze
preview-sort-by = Sortuj według: { $country }
preview-flag-foreign-currency = Ceny w { $currency }, a nie w { $own }, własnej walucie tego kraju: Wix tak robi tam, gdzie nie sprzedaje w walucie lokalnej.
error-bad-page = „{ $value }” nie jest stroną tego podglądu; jego strony to 1–{ $pages }.
error-workbook-too-large = Liczba wierszy skoroszytu ({ $lines }) przekracza to, co tworzy ten eksport (najwyżej { $most }): wybierz mniej krajów, zawęź wiersze lub pobierz plik CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = Motyw musi mieć wartość light lub dark, a nie „{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-embed = Parametr embed musi mieć wartość 1 lub 0, a nie „{ $value }”.
# $value: what the address said, as the visitor typed it.
error-bad-coupon = „{ $value }” nie jest kodem rabatowym: kod może zawierać litery, cyfry, - i _, maksymalnie 64 znaki.
error-bad-instance-id = „{ $value }” nie jest identyfikatorem instancji aplikacji.
# $code: the coupon code, as given.
coupon-applied = Kod rabatowy { $code } zostanie zastosowany przy płatności.
# $code: the coupon code, as given.
error-coupon-rejected = Wix nie przyjął kodu rabatowego „{ $code }”: mógł wygasnąć lub nie dotyczyć tego planu.
error-without-coupon = Zobacz plany bez kodu rabatowego
footer-wix = Płatności są bezpiecznie obsługiwane przez Wix.
brand-logo = Logo
