//! Share, print and (in the explorer) export: the tools above every view.

use crate::core::text::fill;
use leptos::html;
use leptos::prelude::*;

use crate::app::components::active_filters::describe;
use crate::app::components::disclosure::Fold;
use crate::app::data::DatasetLoad;
use crate::app::download::Shared;
use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::export;
use crate::core::route::View;

/// Share and print, plus CSV/JSON export of the current results in the explorer.
#[component]
pub fn PageTools() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let message = RwSignal::new(String::new());
    let fallback = RwSignal::new(None::<String>);
    let field = NodeRef::<html::Input>::new();
    // While a local file is previewed, the link is copied but says that others would see the
    // published data at that address (a project only the file has is not there for them).
    let dataset = use_context::<DatasetLoad>();
    // The clipboard by hand rather than with leptos-use's `use_clipboard`, which does not report a
    // refused write: the reader would then get neither the link nor the field to copy it by hand.
    let share = move |_| {
        url.write_typed();
        let href = url.public_href();
        let href_for_fallback = href.clone();
        leptos::task::spawn_local(async move {
            // The phone's own share sheet where there is one; the clipboard elsewhere.
            let title = document().title();
            if matches!(crate::app::download::share_sheet(&href, &title).await, Shared::Done) {
                fallback.set(None);
                return;
            }
            if crate::app::download::copy_to_clipboard(&href).await {
                fallback.set(None);
                let previewing = dataset.is_some_and(|d| d.previewed_file().is_some());
                let copied =
                    if previewing { td_string!(loc, tools.copied_preview) } else { td_string!(loc, tools.copied) };
                message.set(copied.to_string());
            } else {
                // No clipboard (insecure context, denied permission): offer the link to copy by hand.
                fallback.set(Some(href_for_fallback));
                message.set(td_string!(loc, tools.copy_by_hand).to_string());
                request_animation_frame(move || {
                    if let Some(input) = field.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    let print = move |_| {
        url.write_typed();
        let _ = window().print();
    };
    let export_as = move |json: bool| {
        let loaded = state.loaded();
        let positions = state.results.with_untracked(|r| r.matches.clone());
        let query = url.query.get_untracked();
        let date = crate::app::download::today();
        if json {
            let text = export::json(&loaded.dataset, &positions);
            crate::app::download::offer(&text, "application/json", &export::file_name(&query, &date, "json"));
        } else {
            let text = export::csv(&loaded.dataset, &positions);
            crate::app::download::offer(&text, "text/csv;charset=utf-8", &export::file_name(&query, &date, "csv"));
        }
        message.set(fill(td_string!(loc, tools.exported), &[("count", &positions.len().to_string())]));
    };
    let in_explorer = move || url.location.with(|l| l.view == View::Projects);
    // The tools (the dataset check, the embed builder) say in their own words that they need script;
    // one such line per page.
    let says_needs_app_itself = move || url.location.with(|l| l.view.is_tool());
    view! {
        // Shown only where script or WebAssembly cannot run (style/app.css, head.js, boot.js).
        <Show when=move || !says_needs_app_itself()>
            <p class="needs-app no-print">{td_string!(loc, needs_app)}</p>
        </Show>
        <div class="page-tools no-print">
            // On a phone the tools fold behind one toggle, so the page's content comes first.
            <Fold part="page-tools" label=td_string!(loc, tools.menu).to_string()>
                <div class="page-tools__buttons">
                    <button type="button" class="tool" on:click=share>{td_string!(loc, tools.share)}</button>
                    <button type="button" class="tool" on:click=print>{td_string!(loc, tools.print)}</button>
                    <Show when=in_explorer>
                        <button type="button" class="tool" on:click=move |_| export_as(false)>{td_string!(loc, tools.csv)}</button>
                        <button type="button" class="tool" on:click=move |_| export_as(true)>{td_string!(loc, tools.json)}</button>
                    </Show>
                </div>
            </Fold>
            // Hidden while empty by attribute, not by `:empty` in CSS: the pre-rendered page writes an
            // empty text as a space, which `:empty` does not match.
            <p class="page-tools__message" role="status" hidden=move || message.with(String::is_empty)>
                {move || message.get()}
            </p>
            {move || fallback.get().map(|url| view! {
                <label class="page-tools__fallback">
                    <span>{td_string!(loc, tools.link)}</span>
                    <input type="text" readonly value=url node_ref=field />
                </label>
            })}
        </div>
    }
}

/// What a printed page starts with: what it is, the filters in words, the data's date and the link.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let report = loaded.dataset.report.title.get(loc.lang()).text.to_string();
    let published = crate::core::format::date(&loaded.dataset.report.published, loc.lang());
    let filters = move || {
        url.query.with(|q| {
            let words: Vec<String> = q.active_filters().iter().map(|f| describe(&loaded.dataset, loc, f, q)).collect();
            if words.is_empty() {
                td_string!(loc, tools.no_filters).to_string()
            } else {
                words.join("; ")
            }
        })
    };
    // The address in full, which only the browser knows (the pre-rendered page leaves it empty).
    let href = move || {
        url.location.track();
        if crate::app::runtime::running() {
            url.public_href()
        } else {
            String::new()
        }
    };
    view! {
        <div class="print-only print-header">
            <p class="print-header__name">{td_string!(loc, app_name)}</p>
            <p>{td_string!(loc, tools.filters)} ": " <span data-testid="print-filters">{filters}</span></p>
            <p>{fill(td_string!(loc, tools.data), &[("report", &report.to_string()), ("date", &published.to_string())])}</p>
            <p>{td_string!(loc, tools.printed_from)} " " <span class="url">{href}</span></p>
        </div>
    }
}
