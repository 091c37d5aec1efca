//! "Citeer": under every figure a disclosure with the figure's own address and a citation in the
//! reader's language, as plain text and in APA style, each with a copy button. It is a native
//! `<details>`, so the citation is readable and the address works before the app runs and without
//! script; the copy buttons come with the app. The address is the site's public one: the build's
//! (`TWENTE_PUBLIC_URL`) in the built page, the page's own once the app runs.

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::runtime::{running, PublicAddress};
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::cite::{anchor, apa_year, FigureRef};
use crate::core::format;
use crate::core::route::Location;
use crate::core::text::fill;

/// A figure as a citation names it, in the reader's language.
pub struct CitedFigure {
    /// The id of the figure's element, which its address names ([`anchor`]).
    pub anchor: String,
    /// The number as the page shows it ("€ 26 mln van € 30 mln").
    pub value: String,
    /// What it measures (its label).
    pub measures: String,
    /// Its period, where it has one.
    pub period: Option<String>,
    /// The id of its source.
    pub source: String,
}

impl CitedFigure {
    /// `figure`, shown as `value`, measuring `measures` over `period`, from `source`.
    pub fn new(figure: FigureRef, value: String, measures: String, period: Option<String>, source: &str) -> Self {
        CitedFigure { anchor: anchor(figure), value, measures, period, source: source.to_string() }
    }
}

/// The address of the page shown (without what only an embedding site sets), with `#fragment`.
fn page_address(fragment: Option<String>) -> impl Fn() -> String + Send + Sync + 'static {
    let url = UrlState::get();
    let public = use_context::<PublicAddress>().map(|a| a.0).unwrap_or_default();
    move || {
        let href = url.location.with(|l| Location::new(l.view.clone(), l.query.unframed()).href());
        let root = if running() { url.root_address() } else { public.clone() };
        format!("{root}{href}{}", fragment.as_deref().map(|f| format!("#{f}")).unwrap_or_default())
    }
}

/// The disclosure "Citeer" of a figure. The figure's element carries the id [`anchor`] gives.
#[component]
pub fn Cite(
    /// The figure.
    figure: CitedFigure,
) -> impl IntoView {
    let loc = locale();
    let dataset = &AppState::get().loaded().dataset;
    let source = dataset.source(&figure.source);
    let url = source.and_then(|s| s.url.clone());
    let author = source.and_then(|s| s.publisher.clone()).unwrap_or_else(|| td_string!(loc, app_name).to_string());
    let year = apa_year(source.and_then(|s| s.published.as_ref()), td_string!(loc, cite.no_date));
    let original = url.as_ref().map(|u| fill(td_string!(loc, cite.original_source), &[("url", u)])).unwrap_or_default();
    let parts = [
        ("figure", figure.value),
        ("measures", figure.measures),
        ("period", figure.period.map(|p| format!(" ({p})")).unwrap_or_default()),
        ("source", dataset.source_title(&figure.source).to_string()),
        ("url", url.map(|u| format!(", {u}")).unwrap_or_default()),
        ("site", td_string!(loc, app_name).to_string()),
        ("date", format::date(&dataset.report.published, loc.lang())),
        ("author", author),
        ("year", year),
    ];
    let href = UrlState::get().location.with_untracked(|l| l.anchor(&figure.anchor));
    let page = page_address(Some(figure.anchor));
    let texts = move || {
        let mut values: Vec<(&str, &str)> = parts.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let page = page();
        values.push(("page", &page));
        let plain = fill(td_string!(loc, cite.plain), &values);
        // In APA the source's address follows the page's, as where the figure was first published.
        values.retain(|(name, _)| *name != "url");
        values.push(("url", &original));
        (plain, fill(td_string!(loc, cite.apa), &values))
    };
    view! { <CiteBox summary=td_string!(loc, cite.action) link=Some(href) texts=Signal::derive(texts) /> }
}

/// "Citeer dit project" on a project's page.
#[component]
pub fn CiteProject(
    /// The project's name.
    name: String,
    /// The titles of its sources.
    sources: Vec<String>,
) -> impl IntoView {
    let loc = locale();
    let dataset = &AppState::get().loaded().dataset;
    let parts = [
        ("name", name),
        ("site", td_string!(loc, app_name).to_string()),
        ("date", format::date(&dataset.report.published, loc.lang())),
        ("year", dataset.report.published.year.to_string()),
        ("sources", sources.join("; ")),
    ];
    let page = page_address(None);
    let texts = move || {
        let mut values: Vec<(&str, &str)> = parts.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let page = page();
        values.push(("page", &page));
        (fill(td_string!(loc, cite.project_plain), &values), fill(td_string!(loc, cite.project_apa), &values))
    };
    view! { <CiteBox summary=td_string!(loc, cite.project) link=None texts=Signal::derive(texts) /> }
}

/// The disclosure: the figure's address, then each style with its text and, once the app runs, a
/// copy button.
#[component]
fn CiteBox(
    summary: &'static str,
    link: Option<String>,
    /// The citation as plain text and in APA style.
    texts: Signal<(String, String)>,
) -> impl IntoView {
    let loc = locale();
    let style = move |label: &'static str, text: Signal<String>| {
        let message = RwSignal::new(String::new());
        let copy = move |_| {
            leptos::task::spawn_local(async move {
                let copied = crate::app::download::copy_to_clipboard(&text.get_untracked()).await;
                let said = if copied { td_string!(loc, cite.copied) } else { td_string!(loc, cite.copy_by_hand) };
                message.set(said.to_string());
            });
        };
        view! {
            <p class="cite__style">{label}</p>
            <p class="cite__text">{move || text.get()}</p>
            <Show when=running>
                <p class="cite__tools">
                    <button type="button" class="tool" on:click=copy>{td_string!(loc, cite.copy)} " " <span class="visually-hidden">{label}</span></button>
                    " " <span role="status">{move || message.get()}</span>
                </p>
            </Show>
        }
    };
    view! {
        <details class="cite no-print">
            <summary>{summary}</summary>
            <div class="cite__body">
                {link.map(|href| view! { <p><a href=href rel="external">{td_string!(loc, cite.link)}</a></p> })}
                {style(td_string!(loc, cite.as_text), Signal::derive(move || texts.get().0))}
                {style(td_string!(loc, cite.as_apa), Signal::derive(move || texts.get().1))}
            </div>
        </details>
    }
}
