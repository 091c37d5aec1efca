//! "Gegevens controleren": the people who keep the dataset check a new version in the browser. The
//! file is read and checked in a Web Worker (app::dataset_check) and never leaves the computer; the
//! core's loader reports its problems (the same code as `cargo run --bin validate`), grouped per
//! record; a valid file shows what it changes compared with the published data, and can be
//! previewed in the whole app.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::load_status::{ProblemItem, ProblemText};
use crate::app::data::{next_task, DatasetLoad};
use crate::app::dataset_check::{check, read_in_parts};
use crate::app::i18n::*;
use crate::app::state::{AppState, Loaded};
use crate::app::url::UrlState;
use crate::core::check::{ChangeList, CheckProgress, CheckReport, RecordProblems, Shown};
use crate::core::diff::{FigureChange, Named, Stated};
use crate::core::format;
use crate::core::load::load_dataset;
use crate::core::query::Query;
use crate::core::route::{Location, View};
use crate::core::text::Lang;

/// The minimal valid dataset editors start from (public/dataset-template.json).
const TEMPLATE: &str = "dataset-template.json";

/// Where the check of the chosen file is.
#[derive(Clone)]
enum Stage {
    /// No file chosen yet.
    Idle,
    /// Checking it: how far.
    Busy { file: String, progress: CheckProgress<ProblemText> },
    /// What the check found.
    Done { file: String, report: CheckReport<ProblemText> },
}

/// The page.
#[component]
pub fn Check() -> impl IntoView {
    let loc = locale();
    let stage = RwSignal::new(Stage::Idle);
    let dragging = RwSignal::new(false);
    let dataset = use_context::<DatasetLoad>();
    // The published data to compare with; none where it could not be loaded (the page then still
    // checks a file: an editor may be fixing the very file that fails).
    let published =
        dataset.and_then(|d| d.published()).or_else(|| use_context::<AppState>().map(|state| state.loaded()));
    let published = StoredValue::new(published);
    let published_url = StoredValue::new(dataset.and_then(|d| d.url()));
    // The chosen file, for the preview (a browser object: kept on this thread).
    let chosen = StoredValue::new_local(None::<web_sys::File>);
    // Which choice of a file the page shows: a check of an earlier choice that ends later is dropped.
    let choice = StoredValue::new(0u64);
    // The valid file being opened in the whole app, for the status line.
    let opening = RwSignal::new(None::<String>);

    let lang = loc.lang();
    let start = move |file: web_sys::File| {
        let Some(this) = choice.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        let current = move || choice.try_get_value() == Some(this);
        let name = file.name();
        chosen.set_value(Some(file.clone()));
        opening.set(None);
        stage.set(Stage::Busy { file: name.clone(), progress: CheckProgress::Reading { percent: 0 } });
        leptos::task::spawn_local(async move {
            let progress = {
                let name = name.clone();
                move |progress| {
                    if current() {
                        stage.set(Stage::Busy { file: name.clone(), progress })
                    }
                }
            };
            let (published, published_url) =
                (published.try_get_value().flatten(), published_url.try_get_value().flatten());
            let report = check(&file, published, published_url, lang, current, progress).await;
            if let Some(report) = report.filter(|_| current()) {
                stage.set(Stage::Done { file: name, report });
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            start(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|t| t.files()).and_then(|files| files.get(0)) {
            start(file);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        // Without this the browser opens the dropped file instead of giving it to the page.
        ev.prevent_default();
        dragging.set(true);
    };
    // The whole app on the valid file: read and loaded here (the worker's copy stays there); a file
    // that can no longer be read or loaded (changed on disk since its check) is checked again. The
    // report stays, with its button, while the file opens.
    let url = UrlState::get();
    let open = Callback::new(move |()| {
        let Some(file) = chosen.try_get_value().flatten() else { return };
        if opening.with_untracked(Option::is_some) {
            return;
        }
        let name = file.name();
        let this = choice.try_get_value();
        opening.set(Some(name.clone()));
        leptos::task::spawn_local(async move {
            let bytes = read_in_parts(&file, |_| ()).await;
            next_task().await;
            let loaded = bytes.and_then(|b| String::from_utf8(b).ok()).and_then(|text| load_dataset(&text).ok());
            // Another file chosen meanwhile: that one is the page's now.
            if choice.try_get_value() != this {
                return;
            }
            match (loaded, dataset) {
                (Some(loaded), Some(dataset)) => {
                    next_task().await;
                    let mut query = Query::default();
                    query.settings.lang = url.query.with_untracked(|q| q.settings.lang);
                    dataset.preview(name, std::sync::Arc::new(Loaded::new(loaded)));
                    url.go(&Location::new(View::Overview, query), false, true);
                }
                _ => start(file),
            }
        });
    });

    view! {
        <article class="check" aria-labelledby="check-title">
            <h1 id="check-title">{td_string!(loc, footer.check)}</h1>
            <p class="intro">{td_string!(loc, check.intro)}</p>
            <p class="needs-app no-print">{td_string!(loc, check.needs_app)}</p>
            <div
                class="check__drop"
                class:check__drop--over=move || dragging.get()
                on:dragover=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="check-file" class="check__label">{td_string!(loc, check.choose)}</label>
                <input id="check-file" type="file" accept=".json,application/json" on:change=on_change />
                <p class="check__hint">{td_string!(loc, check.drop)}</p>
            </div>
            <p>
                <a href=TEMPLATE download=TEMPLATE>{td_string!(loc, check.template)}</a>
                " "
                {td_string!(loc, check.template_hint)}
            </p>
            <ul>
                <li><a href=crate::core::guide::GUIDE_PATH rel="external">{td_string!(loc, check.guide)}</a></li>
                <li><a href=crate::core::dictionary::DICTIONARY_PATH rel="external">{td_string!(loc, downloads.dictionary)}</a></li>
            </ul>
            <div role="status" aria-live="polite" class="check__status">
                {move || match stage.get() {
                    Stage::Busy { file, progress: CheckProgress::Reading { percent } } => view! {
                        <p>{fill(td_string!(loc, check.reading), &[("file", &file.to_string()), ("percent", &percent.to_string())])}</p>
                        <progress max="100" value=percent.to_string()></progress>
                    }
                    .into_any(),
                    Stage::Busy { file, .. } => view! { <p>{fill(td_string!(loc, check.checking), &[("file", &file.to_string())])}</p> }.into_any(),
                    _ => ().into_any(),
                }}
                {move || opening.get().map(|file| view! { <p>{fill(td_string!(loc, check.opening), &[("file", &file.to_string())])}</p> })}
            </div>
            {move || match stage.get() {
                Stage::Done { file, report: CheckReport::Invalid { records, problems } } => {
                    view! { <ProblemReport file records problems /> }.into_any()
                }
                Stage::Done { file, report: CheckReport::NotText } => view! {
                    <section class="check__result" aria-labelledby="check-result">
                        <h2 id="check-result">{fill(td_string!(loc, check.invalid_title), &[("file", &file.to_string()), ("count", &1.to_string())])}</h2>
                        <p>{td_string!(loc, check.not_text)}</p>
                    </section>
                }
                .into_any(),
                Stage::Done { file, report: CheckReport::Valid { projects, sources, changes, warnings } } => {
                    view! { <ValidReport file projects sources changes warnings open /> }.into_any()
                }
                _ => ().into_any(),
            }}
        </article>
    }
}

/// "and 99,800 more" under a list that the report cut.
fn more<T>(loc: Locale, list: &Shown<T>) -> impl IntoView {
    let more = list.more();
    (more > 0).then(|| view! { <p>{fill(td_string!(loc, check.more), &[("count", &more.to_string())])}</p> })
}

/// Problems per record, each record named by its place, name and id, with counts.
fn record_list(loc: Locale, records: Shown<RecordProblems<ProblemText>>) -> impl IntoView {
    let more_records = records.more();
    let items = records
        .items
        .into_iter()
        .map(|group| {
            let record = if group.record.is_empty() {
                td_string!(loc, load_error.whole_file).to_string()
            } else {
                group.record.clone()
            };
            let count = group.problems.len();
            let problems = group.problems.into_iter().map(|problem| view! { <ProblemItem problem /> }).collect_view();
            view! {
                <li class="check__record">
                    <h3>
                        <code>{record}</code>
                        {group.name.map(|name| view! { " · " <span>{name}</span> })}
                        {group.id.map(|id| view! { " · " <code>{id}</code> })}
                        " "
                        <span class="check__count">{fill(td_string!(loc, check.record_count), &[("count", &count.to_string())])}</span>
                    </h3>
                    <ul class="problems">{problems}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="check__records">{items}</ul>
        {(more_records > 0).then(|| view! { <p>{fill(td_string!(loc, check.more_records), &[("count", &more_records.to_string())])}</p> })}
    }
}

/// Every problem of an invalid file, per record, with counts.
#[component]
fn ProblemReport(file: String, records: Shown<RecordProblems<ProblemText>>, problems: usize) -> impl IntoView {
    let loc = locale();
    view! {
        <section class="check__result" aria-labelledby="check-result" data-testid="check-problems">
            <h2 id="check-result">{fill(td_string!(loc, check.invalid_title), &[("file", &file.to_string()), ("count", &problems.to_string())])}</h2>
            {record_list(loc, records)}
        </section>
    }
}

/// A valid file: whether it may be published (else what stands in the way), what it holds, what it
/// changes, and the way to see it in the app.
#[component]
fn ValidReport(
    file: String,
    projects: usize,
    sources: usize,
    changes: Option<ChangeList>,
    /// Where it breaks a rule of publication.
    warnings: Shown<RecordProblems<ProblemText>>,
    /// Opens the whole app on the file.
    open: Callback<()>,
) -> impl IntoView {
    let loc = locale();
    let publishable = warnings.is_empty();
    view! {
        <section class="check__result" aria-labelledby="check-result" data-testid="check-valid">
            {if publishable {
                view! { <h2 id="check-result">{fill(td_string!(loc, check.valid_title), &[("file", &file.to_string())])}</h2> }.into_any()
            } else {
                view! {
                    <h2 id="check-result">{fill(td_string!(loc, check.not_publishable_title), &[("file", &file.to_string())])}</h2>
                    <p>{td_string!(loc, check.not_publishable_intro)}</p>
                    <div data-testid="check-warnings">{record_list(loc, warnings)}</div>
                }
                .into_any()
            }}
            <p>{fill(td_string!(loc, check.valid_summary), &[("projects", &projects.to_string()), ("sources", &sources.to_string())])}</p>
            {match changes {
                Some(changes) => view! { <Changes changes /> }.into_any(),
                None => view! { <p>{td_string!(loc, check.no_published)}</p> }.into_any(),
            }}
            <p>
                <button type="button" class="button button--primary" on:click=move |_| open.run(())>
                    {td_string!(loc, check.preview)}
                </button>
            </p>
            <p class="check__hint">{td_string!(loc, check.preview_hint)}</p>
        </section>
    }
}

/// What a valid file changes compared with the published data.
#[component]
fn Changes(changes: ChangeList) -> impl IntoView {
    let loc = locale();
    let lang = loc.lang();
    if changes.is_empty() {
        return view! {
            <h3>{td_string!(loc, check.changes_title)}</h3>
            <p>{td_string!(loc, check.no_changes)}</p>
        }
        .into_any();
    }
    let named_list = |items: &[Named]| {
        items.iter().cloned().map(|p| view! { <li>{p.name}" "<code>{p.id}</code></li> }).collect_view()
    };
    let ChangeList {
        projects_added: added,
        projects_removed: removed,
        projects_changed: changed,
        figures,
        other_lists,
    } = changes;
    view! {
        <h3>{td_string!(loc, check.changes_title)}</h3>
        {(!added.is_empty()).then(|| view! {
            <h4>{fill(td_string!(loc, check.added), &[("count", &added.total.to_string())])}</h4>
            <ul data-testid="check-added">{named_list(&added.items)}</ul>
            {more(loc, &added)}
        })}
        {(!removed.is_empty()).then(|| view! {
            <h4>{fill(td_string!(loc, check.removed), &[("count", &removed.total.to_string())])}</h4>
            <ul data-testid="check-removed">{named_list(&removed.items)}</ul>
            {more(loc, &removed)}
        })}
        {(!changed.is_empty()).then(|| view! {
            <h4>{fill(td_string!(loc, check.changed), &[("count", &changed.total.to_string())])}</h4>
            <ul data-testid="check-changed">
                {changed.items.iter().cloned().map(|c| view! {
                    <li>
                        {c.project.name}" "<code>{c.project.id}</code>": "
                        {fill(td_string!(loc, check.changed_fields), &[("fields", &(c.fields.join(", ")).to_string())])}
                    </li>
                }).collect_view()}
            </ul>
            {more(loc, &changed)}
        })}
        {(!figures.is_empty()).then(|| view! {
            <h4 id="check-figures">{fill(td_string!(loc, check.figures), &[("count", &figures.total.to_string())])}</h4>
            <div class="table-scroll">
                <table class="data-table" aria-labelledby="check-figures" data-testid="check-figures">
                    <thead>
                        <tr>
                            <th scope="col">{td_string!(loc, check.figure)}</th>
                            <th scope="col" class="number">{td_string!(loc, check.before)}</th>
                            <th scope="col" class="number">{td_string!(loc, check.after)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {figures.items.iter().cloned().map(|f| figure_row(loc, lang, f)).collect_view()}
                    </tbody>
                </table>
            </div>
            {more(loc, &figures)}
        })}
        {(!other_lists.is_empty()).then(|| view! {
            <p>{fill(td_string!(loc, check.other_lists), &[("lists", &(other_lists.join(", ")).to_string())])}</p>
        })}
    }
    .into_any()
}

fn figure_row(loc: Locale, lang: Lang, change: FigureChange) -> impl IntoView {
    let shown = move |stated: Stated| match stated {
        Stated::Absent => td_string!(loc, check.absent).to_string(),
        Stated::Unknown => td_string!(loc, unknown).to_string(),
        Stated::Value(value) => format::exact_figure(value, change.unit, lang),
    };
    view! {
        <tr>
            <th scope="row">{change.label.get(lang).text.to_string()}" "<code>{change.path.clone()}</code></th>
            <td class="number">{shown(change.before)}</td>
            <td class="number">{shown(change.after)}</td>
        </tr>
    }
}
