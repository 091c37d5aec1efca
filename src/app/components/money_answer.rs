//! The plain answer about the money, in one or two sentences: for a programme (the overview and the
//! programme's page), for a set of projects (a municipality's page) and for one project. What it
//! may say is decided by `core::money`; every amount carries its source.

use leptos::prelude::*;

use crate::app::components::{organisation_name, Localized, SourceRef};
use crate::app::i18n::*;
use crate::core::format;
use crate::core::model::{Dataset, Programme, Project};
use crate::core::money::{self, KnownAmounts};
use crate::core::text::fill;

/// A programme's money: the amount most sources state and for which years, who puts in what, how
/// much was committed by when, and what the sources do not say; other amounts behind "why" where
/// `why` (the programme's page lists them all in its budget table instead).
pub fn programme_money(dataset: &Dataset, programme: &Programme, why: bool) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let answer = money::programme(dataset, programme);
    let name = programme.name.as_str();
    let headline = match answer.budget {
        Some(budget) => {
            let amount = format::qualified(budget.qualifier, &format::money(budget.eur.unwrap_or(0), lang), lang);
            let text = match (&budget.start, &budget.end) {
                (Some(start), Some(end)) => {
                    let period = format!("{} – {}", format::date(start, lang), format::date(end, lang));
                    fill(
                        td_string!(loc, money_answer.programme),
                        &[("programme", name), ("amount", &amount), ("period", &period)],
                    )
                }
                _ => {
                    fill(td_string!(loc, money_answer.programme_no_period), &[("programme", name), ("amount", &amount)])
                }
            };
            view! { {text} " " <SourceRef id=budget.source.clone() /> }.into_any()
        }
        None => fill(td_string!(loc, money_answer.budget_unknown), &[("programme", name)]).into_any(),
    };
    let last = answer.funders.len().saturating_sub(1);
    let funders = answer
        .funders
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let amount = f.eur.map_or_else(|| td_string!(loc, amount_unknown).to_string(), |e| format::money(e, lang));
            let end = if i == last { "." } else { "," };
            view! { " " {organisation_name(dataset, &f.funder)} " " {amount} " " <SourceRef id=f.source.clone() /> {end} }
        })
        .collect_view();
    let progress = match (answer.committed, answer.committed_of) {
        (Some(figure), of_funder) => {
            let value = format::qualified(
                figure.qualifier,
                &format::figure(figure.value.unwrap_or(0.0), figure.unit, lang),
                lang,
            );
            let of = format::figure(figure.of.unwrap_or(0.0), figure.unit, lang);
            let period = figure.period.as_deref().map(|p| format::period(p, lang)).unwrap_or_default();
            let label = figure.label.get(lang).text;
            let committed = fill(
                td_string!(loc, money_answer.committed),
                &[("label", label), ("period", &period), ("value", &value), ("of", &of)],
            );
            let rest = match of_funder {
                Some(f) => fill(
                    td_string!(loc, money_answer.committed_share),
                    &[("funder", dataset.funder_name(&f.funder).unwrap_or(&f.funder))],
                ),
                None => td_string!(loc, money_answer.no_progress).to_string(),
            };
            view! { {committed} " " <SourceRef id=figure.source.clone() /> " " {rest} }.into_any()
        }
        (None, _) => td_string!(loc, money_answer.no_progress).into_any(),
    };
    let why = (why && !answer.variants.is_empty()).then(|| {
        let statements = programme
            .budgets
            .iter()
            .map(|b| {
                let amount =
                    b.eur.map_or_else(|| td_string!(loc, amount_unknown).to_string(), |e| format::money(e, lang));
                let period = match (&b.start, &b.end) {
                    (Some(s), Some(e)) => format!(" ({} – {})", format::date(s, lang), format::date(e, lang)),
                    _ => String::new(),
                };
                view! {
                    <li>
                        <strong>{amount}</strong> {period} " " <SourceRef id=b.source.clone() />
                        {b.note.clone().map(|text| view! { <br /><span class="muted"><Localized text /></span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="why">
                <summary>{td_string!(loc, money_answer.why)}</summary>
                <p>{td_string!(loc, money_answer.why_intro)}</p>
                <ul class="plain">{statements}</ul>
            </details>
        }
    });
    view! {
        <div class="money-answer" data-testid="money-answer">
            <p>
                {headline}
                {(!answer.funders.is_empty()).then(|| view! { " " {td_string!(loc, money_answer.funders)} {funders} })}
            </p>
            <p>{progress}</p>
            {why}
        </div>
    }
    .into_any()
}

/// The money of a set of projects (a municipality's): at how many the sources name an amount, and
/// that the rest is unknown rather than nothing.
pub fn projects_money<'a>(projects: impl IntoIterator<Item = &'a Project>) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let KnownAmounts { projects, with_amount, total } = money::known_amounts(projects);
    let count = format::integer(projects as i64, lang);
    let text = if with_amount == 0 {
        fill(td_string!(loc, money_answer.projects_none), &[("count", &count)])
    } else {
        let with = format::integer(with_amount as i64, lang);
        let total = format::money(total, lang);
        fill(td_string!(loc, money_answer.projects), &[("with", &with), ("count", &count), ("total", &total)])
    };
    view! { <p class="money-answer" data-testid="money-answer">{text}</p> }.into_any()
}

/// One project's money in a sentence, above its funding lines: what the sources add up to, or that
/// they name no amount (the page shows this also where they name no funder at all).
pub fn project_money(project: &Project) -> AnyView {
    let loc = locale();
    let text = match project.known_funding_total() {
        Some(total) => {
            fill(td_string!(loc, money_answer.project_known), &[("total", &format::money(total, loc.lang()))])
        }
        None if project.funding.is_empty() => td_string!(loc, money_answer.project_none).to_string(),
        None => td_string!(loc, money_answer.project_unknown).to_string(),
    };
    view! { <p class="money-answer" data-testid="money-answer">{text}</p> }.into_any()
}
