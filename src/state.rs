//! What every handler and server function can reach: the settings, the
//! Wix the page sells through, the Wix client and its price cache.

use crate::config::Config;
use crate::country::CountryCode;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::i18n::{Detail, Msg};
use crate::metrics::Metrics;
use crate::plans::{Given, PageSettings, Period};
use crate::wix::identity::{plain_instance_id, Account, Owner};
use crate::wix::{PlanCache, WixClient, WixError, WixSite};
use axum::{extract::FromRef, http::header, http::HeaderMap};
use leptos::prelude::LeptosOptions;
use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A page's parameters as the address gives them (see `AppState::given`).
#[derive(Debug, Clone, Copy, Default)]
pub struct RawGiven<'a> {
    pub country: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub cycle: Option<&'a str>,
    pub coupon: Option<&'a str>,
    pub theme: Option<&'a str>,
    pub embed: Option<&'a str>,
    /// `appInstanceId`, else `instanceId`.
    pub site: Option<&'a str>,
}

/// Work of one kind: at most `at_once` run, at most `max_waiting` more
/// wait their turn; more than that is turned away, not queued without end.
pub struct Queue {
    at_once: Arc<Semaphore>,
    waiting: Arc<AtomicUsize>,
    max_waiting: usize,
}

/// A place in a queue, given back when dropped.
pub struct Queued {
    at_once: Arc<Semaphore>,
    waiting: Arc<AtomicUsize>,
}

impl Queue {
    pub fn new(at_once: usize, max_waiting: usize) -> Self {
        Self {
            at_once: Arc::new(Semaphore::new(at_once)),
            waiting: Arc::default(),
            max_waiting,
        }
    }

    /// Whether a place in the queue would be refused now.
    pub fn is_full(&self) -> bool {
        self.waiting.load(Ordering::Relaxed) >= self.max_waiting
    }

    /// A place in the queue, unless it is full.
    pub fn enqueue(&self) -> Option<Queued> {
        self.waiting
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                (n < self.max_waiting).then_some(n + 1)
            })
            .ok()?;
        Some(Queued {
            at_once: self.at_once.clone(),
            waiting: self.waiting.clone(),
        })
    }
}

impl Queued {
    /// Waits for a turn; the work runs while the permit is held.
    pub async fn turn(self) -> OwnedSemaphorePermit {
        // The semaphore is never closed.
        let permit = self.at_once.clone().acquire_owned().await;
        permit.expect("a queue's semaphore is never closed")
    }
}

impl Drop for Queued {
    fn drop(&mut self) {
        self.waiting.fetch_sub(1, Ordering::Relaxed);
    }
}

/// One `Arc`: every middleware clones it per request.
#[derive(Clone)]
pub struct AppState(Arc<Services>);

pub struct Services {
    pub leptos_options: LeptosOptions,
    pub config: Arc<Config>,
    /// Real Wix, or the sandbox standing in for it.
    pub site: WixSite,
    /// The owner's page settings, the sandbox's app names filled in.
    pub page: PageSettings,
    pub wix: Arc<WixClient>,
    /// List App Plans, cached; every page, preview and checkout asks here.
    pub plans: PlanCache,
    /// Previews being built: each prices every chosen country, and an
    /// export holds them all until it is read.
    pub previews: Queue,
    pub metrics: Arc<Metrics>,
}

impl AppState {
    pub fn new(services: Services) -> Self {
        Self(Arc::new(services))
    }

    /// The visitor's country: the explicit parameter, else the first geo
    /// header a CDN set, else the configured default.
    pub fn visitor_country(
        &self,
        param: Option<&str>,
        headers: &HeaderMap,
    ) -> Result<CountryCode, AppError> {
        if let Some(param) = crate::format::given(param) {
            return CountryCode::parse_assigned(param).map_err(AppError::BadRequest);
        }
        let from_cdn = self
            .page
            .geo_headers
            .iter()
            // CDNs send placeholders such as `XX` (unknown) and `T1` (Tor).
            .filter_map(|name| CountryCode::parse_assigned(headers.get(name)?.to_str().ok()?).ok())
            .next();
        Ok(from_cdn.unwrap_or(self.page.default_country))
    }

    /// What the address fixes of a page, each in its one spelling; a
    /// value the page refuses is its 400.
    pub fn given(&self, raw: RawGiven<'_>) -> Result<Given, AppError> {
        let given = crate::format::given;
        let look = crate::views::Look::parse(raw.theme, raw.embed)?;
        Ok(Given {
            country: given(raw.country)
                .map(|code| CountryCode::parse_assigned(code).map(|c| c.to_string()))
                .transpose()
                .map_err(AppError::BadRequest)?,
            lang: given(raw.lang)
                .map(crate::format::canonical_lang)
                .transpose()
                .map_err(AppError::BadRequest)?,
            // A blank `cycle=` is refused, as any other unknown period.
            cycle: raw.cycle.map(|c| Period::parse(Some(c))).transpose()?,
            coupon: crate::plans::coupon(raw.coupon)?,
            theme: look.theme.map(str::to_owned),
            embed: look.embed,
            site: given(raw.site)
                .map(|id| match plain_instance_id(id) {
                    true => Ok(id.to_owned()),
                    false => Err(AppError::BadRequest(
                        Detail::new(Msg::ErrorBadInstanceId).quoting(id, 64),
                    )),
                })
                .transpose()?,
        })
    }

    /// The visitor's country, and the locale to format for: `lang`, else
    /// Accept-Language, else the country's language.
    pub fn visitor_locale(
        &self,
        country: Option<&str>,
        lang: Option<&str>,
        headers: &HeaderMap,
    ) -> Result<(CountryCode, icu::locale::Locale), AppError> {
        let country = self.visitor_country(country, headers)?;
        let accept_language = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let locale = crate::format::negotiate_locale(lang, accept_language, country)
            .map_err(AppError::BadRequest)?;
        Ok((country, locale))
    }

    /// What the page's shell shows around any page for this query: the
    /// brand, and the look the address asks for (a value the page refuses
    /// is left out here; the page's own loader answers it with a 400).
    pub fn page_frame(&self, query: Option<&str>) -> (crate::views::Brand, crate::views::Look) {
        let [theme, embed] = params(query, ["theme", "embed"]);
        let parse = crate::views::Look::parse;
        let look = crate::views::Look {
            theme: parse(theme.as_deref(), None).ok().and_then(|l| l.theme),
            embed: parse(None, embed.as_deref()).is_ok_and(|l| l.embed),
        };
        let theme = &self.config.theme;
        let brand = crate::views::Brand {
            name: theme.name.clone(),
            logo: theme.logo.clone(),
            stylesheet: theme.stylesheet.clone(),
        };
        (brand, look)
    }

    /// The language of the page's words: that of the locale its money is
    /// formatted for (`?lang=`, else Accept-Language, else the country),
    /// English where there is no catalogue or the request is wrong.
    pub fn visitor_lang(&self, query: Option<&str>, headers: &HeaderMap) -> Lang {
        let [country, lang] = params(query, ["country", "lang"]);
        self.page_lang(country.as_deref(), lang.as_deref(), headers)
    }

    /// The language of the page for `country` and `lang` as a request
    /// gives them (a query, or a form that carries them on).
    /// A country or `lang` the page refuses is left out, so that the
    /// error page is in the language the visitor reads.
    pub fn page_lang(
        &self,
        country: Option<&str>,
        lang: Option<&str>,
        headers: &HeaderMap,
    ) -> Lang {
        [(country, lang), (None, lang), (None, None)]
            .into_iter()
            .find_map(|(country, lang)| self.visitor_locale(country, lang, headers).ok())
            .map(|(_, locale)| Lang::of(&locale.to_string()))
            .unwrap_or_default()
    }

    /// The request headers `visitor_lang` reads, and the request's ID: a
    /// copy that shares the values' bytes.
    pub fn language_headers(&self, headers: &HeaderMap) -> HeaderMap {
        let names = [header::ACCEPT_LANGUAGE, crate::wix::REQUEST_ID];
        names
            .iter()
            .chain(&self.page.geo_headers)
            .filter_map(|name| Some((name.clone(), headers.get(name)?.clone())))
            .collect()
    }

    /// `call` with an access token for the owner's instance (cached by the
    /// client), and once more with a new one when Wix refuses the token
    /// (401, 403): a token Wix has revoked is not reused for hours.
    pub async fn as_owner<T, F>(
        &self,
        owner: &Owner,
        call: impl Fn(String) -> F,
    ) -> Result<T, WixError>
    where
        F: std::future::Future<Output = Result<T, WixError>>,
    {
        let credentials = self.site.app(&owner.app_id).ok_or_else(|| {
            WixError::InvalidRequest(format!("app {} is not configured", owner.app_id))
        })?;
        let token = self
            .wix
            .access_token(credentials, &owner.instance_id)
            .await?;
        match call(token).await {
            Err(e) if e.is_unauthorized() => {
                tracing::info!("{e}; minting a new access token");
                self.wix.forget_token(credentials, &owner.instance_id);
                let token = self
                    .wix
                    .access_token(credentials, &owner.instance_id)
                    .await?;
                call(token).await
            }
            answered => answered,
        }
    }

    /// Get App Instance: the owner's current plan.
    pub async fn account(&self, owner: &Owner) -> Result<Account, WixError> {
        let wix = &self.wix;
        let instance = self
            .as_owner(owner, |token| async move { wix.app_instance(&token).await })
            .await?
            .instance;
        Ok(Account {
            current: instance
                .billing
                .filter(|_| !instance.is_free)
                .and_then(|billing| Some((billing.package_name?, billing.billing_cycle))),
            free_trial_available: instance.free_trial_available,
        })
    }
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The values of `names` in a query string (the last of each, as the
/// page reads them).
fn params<const N: usize>(query: Option<&str>, names: [&str; N]) -> [Option<String>; N] {
    let mut values = [const { None }; N];
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        if let Some(at) = names.iter().position(|name| *name == key) {
            values[at] = Some(value.into_owned());
        }
    }
    values
}
