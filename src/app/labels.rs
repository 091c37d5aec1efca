//! The translated words for the core's enumerations, in one place.

use super::i18n::*;
use crate::core::facets::value_name;
use crate::core::index::records::RecordKind;
use crate::core::index::Field;
use crate::core::model::{Dataset, DateKind, OrganisationKind, ProjectKind, ResultKind, Role, Status};
use crate::core::problem::{Expected, Implausible, ProblemKind, SyntaxError};
use crate::core::query::{Facet, Sort, SortKey, UNKNOWN};
use crate::core::route::View;
use crate::core::text::fill;
use crate::core::text::Lang;

/// Name of a project status.
pub fn status(locale: Locale, status: Status) -> &'static str {
    match status {
        Status::Pipeline => td_string!(locale, status.pipeline),
        Status::Implementation => td_string!(locale, status.implementation),
        Status::Finalisation => td_string!(locale, status.finalisation),
        Status::Closed => td_string!(locale, status.closed),
        Status::Cancelled => td_string!(locale, status.cancelled),
        Status::Suspended => td_string!(locale, status.suspended),
    }
}

/// Name of a kind of project.
pub fn kind(locale: Locale, kind: ProjectKind) -> &'static str {
    match kind {
        ProjectKind::Project => td_string!(locale, kind.project),
        ProjectKind::Programme => td_string!(locale, kind.programme),
        ProjectKind::Initiative => td_string!(locale, kind.initiative),
        ProjectKind::GrantScheme => td_string!(locale, kind.grant_scheme),
        ProjectKind::Location => td_string!(locale, kind.location),
        ProjectKind::Event => td_string!(locale, kind.event),
        ProjectKind::Campaign => td_string!(locale, kind.campaign),
    }
}

/// Name of an organisation's role in a project.
pub fn role(locale: Locale, role: Role) -> &'static str {
    match role {
        Role::Lead => td_string!(locale, role.lead),
        Role::Funding => td_string!(locale, role.funding),
        Role::Implementing => td_string!(locale, role.implementing),
        Role::Partner => td_string!(locale, role.partner),
    }
}

/// What sort of body an organisation is.
pub fn organisation_kind(locale: Locale, kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::Government => td_string!(locale, organisation.kind.government),
        OrganisationKind::LocalGovernment => td_string!(locale, organisation.kind.local_government),
        OrganisationKind::Education => td_string!(locale, organisation.kind.education),
        OrganisationKind::Business => td_string!(locale, organisation.kind.business),
        OrganisationKind::NonProfit => td_string!(locale, organisation.kind.non_profit),
        OrganisationKind::Partnership => td_string!(locale, organisation.kind.partnership),
    }
}

/// What a record other than a project is, in a search result.
pub fn record_kind(locale: Locale, kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Organisation => td_string!(locale, record_kind.organisation),
        RecordKind::Basis => td_string!(locale, record_kind.basis),
        RecordKind::Programme => td_string!(locale, record_kind.programme),
        RecordKind::Glossary => td_string!(locale, record_kind.glossary),
    }
}

/// Name of one of a project's dates.
pub fn date_kind(locale: Locale, kind: DateKind) -> &'static str {
    match kind {
        DateKind::Approved => td_string!(locale, date.approved),
        DateKind::PlannedStart => td_string!(locale, date.planned_start),
        DateKind::ActualStart => td_string!(locale, date.actual_start),
        DateKind::PlannedEnd => td_string!(locale, date.planned_end),
        DateKind::ActualEnd => td_string!(locale, date.actual_end),
    }
}

/// Whether a result was reached or is a target.
pub fn result_kind(locale: Locale, kind: ResultKind) -> &'static str {
    match kind {
        ResultKind::Actual => td_string!(locale, result_kind.actual),
        ResultKind::Target => td_string!(locale, result_kind.target),
    }
}

/// A dataset problem as a sentence in the reader's language.
pub fn problem(locale: Locale, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::TooLarge { bytes, limit } => {
            // In megabytes: "70000040 bytes" means little to a reader, "66,8 MB" does.
            let megabytes = |n: usize| crate::core::format::decimal(n as f64 / 1_048_576.0, 1, locale.lang());
            fill(td_string!(locale, problem.too_large), &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))])
        }
        ProblemKind::InvalidJson { line, column, error } => {
            let detail = match error {
                SyntaxError::NumberFormat => td_string!(locale, problem.syntax.number_format),
                SyntaxError::TrailingComma => td_string!(locale, problem.syntax.trailing_comma),
                SyntaxError::MissingComma => td_string!(locale, problem.syntax.missing_comma),
                SyntaxError::UnquotedKey => td_string!(locale, problem.syntax.unquoted_key),
                SyntaxError::NotAValue => td_string!(locale, problem.syntax.not_a_value),
                SyntaxError::ControlCharacter => td_string!(locale, problem.syntax.control_character),
                SyntaxError::BadEscape => td_string!(locale, problem.syntax.bad_escape),
                SyntaxError::Other(detail) => detail.as_str(),
            };
            fill(
                td_string!(locale, problem.invalid_json),
                &[("line", &line.to_string()), ("column", &column.to_string()), ("detail", detail)],
            )
        }
        ProblemKind::NotUtf8 { line } => fill(td_string!(locale, problem.not_utf8), &[("line", &line.to_string())]),
        ProblemKind::WrongType { expected, found } => {
            let expected = match expected {
                Expected::WholeNumber => td_string!(locale, problem.expected.whole_number),
                Expected::Number => td_string!(locale, problem.expected.number),
                Expected::Text => td_string!(locale, problem.expected.text),
                Expected::List => td_string!(locale, problem.expected.list),
                Expected::Record => td_string!(locale, problem.expected.record),
                Expected::TrueOrFalse => td_string!(locale, problem.expected.true_or_false),
            };
            fill(td_string!(locale, problem.wrong_type), &[("expected", expected), ("found", found)])
        }
        ProblemKind::UnknownValue { found, allowed } => {
            fill(td_string!(locale, problem.unknown_value), &[("found", found), ("allowed", allowed)])
        }
        ProblemKind::UnknownField { field, allowed } => {
            fill(td_string!(locale, problem.unknown_field), &[("field", field), ("allowed", allowed)])
        }
        ProblemKind::DuplicateField { field } => fill(td_string!(locale, problem.duplicate_field), &[("field", field)]),
        ProblemKind::InvalidDate { found } => fill(td_string!(locale, problem.invalid_date), &[("found", found)]),
        ProblemKind::RefersToItself => td_string!(locale, problem.refers_to_itself).to_string(),
        ProblemKind::NotAnObject => td_string!(locale, problem.not_an_object).to_string(),
        ProblemKind::MissingTranslation { lang: "en" } => td_string!(locale, problem.missing_en).to_string(),
        ProblemKind::MissingTranslation { .. } => td_string!(locale, problem.missing_de).to_string(),
        ProblemKind::UncitedSource => td_string!(locale, problem.uncited_source).to_string(),
        ProblemKind::EmailAddress => td_string!(locale, problem.email_address).to_string(),
        ProblemKind::Truncated { line, column } => {
            fill(td_string!(locale, problem.truncated), &[("line", &line.to_string()), ("column", &column.to_string())])
        }
        ProblemKind::TooDeep { line, column } => {
            fill(td_string!(locale, problem.too_deep), &[("line", &line.to_string()), ("column", &column.to_string())])
        }
        ProblemKind::MissingField { field } => fill(td_string!(locale, problem.missing_field), &[("field", field)]),
        ProblemKind::WrongShape { detail } => fill(td_string!(locale, problem.wrong_shape), &[("detail", detail)]),
        ProblemKind::UnsupportedSchemaVersion { found, supported } => {
            fill(td_string!(locale, problem.unsupported_schema_version), &[("found", found), ("supported", supported)])
        }
        ProblemKind::DuplicateId { id, first } => {
            fill(td_string!(locale, problem.duplicate_id), &[("id", id), ("first", first)])
        }
        ProblemKind::UnknownReference { id, collection } => {
            fill(td_string!(locale, problem.unknown_reference), &[("id", id), ("collection", collection)])
        }
        ProblemKind::InvalidId { id } => fill(td_string!(locale, problem.invalid_id), &[("id", id)]),
        ProblemKind::NegativeMoney { eur } => {
            fill(td_string!(locale, problem.negative_money), &[("eur", &eur.to_string())])
        }
        ProblemKind::ImplausibleNumber { value, reason } => {
            let reason = match reason {
                Implausible::NotFinite => td_string!(locale, problem.reason.not_finite),
                Implausible::Negative => td_string!(locale, problem.reason.negative),
                Implausible::PercentOver100 => td_string!(locale, problem.reason.percent_over_100),
                Implausible::Cents => td_string!(locale, problem.reason.cents),
            };
            fill(td_string!(locale, problem.implausible_number), &[("value", value), ("reason", reason)])
        }
        ProblemKind::NotHttpLink { url } => fill(td_string!(locale, problem.not_http_link), &[("url", url)]),
        ProblemKind::TooLong { chars, max } => {
            fill(td_string!(locale, problem.too_long), &[("chars", &chars.to_string()), ("max", &max.to_string())])
        }
        ProblemKind::EmptyText => td_string!(locale, problem.empty_text).to_string(),
        ProblemKind::EndsBeforeStart => td_string!(locale, problem.ends_before_start).to_string(),
    }
}

/// Name of a facet.
pub fn facet_name(locale: Locale, facet: Facet) -> &'static str {
    match facet {
        Facet::Programme => td_string!(locale, facet.programme),
        Facet::ActionLine => td_string!(locale, facet.line),
        Facet::Status => td_string!(locale, facet.status),
        Facet::Kind => td_string!(locale, facet.kind),
        Facet::Municipality => td_string!(locale, facet.municipality),
        Facet::CrossBorder => td_string!(locale, facet.crossborder),
        Facet::Partner => td_string!(locale, facet.partner),
    }
}

/// The reader's name for a facet value: the dataset's name for ids, the translated word for codes.
pub fn facet_value(dataset: &Dataset, locale: Locale, facet: Facet, value: &str) -> String {
    if value == UNKNOWN {
        return match facet {
            Facet::Municipality => td_string!(locale, municipality_unknown),
            _ => td_string!(locale, value_unknown),
        }
        .to_string();
    }
    let translated = match facet {
        Facet::Status => Status::from_code(value).map(|s| status(locale, s)),
        Facet::Kind => ProjectKind::from_code(value).map(|k| kind(locale, k)),
        Facet::CrossBorder if value == "yes" => Some(td_string!(locale, yes)),
        Facet::CrossBorder if value == "no" => Some(td_string!(locale, no)),
        _ => None,
    };
    match translated {
        Some(label) => label.to_string(),
        None => value_name(dataset, facet, value, locale.lang()).unwrap_or_else(|| value.to_string()),
    }
}

/// The sort options of the sort menu, with their labels.
pub fn sort_options(locale: Locale) -> [(Sort, &'static str); 9] {
    let sort = |key, descending| Sort { key, descending };
    [
        (sort(SortKey::Relevance, false), td_string!(locale, sort.relevance)),
        (sort(SortKey::Name, false), td_string!(locale, sort.name_asc)),
        (sort(SortKey::Name, true), td_string!(locale, sort.name_desc)),
        (sort(SortKey::Programme, false), td_string!(locale, sort.programme_asc)),
        (sort(SortKey::Status, false), td_string!(locale, sort.status_asc)),
        (sort(SortKey::Start, false), td_string!(locale, sort.start_asc)),
        (sort(SortKey::Start, true), td_string!(locale, sort.start_desc)),
        (sort(SortKey::Amount, true), td_string!(locale, sort.amount_desc)),
        (sort(SortKey::Amount, false), td_string!(locale, sort.amount_asc)),
    ]
}

/// The name of a part of a project's text, for "found in".
pub fn match_field(locale: Locale, field: Field) -> &'static str {
    match field {
        Field::Name => td_string!(locale, match_field.name),
        Field::Alias => td_string!(locale, match_field.alias),
        Field::Organisation => td_string!(locale, match_field.organisation),
        Field::Place => td_string!(locale, match_field.place),
        Field::Description => td_string!(locale, match_field.description),
        Field::Result => td_string!(locale, match_field.result),
    }
}

/// The name of a view in the main menu and the page title.
pub fn view_name(locale: Locale, view: &View) -> &'static str {
    match view {
        View::Overview => td_string!(locale, nav.overview),
        View::Projects | View::Project(_) => td_string!(locale, nav.projects),
        View::Money => td_string!(locale, nav.money),
        View::ActionLines => td_string!(locale, nav.lines),
        View::Basis => td_string!(locale, nav.basis),
        View::Indicators => td_string!(locale, nav.indicators),
        View::Timeline => td_string!(locale, nav.timeline),
        View::Programme(_) => td_string!(locale, nav.overview),
        View::Accessibility => td_string!(locale, footer.accessibility),
        View::Municipalities | View::Municipality(_) => td_string!(locale, nav.municipalities),
        View::Organisation(_) => td_string!(locale, organisation.heading),
        View::Compare { .. } => td_string!(locale, nav.compare),
        View::Glossary => td_string!(locale, nav.glossary),
        View::Quality => td_string!(locale, nav.quality),
        View::Check => td_string!(locale, footer.check),
        View::Embed => td_string!(locale, footer.embed),
    }
}

/// A language's name in that language, as a reader of it looks for it.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Nederlands",
        Lang::En => "English",
        Lang::De => "Deutsch",
    }
}

/// A chart's title, as its page and the embed builder show it.
pub fn chart_title(locale: Locale, dataset: &Dataset, chart: &crate::core::charts::page_charts::PageChart) -> String {
    use crate::core::charts::page_charts::PageChart;
    match chart {
        PageChart::LinesPerProgramme => td_string!(locale, overview.lines_chart_title).to_string(),
        PageChart::Committed => td_string!(locale, money.committed_title).to_string(),
        PageChart::Financing(id) => {
            let name = dataset.programme(id).map_or(id.as_str(), |p| p.name.as_str());
            fill(td_string!(locale, money.financing_title), &[("programme", name)])
        }
        PageChart::LineStatus(id) => {
            let name =
                dataset.action_line(id).map_or_else(|| id.clone(), |l| l.name.get(locale.lang()).text.to_string());
            fill(td_string!(locale, lines.status_title), &[("line", name.as_str())])
        }
        PageChart::Municipalities => td_string!(locale, municipalities.map_title).to_string(),
        PageChart::Timeline => td_string!(locale, timeline.chart_title).to_string(),
    }
}
