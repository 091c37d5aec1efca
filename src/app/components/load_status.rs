//! What the page shows instead of its content while the dataset loads, or when it cannot be used.

use crate::core::text::fill;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::app::data::LoadError;
use crate::app::i18n::*;
use crate::app::labels;
use crate::core::problem::Problem;

/// How many problems the error view lists before it summarises the rest.
const PROBLEMS_SHOWN: usize = 10;

/// Shown while the dataset loads.
#[component]
pub fn Loading() -> impl IntoView {
    let loc = locale();
    // On a slow line, say so after a few seconds (the request gives up after data::TIMEOUT_SECONDS).
    let slow = RwSignal::new(false);
    let timer = set_timeout_with_handle(move || slow.set(true), std::time::Duration::from_secs(4)).ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    });
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading__spinner" aria-hidden="true"></span>
            <span>{td_string!(loc, loading)}</span>
            {move || slow.get().then(|| view! { <span class="loading__slow">{td_string!(loc, loading_slow)}</span> })}
        </div>
    }
}

/// Says what went wrong with the dataset, where, and offers to try again.
#[component]
pub fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
    /// Fetches the dataset again.
    retry: Callback<()>,
) -> impl IntoView {
    let loc = locale();
    // One sentence for what went wrong, then, for a file with problems, the problems themselves.
    let (sentence, problems) = match error {
        LoadError::Http { url, status } => {
            (fill(td_string!(loc, load_error.http), &[("status", &status.to_string()), ("url", &url)]), Vec::new())
        }
        LoadError::Network { url } => (fill(td_string!(loc, load_error.network), &[("url", &url)]), Vec::new()),
        LoadError::Timeout { url, seconds } => {
            (fill(td_string!(loc, load_error.timeout), &[("url", &url), ("seconds", &seconds.to_string())]), Vec::new())
        }
        LoadError::Refused { url, origin } => (
            fill(td_string!(loc, load_error.refused), &[("url", &url), ("origin", &origin.unwrap_or_default())]),
            Vec::new(),
        ),
        LoadError::Invalid { url, problems } => (fill(td_string!(loc, load_error.invalid), &[("url", &url)]), problems),
    };
    let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
    let listed = (!problems.is_empty()).then(|| {
        view! {
            <ul class="problems">
                {problems.iter().take(PROBLEMS_SHOWN).map(|problem| view! { <ProblemItem problem=ProblemText::new(loc, problem) /> }).collect_view()}
            </ul>
        }
    });
    let details = view! {
        <p>{sentence}</p>
        {listed}
        {(more > 0).then(|| view! { <p>{fill(td_string!(loc, load_error.more_problems), &[("count", &more.to_string())])}</p> })}
    };
    // The view replaces the page (and, after "try again", the button that had focus): focus moves to
    // its heading so a keyboard or screen reader user goes on from there. Only while the document
    // has focus: an embedding page keeps its own.
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            if document().has_focus().unwrap_or(false) {
                let _ = heading.focus();
            }
        }
    });
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h1 id="load-error-title" tabindex="-1" node_ref=heading>{td_string!(loc, load_error.title)}</h1>
            {details}
            <button type="button" class="button" on:click=move |_| retry.run(())>{td_string!(loc, load_error.retry)}</button>
        </section>
    }
}

/// A dataset problem as the reader reads it: where, and what, in the reader's language. The dataset
/// check's Web Worker writes its problems so, and the page shows them as they come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemText {
    /// The JSON path, or the words for the whole file.
    pub path: String,
    /// "line 12", where the file has a line for it.
    pub line: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl ProblemText {
    /// `problem` in the words of `loc`.
    pub fn new(loc: Locale, problem: &Problem) -> Self {
        let path = if problem.path.is_empty() {
            td_string!(loc, load_error.whole_file).to_string()
        } else {
            problem.path.clone()
        };
        let line = problem.line.map(|line| fill(td_string!(loc, load_error.line), &[("line", &line.to_string())]));
        ProblemText { path, line, reason: labels::problem(loc, &problem.kind) }
    }
}

/// One problem of a dataset as a list item, "<where>: <what>" (the load error view and the page that
/// checks a new dataset).
#[component]
pub fn ProblemItem(
    /// The problem, in the reader's language.
    problem: ProblemText,
) -> impl IntoView {
    view! {
        <li class="problem">
            <code class="problem__path">{problem.path}</code>
            {problem.line.map(|line| view! { " (" <span class="problem__line">{line}</span> ")" })}
            ": "
            <span class="problem__reason">{problem.reason}</span>
        </li>
    }
}
