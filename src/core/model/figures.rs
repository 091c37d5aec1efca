//! The report's figures outside the projects: basic infrastructure, headline figures, financial
//! charts and regional indicators.

use serde::{Deserialize, Serialize};

use super::*;

/// An organisation of the basic infrastructure (basisinfrastructuur): the standing regional bodies
/// the Agenda voor Twente funds besides projects.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasisOrganisation {
    /// Slug.
    pub id: Id,
    /// Name as the report gives it.
    pub name: String,
    /// Organisation id, when it is an organisation of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Id>,
    /// What it does, in plain language.
    pub description: Text,
    /// Activities the report lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Text>,
    /// Money the report names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<Funding>,
    /// What is odd or inferred about this record (a misspelling in the source kept as written, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quality_notes: Vec<Text>,
    /// Source id.
    pub source: Id,
}

/// A headline figure of a programme, such as money committed or projects started.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    /// Slug.
    pub id: Id,
    /// Programme id, or `null` for both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<Id>,
    /// What is counted.
    pub label: Text,
    /// The number; `null` when the source lost it.
    pub value: Option<f64>,
    /// The whole it is part of (e.g. 30 of "26 of 30 million"), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<f64>,
    /// Unit of `value` and `of`.
    pub unit: Unit,
    /// How exact.
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    pub qualifier: Qualifier,
    /// The date or period it refers to, as free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// How the figure relates to other figures of the report that count similar things (the 14
    /// projects started, the first 8, 9 of which 8, ...): what the report says about it, or that it
    /// does not say. The page "Over de gegevens" lists every figure with a note.
    // (core::quality::tensions)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Source id.
    pub source: Id,
}

/// A financial chart of the report.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinanceSeries {
    /// Slug.
    pub id: Id,
    /// Programme id.
    pub programme: Id,
    /// Title of the chart as the report gives it.
    pub title: Text,
    /// Unit of the values; `null` when the source does not say (the chart's title names none and its
    /// values are lost). A series with values needs one.
    pub unit: Option<Unit>,
    /// The values; empty when the source lost them (`values_in_source` false).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<FinancePoint>,
    /// Whether the source text still holds the chart's numbers.
    pub values_in_source: bool,
    /// What the report says about the chart, or what is uncertain about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Source id.
    pub source: Id,
}

/// One value of a financial chart.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinancePoint {
    /// What the value is.
    pub label: Text,
    /// The value; `null` when unknown.
    pub value: Option<f64>,
    /// Source id.
    pub source: Id,
}

/// Which way an indicator moved.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Went up.
    Up,
    /// Went down.
    Down,
    /// Stayed the same.
    Flat,
}

/// A regional indicator of the chapter "Signalering".
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Slug.
    pub id: Id,
    /// The theme heading it stands under in the report.
    pub theme: Text,
    /// What is measured.
    pub label: Text,
    /// The value; `null` when the report states only a direction.
    pub value: Option<f64>,
    /// Unit of `value`.
    pub unit: Unit,
    /// How exact.
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    pub qualifier: Qualifier,
    /// The period, as the report words it.
    pub period: Text,
    /// Which way it moved, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The national value for comparison, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_value: Option<f64>,
    /// How it compares with the country, in words, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Text>,
    /// What is odd about the figure in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality_note: Option<Text>,
    /// Source id.
    pub source: Id,
}
