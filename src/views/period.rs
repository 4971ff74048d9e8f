//! The billing period switch: the islands that hold the chosen period and
//! let the visitor change it in place, with a plain form beneath.

use super::words::PeriodWords;
use crate::plans::Period;
use leptos::prelude::*;

/// The billing period the page shows, shared by the islands that depend
/// on it: `None` until the address or the visitor names one.
#[derive(Debug, Clone, Copy)]
pub struct ChosenPeriod(RwSignal<Option<Period>>);

impl ChosenPeriod {
    pub fn get(self) -> Period {
        self.0.get().unwrap_or_default()
    }

    pub fn get_untracked(self) -> Period {
        self.0.get_untracked().unwrap_or_default()
    }
}

/// Holds the chosen period for the islands inside it (the switch, and the
/// forms that keep the period). Its children are server-rendered and stay
/// static; only the islands among them hydrate. A switch swaps the parts
/// of the cards, which follow the scope, that only one period shows (see
/// `period_part`): no card is drawn again in the browser.
#[island]
pub fn PeriodScope(given: Option<Period>, children: Children) -> impl IntoView {
    let chosen = ChosenPeriod(RwSignal::new(given));
    provide_context(chosen);
    // Effects run only in the browser: this marks the page as enhanced,
    // for `apply.js` (a period chosen is now switched in place) and for
    // tests.
    Effect::new(|_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "");
        }
    });
    Effect::watch(
        move || chosen.get(),
        |&period, _, _| show_parts_of(period),
        false,
    );
    children()
}

/// Puts the parts of other periods on show into templates and takes those
/// of `period` out of theirs, each in its place. A part the server did not
/// draw is parsed from its template's `data-markup` the first time.
fn show_parts_of(period: Period) {
    use web_sys::{wasm_bindgen::JsCast, Element, HtmlTemplateElement};
    let document = document();
    let all = |selector: &str| {
        let list = document.query_selector_all(selector).ok();
        let length = list.as_ref().map_or(0, |l| l.length());
        (0..length)
            .filter_map(|i| list.as_ref()?.item(i)?.dyn_into::<Element>().ok())
            .collect::<Vec<_>>()
    };
    let chosen = period.as_str();
    // Both lists before anything moves.
    let hide = all(&format!(
        "[data-period]:not(template):not([data-period={chosen}])"
    ));
    let show = all(&format!("template[data-period={chosen}]"));
    for part in hide {
        let Some(other) = part.get_attribute("data-period") else {
            continue;
        };
        let Ok(template) = document.create_element("template") else {
            continue;
        };
        let _ = template.set_attribute("data-period", &other);
        if part.replace_with_with_node_1(&template).is_ok() {
            let _ = template
                .unchecked_ref::<HtmlTemplateElement>()
                .content()
                .append_child(&part);
        }
    }
    for template in show {
        if let Some(markup) = template.get_attribute("data-markup") {
            template.set_inner_html(&markup);
        }
        let content = template.unchecked_ref::<HtmlTemplateElement>().content();
        let _ = template.replace_with_with_node_1(&content);
    }
}

/// Monthly / yearly, as a segmented radio group in the page's settings
/// form (a GET form: `children` are its other fields, and the button that
/// applies them without JavaScript). With JavaScript a period switches in
/// place and the address follows; `apply.js` applies the other fields.
#[island]
pub fn PeriodSwitch(words: PeriodWords, children: Children) -> impl IntoView {
    let chosen = expect_context::<ChosenPeriod>();
    let PeriodWords {
        legend,
        monthly,
        yearly,
        save_hint,
        showing_monthly,
        showing_yearly,
    } = words;
    let label = move |period| match period {
        Period::Monthly => monthly.clone(),
        Period::Yearly => yearly.clone(),
    };
    let choose = move |choice: Period| {
        chosen.0.set(Some(choice));
        show_in_address(choice);
    };
    view! {
        <form class="settings" method="get" action="/" data-auto="">
            <fieldset class="period-switch">
                // The choices say what they are; the group is named for
                // screen readers.
                <legend class="visually-hidden">{legend}</legend>
                <div class="segments">
                    {Period::ALL
                        .into_iter()
                        .map(|choice| {
                            let hint = save_hint
                                .clone()
                                .filter(|_| choice == Period::Yearly)
                                .map(|hint| view! { <span class="save-hint">{hint}</span> });
                            view! {
                                <label class="period-option">
                                    <input
                                        type="radio"
                                        name="cycle"
                                        value=choice.as_str()
                                        prop:checked=move || chosen.get() == choice
                                        checked=chosen.get_untracked() == choice
                                        on:change=move |_| choose(choice)
                                    />
                                    <span>{label(choice)}</span>
                                    {hint}
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            {children()}
            <p class="visually-hidden" aria-live="polite">
                {move || match chosen.get() {
                    Period::Monthly => showing_monthly.clone(),
                    Period::Yearly => showing_yearly.clone(),
                }}
            </p>
        </form>
    }
}

/// Puts `cycle` in the address without a navigation, so that reloading or
/// sharing the page keeps the period.
fn show_in_address(period: Period) {
    let window = window();
    let Ok(params) =
        web_sys::UrlSearchParams::new_with_str(&window.location().search().unwrap_or_default())
    else {
        return;
    };
    params.set("cycle", period.as_str());
    if let Ok(history) = window.history() {
        let query: String = params.to_string().into();
        let _ = history.replace_state_with_url(
            &web_sys::wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("?{query}")),
        );
    }
}
