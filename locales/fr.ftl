# The pricing page's words in French (fr), translated from en.ftl.
# Every file in this folder has exactly the message IDs of en.ftl.
# Variables: { $name } is filled in by the page; numbers and amounts arrive
# already formatted for the visitor's locale unless a comment says otherwise.

## Page

page-title = Forfaits et tarifs
# $country: the country's name in this language.
page-description = Tous les forfaits et tarifs proposés aux visiteurs (pays : { $country }).
# $country: country name; $currency: ISO code such as EUR.
price-note = Prix en { $currency } (pays : { $country }).
# $tax: a tax label such as "incl. 19% VAT".
price-note-with-tax = Prix en { $currency }, { $tax } (pays : { $country }).
price-note-at-checkout = Les prix pour { $country } sont affichés au paiement Wix.
stale-prices = Wix ne répond pas pour le moment : ces prix peuvent dater de quelques minutes. Le prix actuel est confirmé lors du paiement.
loading-plans = Chargement des forfaits…
free-trial = Essai gratuit disponible : essayez un forfait payant avant tout paiement.
no-plans = Cette application ne propose aucun forfait pour le moment. Veuillez revenir plus tard.
# $number: the app's position on the page, when its owner gave it no name.
app-fallback-name = Application { $number }

## Sign-in notices

# $reason: one of the signin-* messages.
signin-compare-only = { $reason } Vous pouvez comparer les forfaits ; pour acheter, ouvrez cette page depuis votre tableau de bord Wix.
signin-unverified = Votre connexion Wix n'a pas pu être vérifiée.
signin-expired = Votre connexion Wix a expiré.
signin-undated = Votre connexion Wix ne comporte pas de date valide.
current-plan-unavailable = Impossible de charger votre forfait actuel depuis Wix ; veuillez réessayer dans quelques instants.

## Controls

billing-period = Période de facturation
period-monthly = Mensuel
period-yearly = Annuel
showing-monthly = Affichage des prix mensuels
showing-yearly = Affichage des prix annuels
country = Pays
show-prices = Afficher les prix
language = Langue

## A plan's card

most-popular = Le plus populaire
current-plan = Forfait actuel
# $plan: the plan's name.
choose-plan = Choisir { $plan }
# $label: a button label such as "Choose Pro"; $billed: a billed-* phrase.
choose-cycle = { $label } : { $billed }
free = Gratuit
priced-outside-wix = Tarif fixé en dehors de Wix : consultez l'application pour en savoir plus
priced-by-app = Tarifé et facturé par l'application
amount-before-tax = hors taxes
amount-with-tax = taxes comprises
priced-at-checkout = Prix affiché au paiement Wix
app-details = Détails sur le site de l'application
# $percent: a whole number.
save-percent = Économisez { $percent } %
save-up-to = Jusqu’à { $percent } % d’économie
faq-heading = Questions et réponses
per-month-unit = / mois
one-time-payment = paiement unique
billed-once = payé en une seule fois
billed-monthly = facturé mensuellement
billed-yearly = facturé annuellement
# $months: a whole number (not formatted).
billed-every-months = { $months ->
    [one] facturé chaque mois
   *[other] facturé tous les { $months } mois
}
# $years: a whole number (not formatted).
billed-every-years = { $years ->
    [one] facturé chaque année
   *[other] facturé tous les { $years } ans
}
regular-price = Prix normal :
# $sale: a sale-* name; $until: a day such as "December 1".
sale-until = { $sale }, jusqu'au { $until }
sale-black-friday = Black Friday
sale-cyber-monday = Cyber Monday
sale-november = Promo de novembre
sale-limited-time = Offre à durée limitée
sale-special-offer = Offre spéciale
sale-generic = Promo
# $fee: an amount with its currency.
base-fee = { $fee } de frais de base par mois
no-base-fee = Sans frais de base
charged-by-usage = Facturé à l'usage
# $step: an amount in US dollars.
charged-in-steps = Facturé à l'usage, par tranches de { $step } (toujours en dollars américains)
# $rate: a percentage such as "19%", or nothing.
tax-included-vat = TVA { $rate } incluse
tax-excluded-vat = hors TVA ({ $rate })
tax-included-gst = TPS { $rate } incluse
tax-excluded-gst = hors TPS ({ $rate })
tax-included-vat-no-rate = TVA incluse
tax-excluded-vat-no-rate = hors TVA
tax-included-gst-no-rate = TPS incluse
tax-excluded-gst-no-rate = hors TPS

## Why a choice cannot be bought (Wix's downgrade rules)

blocked-cheaper-plan = Pour passer à un forfait moins cher, résiliez d'abord votre forfait actuel dans Wix.
blocked-shorter-cycle = Vous êtes facturé annuellement : le passage à la facturation mensuelle se fait dans Wix, en résiliant d'abord votre forfait.

## Comparison table

compare-plans = Comparer les forfaits
# $app: the app's name.
compare-app-plans = Comparer les forfaits { $app }
compare-plans-range = Comparer les forfaits : de { $first } à { $last }
compare-app-plans-range = Comparer les forfaits { $app } : de { $first } à { $last }
benefit = Avantage
included = Inclus
not-included = Non inclus

## Errors

error-bad-request-title = Ce lien n'est pas tout à fait correct
error-bad-request-advice = Vérifiez l'adresse ou ouvrez l'affichage par défaut.
error-forbidden-title = Veuillez rouvrir cette page depuis Wix
error-forbidden-advice = Cliquez sur « Upgrade App » dans le tableau de bord de votre site, puis choisissez votre forfait.
error-conflict-title = Ce changement n'est pas possible ici
error-conflict-advice = Pour passer à un forfait moins cher ou de la facturation annuelle à la facturation mensuelle, résiliez d'abord votre forfait actuel dans Wix.
error-not-found-title = Cette page n'existe pas
error-not-found-advice = Vérifiez l'adresse ou ouvrez l'affichage par défaut.
error-unknown-app-title = Cette application n'est pas disponible
error-unknown-app-advice = L'application a peut-être été retirée du Wix App Market.
error-unavailable-title = Les prix sont indisponibles pour le moment
error-unavailable-advice = Wix ne répond pas pour le moment. Veuillez réessayer dans une minute.
error-throttled-advice = Veuillez réessayer dans un instant.
error-failed-title = Une erreur s'est produite
error-failed-advice = Veuillez réessayer plus tard.
error-refused-title = Cette requête a été refusée
error-refused-advice = Vérifiez l'adresse, ou patientez un instant et réessayez.
error-show-default = Afficher la vue par défaut
error-try-again = Réessayer
# $id: a request ID the visitor can quote to support.
error-reference = Référence : { $id }

## Marketing preview

preview-title = Aperçu des prix par pays
preview-intro = Ce que paient les visiteurs de chaque pays, côte à côte. Les cellules signalées méritent une seconde vérification.
preview-download = Télécharger :
# $count: a whole number.
preview-asking = { $count ->
    [one] Interrogation de Wix pour un pays…
   *[other] Interrogation de Wix pour { $count } pays…
}
preview-preset = Présélection
preview-countries = Pays
preview-add-country = Ajouter un pays
preview-name-or-code = Nom ou code
preview-show = Afficher l'aperçu
preview-app = Application
preview-plan = Forfait
preview-cycle = Cycle
preview-per-month = Par mois
preview-per-cycle = Par cycle
preview-on-sale = En promo :
preview-check = À vérifier :
preset-default = Marchés principaux
preset-eu = Union européenne
preset-g7 = G7
preset-all = Tous les pays
cycle-monthly = Mensuel
cycle-yearly = Annuel
cycle-one-time = Paiement unique
# $months: a whole number (not formatted).
cycle-every-months = { $months ->
    [one] Chaque mois
   *[other] Tous les { $months } mois
}
cycle-other = Autre

## Why a request failed: the line under an error page's title

# $value: what the address said, as the visitor typed it.
error-bad-cycle = La période de facturation doit être mensuelle ou annuelle, et non « { $value } ».
# $value: what the address said, as the visitor typed it.
error-bad-preset = La présélection doit être default, eu, g7 ou all, et non « { $value } ».
# $value: what the address said, as the visitor typed it.
error-bad-language = « { $value } » n'est pas un code de langue tel que de-DE.
# $value: what the address said, as the visitor typed it.
error-bad-country = « { $value } » ne correspond à aucun pays connu de cette page.
error-bad-query = Un paramètre de cette adresse est illisible.
error-no-page = Il n'y a aucune page à cette adresse.
error-checkout-incomplete = La demande de paiement est incomplète : choisissez un forfait sur la page des tarifs.
error-checkout-field-too-long = Un champ du formulaire de paiement est trop long.
error-checkout-unknown-app = Cette application n'est pas vendue sur cette page.
error-checkout-unknown-cycle = Cette période de facturation n'est pas reconnue par Wix.
error-checkout-unknown-plan = Ce forfait n'est pas (ou plus) proposé.
error-checkout-plan-cycle = Ce forfait n'est pas proposé avec cette période de facturation.
error-other-app = Vous êtes connecté pour une autre application.
error-installer-return = Ce retour depuis le programme d'installation Wix n'est pas valide ; veuillez choisir à nouveau votre forfait.
error-installer-cannot-continue = Ce paiement ne peut pas continuer pour ce site. Ouvrez l’application depuis le tableau de bord de votre site et choisissez « Mettre à niveau l’app » pour voir les forfaits que vous pouvez acheter.
blocked-current-plan = C'est déjà votre forfait.
error-wix-timeout = Wix n'a pas répondu à temps.
error-wix-unknown-app = Wix ne connaît pas cette application.
error-wix-failed = Wix a répondu par une erreur.
error-wix-down = Wix ne répond pas pour le moment.
error-wix-throttled = Wix nous a demandé d’attendre un instant avant de redemander.
error-wix-refused = Wix a refusé cette requête.
error-country-not-priced = Wix n’a pour l’instant aucun prix que cette page puisse afficher pour ce pays.
error-wix-untrusted-checkout = Wix a renvoyé une adresse de paiement à laquelle cette page ne fait pas confiance.
error-internal = Cette page n'a pas pu être générée.
error-preview-token = L'aperçu des prix nécessite son jeton d'accès.
error-webhook-unsigned = Cette requête n’est pas un événement signé par Wix.
error-metrics-token = Les métriques nécessitent leur jeton.
# $seconds: a whole number.
error-too-many-requests = { $seconds ->
    [one] Trop de requêtes depuis votre adresse IP ; réessayez dans { $seconds } seconde.
   *[other] Trop de requêtes depuis votre adresse IP ; réessayez dans { $seconds } secondes.
}
error-address-too-long = L'adresse est trop longue.
error-too-many-parameters = L'adresse contient trop de paramètres.
error-parameter-too-long = Un paramètre de l'adresse est trop long.
error-header-too-large = Un en-tête de la requête est trop volumineux.
error-bad-host = La requête doit nommer son hôte une seule fois.
error-body-too-large = Le corps de la requête est trop volumineux.
error-body-cut-off = Le corps de la requête a été tronqué.
error-body-too-slow = Le corps de la requête a mis trop de temps à arriver.
error-method-not-allowed = Cette adresse n'accepte pas ce type de requête.
error-request-timeout = La requête a pris trop de temps.
error-refused = La requête a été refusée.
error-busy = Le serveur est occupé par d’autres requêtes. Veuillez réessayer dans quelques secondes.

## The preview, more

# $locale: a BCP 47 tag such as en-US (not translated).
preview-amounts-for = Montants mis en forme pour { $locale }.
# The accessible name of the scrolling table.
preview-prices-by-country = Prix par pays
# The preset list's first choice: no preset.
preview-no-preset = Aucune
preview-failed = Wix n'a pas répondu pour ce pays.
# $others: a whole number.
preview-flag-missing = { $others ->
    [one] Aucun prix ici, alors qu'un autre pays en a un.
   *[other] Aucun prix ici, alors que { $others } autres pays en ont un.
}
# $saving: a whole percentage; $median: a percentage, already formatted (may be 11.5).
preview-flag-saving = Économie de { $saving } %, alors que l'économie médiane est de { $median } %.
preview-pages = Pages de pays
preview-page-range = Pays { $first } à { $last } sur { $count }
preview-previous = Pays précédents
preview-next = Pays suivants
preview-flagged = { $cells ->
    [0] Rien n'est signalé sur cette page.
    [one] Une cellule est signalée sur cette page :
   *[other] { $cells } cellules sont signalées sur cette page :
}
preview-checks = Points vérifiés : un prix manquant alors que d'autres pays en ont un, une économie annuelle très éloignée de la médiane, un montant très éloigné de ceux des autres pays dont les prix sont dans la même devise, un pays dont les prix sont dans une devise autre que la sienne, une mention de taxe manquante alors que la plupart des pays dont les prix sont dans la même devise en affichent une, un pays pour lequel Wix n'a pas répondu.
preview-new-tab = (s'ouvre dans un nouvel onglet)
preview-chosen = Pays sélectionnés
preview-remove = Retirer { $country }
preview-not-understood = Non reconnu : { $entries }. Saisissez le nom d'un pays ou son code à deux lettres.
preview-show-only = Afficher uniquement
preview-all = Tous
preview-filter = Filtrer les lignes
preview-flag-above-peers = { $percent } % au-dessus de la médiane des { $count } pays dont les prix sont en { $currency }.
preview-flag-below-peers = { $percent } % en dessous de la médiane des { $count } pays dont les prix sont en { $currency }.
preview-as-of = Prix tels que fournis par Wix le { $time } UTC.
preview-flag-ratio = Ici, { $ratio } fois le prix de { $plan }, alors que la médiane des autres pays est de { $median } fois.
preview-flag-no-tax-label = Aucune mention de taxe, alors que { $with } des { $count } pays dont les prix sont en { $currency } en affichent une.
preview-countries-as-rows = Pays en lignes
preview-plans-as-rows = Forfaits en lignes
preview-sort-by = Trier par { $country }
preview-flag-foreign-currency = Prix en { $currency }, et non en { $own }, la devise propre à ce pays : Wix procède ainsi là où il ne vend pas dans la devise locale.
error-bad-page = « { $value } » n’est pas une page de cet aperçu ; ses pages vont de 1 à { $pages }.
error-workbook-too-large = Un classeur de { $lines } lignes dépasse ce que produit cet export ({ $most } au maximum) : choisissez moins de pays, réduisez les lignes ou téléchargez le CSV.

## The owner's page: theme, embedding, coupons.
error-bad-theme = Le thème doit être light ou dark, et non « { $value } ».
# $value: what the address said, as the visitor typed it.
error-bad-embed = Le paramètre embed doit valoir 1 ou 0, et non « { $value } ».
# $value: what the address said, as the visitor typed it.
error-bad-coupon = « { $value } » n'est pas un code promo : un code comporte au plus 64 caractères (lettres, chiffres, - et _).
error-bad-instance-id = « { $value } » n’est pas un ID d’instance d’application.
# $code: the coupon code, as given.
coupon-applied = Le code promo { $code } sera appliqué lors du paiement.
# $code: the coupon code, as given.
error-coupon-rejected = Wix n'a pas accepté le code promo « { $code } » : il a peut-être expiré ou ne s'applique pas à ce forfait.
error-without-coupon = Voir les forfaits sans code promo
footer-wix = Les paiements sont traités de manière sécurisée par Wix.
brand-logo = Logo
