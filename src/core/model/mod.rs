//! The dataset: typed records of the programmes, action lines and projects of "Investeren in Twente".
//!
//! The shape follows the IATI activity standard where it fits: organisations take part in a project
//! with a role, a project has a status code and planned/actual dates, money is kept apart from the
//! results, and every figure names the source it was taken from. docs/dataset.md documents each field.
//!
//! Unknown values are `None` (JSON `null` or absent), never zero: the app shows them as unknown.

mod figures;
mod project;

pub use figures::*;
pub use project::*;

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::text::{Lang, Text};

/// Identifier of a record, unique within its collection (a lowercase slug such as `twents-fonds-voor-vakmanschap`).
pub type Id = String;

/// The whole dataset as stored in `public/data/investeren-in-twente.json`.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of this format, `MAJOR.MINOR`; the app reads every minor version of the majors it supports.
    pub schema_version: String,
    /// Where the content comes from: the progress report itself.
    pub report: Report,
    /// Every source a figure may cite.
    pub sources: Vec<Source>,
    /// The municipalities a project can be located in.
    pub municipalities: Vec<Municipality>,
    /// Every organisation that funds, leads or carries out something.
    pub organisations: Vec<Organisation>,
    /// The investment programmes (Regio Deal Twente, Agenda voor Twente).
    pub programmes: Vec<Programme>,
    /// The four action lines shared by both programmes.
    pub action_lines: Vec<ActionLine>,
    /// Projects, initiatives, grant schemes and events.
    pub projects: Vec<Project>,
    /// The organisations of the basic infrastructure and what they did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basisinfrastructuur: Vec<BasisOrganisation>,
    /// Headline figures of the programmes (money committed, projects started, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_figures: Vec<KeyFigure>,
    /// The financial charts of the report, with the values the source still holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub finance_series: Vec<FinanceSeries>,
    /// Regional indicators of the chapter "Signalering".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
}

/// Metadata of the report the dataset makes explorable.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Title of the report.
    pub title: Text,
    /// Month (or day) of publication.
    pub published: PartialDate,
    /// Who published the report.
    pub publisher: String,
    /// The date the figures are "as of" (stand per), when the report says so.
    pub as_of: Option<PartialDate>,
    /// A short description of the report, in our own words.
    pub summary: Text,
    /// Who to contact about the report (roles and organisations, no personal addresses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Text>,
    /// Web sites the report refers readers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// The source record of the report itself.
    pub source: Id,
}

/// A document or web page that figures are taken from.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Referenced by every figure's `source`.
    pub id: Id,
    /// Title as the source gives it, with the chapter where it is a chapter of the report.
    pub title: String,
    /// Web address; http(s) only. `null` for the report itself, which has no public address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When it was published, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// The language of the title (`en` or `de`) where it is not Dutch, so that pages in another
    /// language mark it for screen readers and translators (WCAG 3.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
}

impl Source {
    /// The language of the title: Dutch unless the source says otherwise.
    pub fn title_lang(&self) -> Lang {
        self.language.unwrap_or_default()
    }
}

/// One of the municipalities of Twente.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Slug of the name, e.g. `hof-van-twente`.
    pub id: Id,
    /// Official name.
    pub name: String,
}

/// What sort of body an organisation is.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// National government (het Rijk) or a ministry.
    Government,
    /// Province, municipality, water board or a body of municipalities.
    LocalGovernment,
    /// University, university of applied sciences, vocational school.
    Education,
    /// Company.
    Business,
    /// Foundation, association or development agency.
    NonProfit,
    /// Partnership of several parties.
    Partnership,
}

/// An organisation that funds, leads or carries out a project.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Slug of the name; part of the organisation's own page's address (`nl/organisations/<id>/`).
    pub id: Id,
    /// Name as the organisation writes it.
    pub name: String,
    /// What sort of body it is; `null` when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrganisationKind>,
    /// Municipality of its seat, when relevant and known. For a `local_government`, the
    /// municipality it governs: the projects it takes part in are on that municipality's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<Id>,
}

/// An investment programme.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// `rdt` (Regio Deal Twente) or `avt` (Agenda voor Twente) in the bundled dataset.
    pub id: Id,
    /// Full name.
    pub name: String,
    /// Abbreviation used in lists (RDT, AvT).
    pub short_name: String,
    /// What the programme is for, in plain language.
    pub description: Text,
    /// Budget statements; several when sources disagree, each with its own source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budgets: Vec<Budget>,
    /// Who pays how much; amounts `null` where no source gives them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funders: Vec<Funding>,
    /// The period this report covers for the programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_period: Option<Period>,
    /// Dated events of the programme (application, award, signing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// The programme this one follows up, when it is a successor: a deal of its own, made after
    /// the report, which the report does not cover (Regio Deal Twente II follows `rdt`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<Id>,
    /// How the programme is governed, in plain language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governance: Option<Text>,
    /// Web pages about the programme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A budget as one source states it.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Amount in whole euros; `null` when the source gives no amount.
    pub eur: Option<i64>,
    /// How exact the amount is.
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    pub qualifier: Qualifier,
    /// First year (or date) the budget covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// Last year (or date) the budget covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// Source id of this statement.
    pub source: Id,
    /// What the statement includes, where that differs between sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Money from one funder.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// Who pays: an organisation id, or a programme id when the money comes from a programme's budget.
    pub funder: Id,
    /// Amount in whole euros; `null` when the source names the funder but no amount.
    pub eur: Option<i64>,
    /// How exact the amount is.
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    pub qualifier: Qualifier,
    /// Source id.
    pub source: Id,
    /// What the money is for or when, where the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How exact a figure is, as the source words it ("ruim", "circa", ...).
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The figure as given.
    #[default]
    Exact,
    /// "circa", "about".
    About,
    /// "ruim", "over": more than the figure.
    MoreThan,
    /// "minstens", "at least".
    AtLeast,
    /// "tot", "up to".
    UpTo,
    /// "onder", "less than".
    LessThan,
}

/// A span of time with the source that states it.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day, month or year.
    pub start: PartialDate,
    /// Last day, month or year.
    pub end: PartialDate,
    /// Source id.
    pub source: Id,
    /// Where the report states the period in another way, or what of it is inferred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A dated event.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// When it happened.
    pub date: PartialDate,
    /// What happened.
    pub label: Text,
    /// Source id.
    pub source: Id,
}

/// A web link.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Absolute http(s) address.
    pub url: String,
    /// What the reader finds there.
    pub title: Text,
}

/// One of the four action lines (actielijnen) both programmes work along.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionLine {
    /// Slug, e.g. `arbeidsmarkt-talent`.
    pub id: Id,
    /// Name of the line.
    pub name: Text,
    /// What the line is about, in plain language.
    pub summary: Text,
    /// The focus points the report lists for the line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus_points: Vec<Text>,
    /// Source id of the focus points.
    pub source: Id,
}

impl Dataset {
    /// The project with this id.
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// The programme with this id.
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// The programmes the report covers, in the dataset's order: every programme that follows up no
    /// other. A successor made after the report has a page of its own but no part in the report's
    /// figures.
    pub fn reported_programmes(&self) -> impl Iterator<Item = &Programme> {
        self.programmes.iter().filter(|p| p.follows.is_none())
    }

    /// The programmes that follow up `id`.
    pub fn successors<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Programme> {
        self.programmes.iter().filter(move |p| p.follows.as_deref() == Some(id))
    }

    /// The action line with this id.
    pub fn action_line(&self, id: &str) -> Option<&ActionLine> {
        self.action_lines.iter().find(|a| a.id == id)
    }

    /// The municipality with this id.
    pub fn municipality(&self, id: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The title of a source, as every reference to it shows it; the id itself when no source has
    /// it (the validator reports such a reference, so a loaded dataset has none).
    pub fn source_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.source(id).map_or(id, |s| s.title.as_str())
    }

    /// The language of a source's title (Dutch where the source is unknown).
    pub fn source_lang(&self, id: &str) -> Lang {
        self.source(id).map_or(Lang::Nl, Source::title_lang)
    }

    /// The name of a funder, which is an organisation or a programme.
    pub fn funder_name(&self, id: &str) -> Option<&str> {
        self.organisation(id).map(|o| o.name.as_str()).or_else(|| self.programme(id).map(|p| p.name.as_str()))
    }
}

impl Qualifier {
    /// Whether the figure is exact (the default, left out when writing JSON).
    pub fn is_exact(&self) -> bool {
        *self == Qualifier::Exact
    }
}
