# The pricing page's words in Hebrew. Message IDs match en.ftl exactly.

## Page

page-title = חבילות ומחירים
# $country: the country's name in this language.
page-description = כל החבילות והמחירים, למבקרים מ{ $country }.
# $country: country name; $currency: ISO code such as EUR.
price-note = מחירים עבור { $country } ב-{ $currency }.
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = מחירים עבור { $country } ב-{ $currency }, { $tax }.
price-note-at-checkout = המחירים עבור { $country } מוצגים בתשלום ב-Wix.
stale-prices = אין כרגע תגובה מ-Wix, ולכן ייתכן שהמחירים המוצגים הם מלפני כמה דקות. המחיר העדכני יאושר בשלב התשלום.
loading-plans = החבילות נטענות…
free-trial = יש תקופת ניסיון בחינם: נסו חבילה בתשלום לפני שאתם משלמים.
no-plans = לאפליקציה הזו אין כרגע חבילות זמינות. נסו לחזור לכאן מאוחר יותר.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = אפליקציה { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } אפשר להשוות בין החבילות; כדי לרכוש, פתחו את הדף הזה מלוח הבקרה של Wix.
signin-unverified = לא ניתן לאמת את ההתחברות שלכם ל-Wix.
signin-expired = תוקף ההתחברות שלכם ל-Wix פג.
signin-undated = בהתחברות שלכם ל-Wix אין תאריך תקף.
current-plan-unavailable = לא הצלחנו לטעון מ-Wix את החבילה הנוכחית שלכם. נסו שוב בעוד כמה רגעים.

## Controls

billing-period = מחזור חיוב
period-monthly = חודשי
period-yearly = שנתי
showing-monthly = מוצגים מחירים חודשיים
showing-yearly = מוצגים מחירים שנתיים
country = מדינה
show-prices = הצגת מחירים
language = שפה

## A plan's card

most-popular = הכי פופולרי
current-plan = החבילה הנוכחית
# $plan: the plan's name.
choose-plan = בחרו ב-{ $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label }: { $billed }
free = חינם
priced-outside-wix = התמחור נקבע מחוץ ל-Wix: פרטים באפליקציה
priced-by-app = התמחור והחיוב מתבצעים על ידי האפליקציה
amount-before-tax = לפני מס
amount-with-tax = כולל מס
priced-at-checkout = המחיר יוצג בתשלום ב-Wix
app-details = פרטים באתר של האפליקציה
# $percent: a whole number.
save-percent = חסכו { $percent }%
save-up-to = חיסכון של עד { $percent }%
faq-heading = שאלות ותשובות
per-month-unit = לחודש
one-time-payment = תשלום חד-פעמי
billed-once = תשלום חד-פעמי
billed-monthly = חיוב חודשי
billed-yearly = חיוב שנתי
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] חיוב כל חודש
    [two] חיוב כל חודשיים
   *[other] חיוב כל { $months } חודשים
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] חיוב כל שנה
    [two] חיוב כל שנתיים
   *[other] חיוב כל { $years } שנים
}
regular-price = מחיר רגיל:
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, עד { $until }
sale-black-friday = בלאק פריידיי
sale-cyber-monday = סייבר מאנדיי
sale-november = מבצע נובמבר
sale-limited-time = מבצע לזמן מוגבל
sale-special-offer = הצעה מיוחדת
sale-generic = מבצע
# $fee: an amount with its currency.
base-fee = דמי בסיס של { $fee } לחודש
no-base-fee = ללא דמי בסיס
charged-by-usage = חיוב לפי שימוש
# $step: an amount in US dollars.
charged-in-steps = חיוב לפי שימוש, במדרגות של { $step } (תמיד בדולר אמריקאי)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = כולל { $rate } מע״מ
tax-excluded-vat = לא כולל { $rate } מע״מ
tax-included-gst = כולל { $rate } GST
tax-excluded-gst = לא כולל { $rate } GST
tax-included-vat-no-rate = כולל מע״מ
tax-excluded-vat-no-rate = לא כולל מע״מ
tax-included-gst-no-rate = כולל GST
tax-excluded-gst-no-rate = לא כולל GST

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = כדי לעבור לחבילה זולה יותר, קודם בטלו את החבילה הנוכחית ב-Wix.
blocked-shorter-cycle = החיוב שלכם הוא שנתי: המעבר לחיוב חודשי מתבצע ב-Wix, ולשם כך צריך קודם לבטל את החבילה הנוכחית.

## Comparison table

compare-plans = השוואת חבילות
# $app: the app's name.
compare-app-plans = השוואת החבילות של { $app }
compare-plans-range = השוואת חבילות: מ־{ $first } עד { $last }
compare-app-plans-range = השוואת החבילות של { $app }: מ־{ $first } עד { $last }
benefit = הטבה
included = כלול
not-included = לא כלול

## Errors

error-bad-request-title = משהו בקישור הזה לא תקין
error-bad-request-advice = בדקו את הכתובת, או פתחו את תצוגת ברירת המחדל.
error-forbidden-title = פתחו את הדף הזה שוב מ-Wix
error-forbidden-advice = לחצו על "שדרוג אפליקציה" בלוח הבקרה של האתר, ואז בחרו חבילה.
error-conflict-title = לא ניתן לבצע כאן את השינוי הזה
error-conflict-advice = כדי לעבור לחבילה זולה יותר או מחיוב שנתי לחיוב חודשי, קודם בטלו את החבילה הנוכחית ב-Wix.
error-not-found-title = הדף הזה לא קיים
error-not-found-advice = בדקו את הכתובת, או פתחו את תצוגת ברירת המחדל.
error-unknown-app-title = האפליקציה הזו לא זמינה
error-unknown-app-advice = ייתכן שהאפליקציה הוסרה מ-Wix App Market.
error-unavailable-title = המחירים לא זמינים כרגע
error-unavailable-advice = אין כרגע תגובה מ-Wix. נסו שוב בעוד דקה.
error-throttled-advice = נא לנסות שוב בעוד רגע.
error-failed-title = משהו השתבש
error-failed-advice = נסו שוב מאוחר יותר.
error-refused-title = הבקשה נדחתה
error-refused-advice = בדקו את הכתובת, או המתינו רגע ונסו שוב.
error-show-default = מעבר לתצוגת ברירת המחדל
error-try-again = נסו שוב
# $id: a request ID the visitor can quote to support.
error-reference = מספר אסמכתה: { $id }

## Marketing preview

preview-title = תצוגה מקדימה של מחירים לפי מדינה
preview-intro = כמה משלמים מבקרים מכל מדינה, זה לצד זה. כדאי לבדוק שוב את התאים המסומנים.
preview-download = הורדה:
# $count: a whole number.
preview-asking = { $count ->
    [one] מבקשים מ-Wix מחירים עבור מדינה אחת…
    [two] מבקשים מ-Wix מחירים עבור שתי מדינות…
   *[other] מבקשים מ-Wix מחירים עבור { $count } מדינות…
}
preview-preset = קבוצה מוגדרת מראש
preview-countries = מדינות
preview-add-country = הוספת מדינה
preview-name-or-code = שם או קוד
preview-show = הצגת תצוגה מקדימה
preview-app = אפליקציה
preview-plan = חבילה
preview-cycle = מחזור
preview-per-month = לחודש
preview-per-cycle = למחזור
preview-on-sale = במבצע:
preview-check = לבדיקה:
preset-default = שווקים עיקריים
preset-eu = האיחוד האירופי
preset-g7 = G7
preset-all = כל המדינות
cycle-monthly = חודשי
cycle-yearly = שנתי
cycle-one-time = חד-פעמי
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] כל חודש
    [two] כל חודשיים
   *[other] כל { $months } חודשים
}
cycle-other = אחר

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = מחזור החיוב חייב להיות חודשי או שנתי, ולא "{ $value }".
# $value: what the address said, as the visitor typed it.
error-bad-preset = הקבוצה המוגדרת מראש חייבת להיות default, eu, g7 או all, ולא "{ $value }".
# $value: what the address said, as the visitor typed it.
error-bad-language = הערך "{ $value }" אינו קוד שפה כמו de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = הדף הזה לא מכיר מדינה בשם "{ $value }".
error-bad-query = לא ניתן לקרוא את אחד הפרמטרים בכתובת הזו.
error-no-page = אין דף בכתובת הזו.
error-checkout-incomplete = חסרים פרטים בבקשת התשלום: בחרו חבילה בדף המחירים.
error-checkout-field-too-long = אחד השדות בטופס התשלום ארוך מדי.
error-checkout-unknown-app = האפליקציה הזו לא נמכרת בדף הזה.
error-checkout-unknown-cycle = מחזור החיוב הזה לא מוכר ל-Wix.
error-checkout-unknown-plan = החבילה הזו לא נמכרת (או כבר לא נמכרת).
error-checkout-plan-cycle = החבילה הזו לא נמכרת עם מחזור החיוב הזה.
error-other-app = התחברתם עבור אפליקציה אחרת.
error-installer-return = החזרה מתוכנית ההתקנה של Wix אינה תקינה. בחרו שוב את החבילה.
error-installer-cannot-continue = לא ניתן להמשיך בתשלום הזה עבור האתר הזה. פתחו את האפליקציה מלוח הבקרה של האתר ובחרו „שדרוג האפליקציה” כדי לראות את התוכניות שאפשר לקנות.
blocked-current-plan = זו כבר החבילה שלכם.
error-wix-timeout = לא התקבלה תגובה מ-Wix בזמן.
error-wix-unknown-app = האפליקציה הזו לא מוכרת ל-Wix.
error-wix-failed = התקבלה שגיאה מ-Wix.
error-wix-down = לא מתקבלת תגובה מ-Wix כרגע.
error-wix-throttled = התבקשנו על ידי Wix להמתין רגע לפני שנשאל שוב.
error-wix-refused = הבקשה נדחתה על ידי Wix.
error-country-not-priced = כרגע אין ב-Wix מחירים שהדף הזה יכול להציג עבור המדינה הזו.
error-wix-untrusted-checkout = התקבלה מ-Wix כתובת תשלום שהדף הזה לא סומך עליה.
error-internal = לא הצלחנו ליצור את הדף הזה.
error-preview-token = לתצוגה המקדימה של המחירים נדרש הטוקן המתאים.
error-webhook-unsigned = בקשה זו אינה אירוע חתום על ידי Wix.
error-metrics-token = המדדים דורשים את האסימון שלהם.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] יותר מדי בקשות מכתובת ה-IP שלכם. נסו שוב בעוד שנייה.
    [two] יותר מדי בקשות מכתובת ה-IP שלכם. נסו שוב בעוד שתי שניות.
   *[other] יותר מדי בקשות מכתובת ה-IP שלכם. נסו שוב בעוד { $seconds } שניות.
}
error-address-too-long = הכתובת ארוכה מדי.
error-too-many-parameters = יש בכתובת יותר מדי פרמטרים.
error-parameter-too-long = אחד הפרמטרים בכתובת ארוך מדי.
error-header-too-large = אחת מכותרות הבקשה גדולה מדי.
error-bad-host = הבקשה חייבת לציין את המארח שלה פעם אחת בלבד.
error-body-too-large = גוף הבקשה גדול מדי.
error-body-cut-off = גוף הבקשה נקטע.
error-body-too-slow = העברת גוף הבקשה ארכה זמן רב מדי.
error-method-not-allowed = הכתובת הזו לא מקבלת בקשות מהסוג הזה.
error-request-timeout = הבקשה ארכה זמן רב מדי.
error-refused = הבקשה נדחתה.
error-busy = השרת עסוק בבקשות אחרות. נא לנסות שוב בעוד כמה שניות.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = הסכומים מעוצבים לפי { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = מחירים לפי מדינה
# The preset list's first choice: no preset.
preview-no-preset = ללא
preview-failed = לא התקבלה תגובה מ-Wix עבור המדינה הזו.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] אין כאן מחיר, אבל במדינה אחרת אחת יש.
    [two] אין כאן מחיר, אבל בשתי מדינות אחרות יש.
   *[other] אין כאן מחיר, אבל ב-{ $others } מדינות אחרות יש.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = חיסכון של { $saving }%, בעוד שחציון החיסכון הוא { $median }%.
preview-pages = עמודי מדינות
preview-page-range = מדינות { $first } עד { $last } מתוך { $count }
preview-previous = המדינות הקודמות
preview-next = המדינות הבאות
preview-flagged = { $cells ->
    [0] אין בעמוד הזה שום דבר מסומן.
    [one] תא אחד בעמוד הזה מסומן:
    [two] שני תאים בעמוד הזה מסומנים:
   *[other] { $cells } תאים בעמוד הזה מסומנים:
}
preview-checks = מה נבדק: מחיר חסר כשלמדינות אחרות יש מחיר, חיסכון שנתי רחוק מאוד מהחציון, סכום רחוק מאוד מהסכומים של שאר המדינות שהמחירים בהן נקובים באותו מטבע, מדינה שהמחירים בה נקובים במטבע שאינו המטבע שלה, תווית מס חסרה כשרוב המדינות שהמחירים בהן נקובים באותו מטבע מציגות תווית כזו, מדינה שלא התקבלה עבורה תגובה מ-Wix.
preview-new-tab = (נפתח בכרטיסייה חדשה)
preview-chosen = מדינות שנבחרו
preview-remove = הסרת { $country }
preview-not-understood = לא הצלחנו לזהות: { $entries }. הקלידו שם של מדינה או קוד מדינה בן שתי אותיות.
preview-show-only = להציג רק
preview-all = הכול
preview-filter = סינון שורות
preview-flag-above-peers = גבוה ב-{ $percent }% מהחציון של { $count } המדינות שהמחירים בהן נקובים ב-{ $currency }.
preview-flag-below-peers = נמוך ב-{ $percent }% מהחציון של { $count } המדינות שהמחירים בהן נקובים ב-{ $currency }.
preview-as-of = המחירים כפי שהתקבלו מ-Wix ב-{ $time } UTC.
preview-flag-ratio = כאן פי { $ratio } מהמחיר של { $plan }, בעוד שהחציון של שאר המדינות הוא פי { $median }.
preview-flag-no-tax-label = אין תווית מס, בעוד ש-{ $with } מתוך { $count } המדינות שהמחירים בהן נקובים ב-{ $currency } מציגות תווית כזו.
preview-countries-as-rows = מדינות בשורות
preview-plans-as-rows = חבילות בשורות
preview-sort-by = מיון לפי { $country }
preview-flag-foreign-currency = המחיר נקוב ב-{ $currency }, ולא ב-{ $own }, המטבע של המדינה הזו: Wix עושה זאת במקומות שבהם הוא לא מוכר במטבע המקומי.
error-bad-page = "{ $value }" אינו עמוד בתצוגה המקדימה הזו; העמודים שלה הם 1 עד { $pages }.
error-workbook-too-large = חוברת עבודה של { $lines } שורות גדולה ממה שהייצוא הזה יוצר ({ $most } לכל היותר): בחרו פחות מדינות, צמצמו את השורות או הורידו את ה-CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = ערכת הנושא חייבת להיות light או dark, ולא "{ $value }".
# $value: what the address said, as the visitor typed it.
error-bad-embed = הפרמטר embed חייב להיות 1 או 0, ולא "{ $value }".
# $value: what the address said, as the visitor typed it.
error-bad-coupon = הערך "{ $value }" אינו קוד קופון: קוד יכול לכלול אותיות, ספרות, מקף (-) וקו תחתון (_), ועד 64 תווים.
error-bad-instance-id = „{ $value }” אינו מזהה מופע של אפליקציה.
# $code: the coupon code, as given.
coupon-applied = הקופון { $code } יוחל בשלב התשלום.
# $code: the coupon code, as given.
error-coupon-rejected = הקופון "{ $code }" נדחה על ידי Wix: ייתכן שתוקפו פג, או שהוא לא חל על החבילה הזו.
error-without-coupon = הצגת החבילות בלי הקופון
footer-wix = התשלומים מעובדים באופן מאובטח על ידי Wix.
brand-logo = לוגו
