//! "Gegevens controleren": the people who keep the dataset check a new version in the browser. The
//! file is read here and never leaves the computer; the core's loader reports its problems (the
//! same code as `cargo run --bin validate`), grouped per record; a valid file shows what it changes
//! compared with the published data, and can be previewed in the whole app.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::load_status::ProblemItem;
use crate::app::data::{next_task, DatasetLoad};
use crate::app::i18n::*;
use crate::app::state::{AppState, Loaded};
use crate::app::url::UrlState;
use crate::core::check::{group_by_record, RecordProblems};
use crate::core::diff::{diff, DatasetDiff, FigureChange, Stated};
use crate::core::format;
use crate::core::load::{check_dataset, MAX_DATASET_BYTES};
use crate::core::model::Dataset;
use crate::core::problem::{Problem, ProblemKind};
use crate::core::query::Query;
use crate::core::route::{Location, View};
use crate::core::text::Lang;

/// How many items a list of the report shows; the rest is counted ("and 99,800 more"), so a file
/// with every record changed does not build a page of a hundred thousand rows.
const SHOWN: usize = 200;

/// The minimal valid dataset editors start from (public/dataset-template.json).
const TEMPLATE: &str = "dataset-template.json";

/// Where the check of the chosen file is.
#[derive(Clone)]
enum Stage {
    /// No file chosen yet.
    Idle,
    /// Reading the file: how much of it, in percent.
    Reading { file: String, percent: u32 },
    /// Parsing and checking it.
    Checking { file: String },
    /// The file is not a valid dataset: its problems, per record.
    Invalid { file: String, groups: Vec<RecordProblems>, total: usize },
    /// The file is not UTF-8 text.
    NotText { file: String },
    /// A valid dataset, with what it changes (`None`: the published data is not at hand).
    Valid { file: String, loaded: Arc<Loaded>, changes: Option<DatasetDiff> },
}

/// The page.
#[component]
pub fn Check() -> impl IntoView {
    let loc = locale();
    let check = RwSignal::new(Stage::Idle);
    let dragging = RwSignal::new(false);
    let published = AppState::get().loaded();
    let dataset = use_context::<DatasetLoad>();
    let published = dataset.and_then(|d| d.published()).map(|f| f.loaded).unwrap_or(published);
    let published = StoredValue::new(published);

    let lang = loc.lang();
    let start = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let result = read_and_check(file, check, published.get_value(), lang).await;
            check.set(result);
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

    view! {
        <article class="check" aria-labelledby="check-title">
            <h1 id="check-title">{td_string!(loc, check.title)}</h1>
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
            <div role="status" aria-live="polite" class="check__status">
                {move || match check.get() {
                    Stage::Reading { file, percent } => view! {
                        <p>{td_string!(loc, check.reading, file = file, percent = percent)}</p>
                        <progress max="100" value=percent.to_string()></progress>
                    }
                    .into_any(),
                    Stage::Checking { file } => view! { <p>{td_string!(loc, check.checking, file = file)}</p> }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
            {move || match check.get() {
                Stage::Invalid { file, groups, total } => view! { <ProblemReport file groups total /> }.into_any(),
                Stage::NotText { file } => view! {
                    <section class="check__result" aria-labelledby="check-result">
                        <h2 id="check-result">{td_string!(loc, check.invalid_title, file = file, count = 1)}</h2>
                        <p>{td_string!(loc, check.not_text)}</p>
                    </section>
                }
                .into_any(),
                Stage::Valid { file, loaded, changes } => view! { <ValidReport file loaded changes /> }.into_any(),
                _ => ().into_any(),
            }}
        </article>
    }
}

/// Reads `file` in parts (the page shows how far, and stays responsive), then checks it with the
/// core's loader and compares a valid one with `published`.
async fn read_and_check(file: web_sys::File, check: RwSignal<Stage>, published: Arc<Loaded>, lang: Lang) -> Stage {
    /// Read per part, so progress shows and the page keeps answering on a large file.
    const PART: f64 = 4.0 * 1024.0 * 1024.0;
    let name = file.name();
    let size = file.size();
    if size > MAX_DATASET_BYTES as f64 {
        let problem = Problem {
            path: String::new(),
            kind: ProblemKind::TooLarge { bytes: size as usize, limit: MAX_DATASET_BYTES },
        };
        return invalid(name, vec![problem], None, lang);
    }
    let mut bytes = Vec::with_capacity(size as usize);
    let mut offset = 0.0;
    check.set(Stage::Reading { file: name.clone(), percent: 0 });
    while offset < size {
        let end = (offset + PART).min(size);
        let Ok(part) = file.slice_with_f64_and_f64(offset, end) else { return Stage::NotText { file: name } };
        let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(part.array_buffer()).await else {
            return Stage::NotText { file: name };
        };
        bytes.extend(js_sys::Uint8Array::new(&buffer).to_vec());
        offset = end;
        check.set(Stage::Reading { file: name.clone(), percent: (offset / size * 100.0) as u32 });
        next_task().await;
    }
    let Ok(text) = String::from_utf8(bytes) else { return Stage::NotText { file: name } };
    check.set(Stage::Checking { file: name.clone() });
    // Let the "checking" line show before the parse takes the main thread.
    next_task().await;
    let checked = check_dataset(&text);
    drop(text);
    match checked.dataset {
        Some(dataset) if checked.problems.is_empty() => {
            next_task().await;
            let changes = Some(diff(&published.dataset, &dataset));
            let loaded = Arc::new(Loaded::new(dataset));
            Stage::Valid { file: name, loaded, changes }
        }
        dataset => invalid(name, checked.problems, dataset.as_ref(), lang),
    }
}

fn invalid(file: String, problems: Vec<Problem>, dataset: Option<&Dataset>, lang: Lang) -> Stage {
    Stage::Invalid { file, total: problems.len(), groups: group_by_record(&problems, dataset, lang) }
}

/// Every problem of an invalid file, per record, with counts.
#[component]
fn ProblemReport(file: String, groups: Vec<RecordProblems>, total: usize) -> impl IntoView {
    let loc = locale();
    let more_records = groups.len().saturating_sub(SHOWN);
    let records = groups
        .into_iter()
        .take(SHOWN)
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
                        " "
                        <span class="check__count">{td_string!(loc, check.record_count, count = count)}</span>
                    </h3>
                    <ul class="problems">{problems}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="check__result" aria-labelledby="check-result" data-testid="check-problems">
            <h2 id="check-result">{td_string!(loc, check.invalid_title, file = file, count = total)}</h2>
            <ul class="check__records">{records}</ul>
            {(more_records > 0).then(|| view! { <p>{td_string!(loc, check.more_records, count = more_records)}</p> })}
        </section>
    }
}

/// A valid file: what it holds, what it changes, and the way to see it in the app.
#[component]
fn ValidReport(file: String, loaded: Arc<Loaded>, changes: Option<DatasetDiff>) -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let dataset = use_context::<DatasetLoad>();
    let (projects, sources) = (loaded.dataset.projects.len(), loaded.dataset.sources.len());
    let preview = {
        let (file, loaded) = (file.clone(), loaded.clone());
        move |_| {
            if let Some(dataset) = dataset {
                let mut query = Query::default();
                query.settings.lang = url.query.with_untracked(|q| q.settings.lang);
                dataset.preview(file.clone(), loaded.clone());
                url.go(&Location::new(View::Overview, query), false, true);
            }
        }
    };
    view! {
        <section class="check__result" aria-labelledby="check-result" data-testid="check-valid">
            <h2 id="check-result">{td_string!(loc, check.valid_title, file = file.clone())}</h2>
            <p>{td_string!(loc, check.valid_summary, projects = projects, sources = sources)}</p>
            {match changes {
                Some(changes) => view! { <Changes changes /> }.into_any(),
                None => view! { <p>{td_string!(loc, check.no_published)}</p> }.into_any(),
            }}
            <p>
                <button type="button" class="button button--primary" on:click=preview>
                    {td_string!(loc, check.preview)}
                </button>
            </p>
            <p class="check__hint">{td_string!(loc, check.preview_hint)}</p>
        </section>
    }
}

/// What a valid file changes compared with the published data.
#[component]
fn Changes(changes: DatasetDiff) -> impl IntoView {
    let loc = locale();
    let lang = loc.lang();
    if changes.is_empty() {
        return view! {
            <h3>{td_string!(loc, check.changes_title)}</h3>
            <p>{td_string!(loc, check.no_changes)}</p>
        }
        .into_any();
    }
    let more = move |count: usize| {
        (count > SHOWN).then(|| view! { <p>{td_string!(loc, check.more, count = count - SHOWN)}</p> })
    };
    let named_list = |items: Vec<crate::core::diff::Named>| {
        items.into_iter().take(SHOWN).map(|p| view! { <li>{p.name}" "<code>{p.id}</code></li> }).collect_view()
    };
    let (added, removed, changed) = (changes.projects_added, changes.projects_removed, changes.projects_changed);
    let figures = changes.figures;
    let other = changes.other_lists;
    view! {
        <h3>{td_string!(loc, check.changes_title)}</h3>
        {(!added.is_empty()).then(|| view! {
            <h4>{td_string!(loc, check.added, count = added.len())}</h4>
            <ul data-testid="check-added">{named_list(added.clone())}</ul>
            {more(added.len())}
        })}
        {(!removed.is_empty()).then(|| view! {
            <h4>{td_string!(loc, check.removed, count = removed.len())}</h4>
            <ul data-testid="check-removed">{named_list(removed.clone())}</ul>
            {more(removed.len())}
        })}
        {(!changed.is_empty()).then(|| view! {
            <h4>{td_string!(loc, check.changed, count = changed.len())}</h4>
            <ul data-testid="check-changed">
                {changed.iter().take(SHOWN).cloned().map(|c| view! {
                    <li>
                        {c.project.name}" "<code>{c.project.id}</code>": "
                        {td_string!(loc, check.changed_fields, fields = c.fields.join(", "))}
                    </li>
                }).collect_view()}
            </ul>
            {more(changed.len())}
        })}
        {(!figures.is_empty()).then(|| view! {
            <h4 id="check-figures">{td_string!(loc, check.figures, count = figures.len())}</h4>
            <div class="table-scroll">
                <table class="data-table" aria-labelledby="check-figures" data-testid="check-figures">
                    <thead>
                        <tr>
                            <th scope="col">{td_string!(loc, check.figure)}</th>
                            <th scope="col">{td_string!(loc, check.before)}</th>
                            <th scope="col">{td_string!(loc, check.after)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {figures.iter().take(SHOWN).cloned().map(|f| figure_row(loc, lang, f)).collect_view()}
                    </tbody>
                </table>
            </div>
            {more(figures.len())}
        })}
        {(!other.is_empty()).then(|| view! {
            <p>{td_string!(loc, check.other_lists, lists = other.join(", "))}</p>
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
            <td>{shown(change.before)}</td>
            <td>{shown(change.after)}</td>
        </tr>
    }
}
