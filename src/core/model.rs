//! The dataset: typed records of the programmes, action lines and projects of "Investeren in Twente".
//!
//! The shape follows the IATI activity standard where it fits: organisations take part in a project
//! with a role, a project has a status code and planned/actual dates, money is kept apart from the
//! results, and every figure names the source it was taken from. docs/dataset.md documents each field.
//!
//! Unknown values are `None` (JSON `null` or absent), never zero: the app shows them as unknown.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::text::Text;

/// Identifier of a record, unique within its collection (a lowercase slug such as `twents-fonds-voor-vakmanschap`).
pub type Id = String;

/// The whole dataset as stored in `public/data/investeren-in-twente.json`.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Referenced by every figure's `source`.
    pub id: Id,
    /// Title as the source gives it, with the chapter where it is a chapter of the report.
    pub title: String,
    /// Web address; http(s) only. `None` for the report itself, which has no public address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When it was published, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
}

/// One of the municipalities of Twente.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Slug of the name, e.g. `hof-van-twente`.
    pub id: Id,
    /// Official name.
    pub name: String,
}

/// What sort of body an organisation is.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Slug of the name.
    pub id: Id,
    /// Name as the organisation writes it.
    pub name: String,
    /// What sort of body it is; `None` when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrganisationKind>,
    /// Municipality of its seat, when relevant and known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<Id>,
}

/// An investment programme.
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
    /// Who pays how much; amounts `None` where no source gives them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funders: Vec<Funding>,
    /// The period this report covers for the programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_period: Option<Period>,
    /// Dated events of the programme (application, award, signing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// How the programme is governed, in plain language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governance: Option<Text>,
    /// Web pages about the programme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A budget as one source states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Amount in whole euros; `None` when the source gives no amount.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// Who pays: an organisation id, or a programme id when the money comes from a programme's budget.
    pub funder: Id,
    /// Amount in whole euros; `None` when the source names the funder but no amount.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day, month or year.
    pub start: PartialDate,
    /// Last day, month or year.
    pub end: PartialDate,
    /// Source id.
    pub source: Id,
}

/// A dated event.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Absolute http(s) address.
    pub url: String,
    /// What the reader finds there.
    pub title: Text,
}

/// One of the four action lines (actielijnen) both programmes work along.
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

/// What sort of undertaking a project record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectKind {
    /// A project with its own plan and budget.
    Project,
    /// A programme bundling several activities or sub-projects.
    Programme,
    /// An initiative in preparation or a network without a project plan.
    Initiative,
    /// A fund or voucher scheme that hands out grants.
    GrantScheme,
    /// A business location or area being developed.
    Location,
    /// A one-off event.
    Event,
    /// A campaign.
    Campaign,
}

/// Status of a project as of the report, after the IATI activity status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being prepared or awaiting approval (IATI 1).
    Pipeline,
    /// Running (IATI 2).
    Implementation,
    /// Activities done, being wrapped up (IATI 3).
    Finalisation,
    /// Finished (IATI 4).
    Closed,
    /// Stopped before its end (IATI 5).
    Cancelled,
    /// Paused (IATI 6).
    Suspended,
}

/// The part an organisation plays in a project, after the IATI organisation roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Leads the project and answers for it (penvoerder; IATI "accountable").
    Lead,
    /// Pays for the project (IATI "funding").
    Funding,
    /// Carries out the project or part of it (IATI "implementing").
    Implementing,
    /// Takes part without a stated role.
    Partner,
}

/// An organisation's part in a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Organisation id.
    pub organisation: Id,
    /// Its role.
    pub role: Role,
    /// Source id that names this organisation in this role.
    pub source: Id,
}

/// A date with the source that gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedDate {
    /// The day, month or year.
    pub date: PartialDate,
    /// Source id.
    pub source: Id,
}

/// Which of a project's dates a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// When it was approved.
    Approved,
    /// Planned start.
    PlannedStart,
    /// Actual start.
    ActualStart,
}

/// Planned and actual dates of a project; each `None` when unknown.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectDates {
    /// When it was approved (goedgekeurd).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<SourcedDate>,
    /// Planned start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_start: Option<SourcedDate>,
    /// Actual start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_start: Option<SourcedDate>,
    /// Planned end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_end: Option<SourcedDate>,
    /// Actual end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_end: Option<SourcedDate>,
}

/// Unit of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A count of things, named by the figure's label.
    Count,
    /// Percent (0 to 100).
    Percent,
    /// Whole euros.
    Eur,
    /// Hectares.
    Hectare,
    /// Terajoules.
    Terajoule,
    /// Kilograms.
    Kilogram,
    /// Percentage points (a difference of two percentages).
    PercentagePoint,
}

/// A result or figure reported for a project (after IATI's result/indicator).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultFigure {
    /// What is counted, in plain language.
    pub label: Text,
    /// Reached (`actual`) or aimed for (`target`).
    pub kind: ResultKind,
    /// The number; `None` when the source states the result without a number.
    pub value: Option<f64>,
    /// Unit of `value`.
    pub unit: Unit,
    /// How exact the number is.
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    pub qualifier: Qualifier,
    /// The period or date the figure refers to, as free text (e.g. `2019`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Source id.
    pub source: Id,
}

/// Whether a result figure was reached or is a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultKind {
    /// Reached.
    Actual,
    /// Aimed for.
    Target,
}

/// A project, initiative, grant scheme, location or event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable slug; part of the project's URL.
    pub id: Id,
    /// Name as the project calls itself.
    pub name: String,
    /// Other spellings used by the report (kept so searches for them find the project).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What sort of undertaking it is; `None` when no source says.
    pub kind: Option<ProjectKind>,
    /// Programme ids; `None` when no source says which programme it belongs to.
    pub programmes: Option<Vec<Id>>,
    /// Action line ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_lines: Vec<Id>,
    /// Status as of the report; `None` when unknown.
    pub status: Option<Status>,
    /// The source that gives the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_source: Option<Id>,
    /// What the project does, in plain language.
    pub description: Text,
    /// Organisations and their roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Municipality ids where it takes place; empty when unknown or region-wide (see `location`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<Id>,
    /// Where it takes place, in words (e.g. "heel Twente").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Text>,
    /// Whether it works across the German border; `None` when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border: Option<bool>,
    /// Planned and actual dates.
    #[serde(default, skip_serializing_if = "ProjectDates::is_empty")]
    pub dates: ProjectDates,
    /// Money per funder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<Funding>,
    /// Results and targets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<ResultFigure>,
    /// Web pages about the project.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Source ids of everything said about the project.
    pub sources: Vec<Id>,
    /// Id of the project this one is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<Id>,
    /// What is uncertain or odd about this record's data (an inference, a conflicting source, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quality_notes: Vec<Text>,
}

impl Project {
    /// The sum of the known funding amounts, or `None` when no amount is known.
    pub fn known_funding_total(&self) -> Option<i64> {
        self.funding.iter().filter_map(|f| f.eur).fold(None, |total, eur| Some(total.unwrap_or(0).saturating_add(eur)))
    }

    /// Every source id the project's record cites: its own list first, then those of its figures.
    pub fn cited_sources(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.sources.clone();
        let dates = [
            &self.dates.approved,
            &self.dates.planned_start,
            &self.dates.actual_start,
            &self.dates.planned_end,
            &self.dates.actual_end,
        ];
        let more = self
            .status_source
            .iter()
            .chain(self.participants.iter().map(|p| &p.source))
            .chain(dates.into_iter().flatten().map(|d| &d.source))
            .chain(self.funding.iter().map(|f| &f.source))
            .chain(self.results.iter().map(|r| &r.source));
        for id in more {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }

    /// The best start date known with what it is: actual start, else planned start, else approval.
    pub fn start(&self) -> Option<(&PartialDate, DateKind)> {
        let d = &self.dates;
        d.actual_start
            .as_ref()
            .map(|s| (&s.date, DateKind::ActualStart))
            .or(d.planned_start.as_ref().map(|s| (&s.date, DateKind::PlannedStart)))
            .or(d.approved.as_ref().map(|s| (&s.date, DateKind::Approved)))
    }

    /// The best start date known: actual, else planned, else approval.
    pub fn start_date(&self) -> Option<&PartialDate> {
        self.dates
            .actual_start
            .as_ref()
            .or(self.dates.planned_start.as_ref())
            .or(self.dates.approved.as_ref())
            .map(|d| &d.date)
    }
}

/// An organisation of the basic infrastructure (basisinfrastructuur): the standing regional bodies
/// the Agenda voor Twente funds besides projects.
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
    /// Source id.
    pub source: Id,
}

/// A headline figure of a programme, such as money committed or projects started.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    /// Slug.
    pub id: Id,
    /// Programme id, or `None` for both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<Id>,
    /// What is counted.
    pub label: Text,
    /// The number; `None` when the source lost it.
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
    /// Source id.
    pub source: Id,
}

/// A financial chart of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinanceSeries {
    /// Slug.
    pub id: Id,
    /// Programme id.
    pub programme: Id,
    /// Title of the chart as the report gives it.
    pub title: Text,
    /// Unit of the values.
    pub unit: Unit,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinancePoint {
    /// What the value is.
    pub label: Text,
    /// The value; `None` when unknown.
    pub value: Option<f64>,
    /// Source id.
    pub source: Id,
}

/// Which way an indicator moved.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Slug.
    pub id: Id,
    /// The theme heading it stands under in the report.
    pub theme: Text,
    /// What is measured.
    pub label: Text,
    /// The value; `None` when the report states only a direction.
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

impl ProjectDates {
    /// Whether no date is known (left out when writing JSON).
    pub fn is_empty(&self) -> bool {
        *self == ProjectDates::default()
    }
}

impl Status {
    /// The code used in the dataset and in URLs (`implementation`).
    pub fn code(self) -> &'static str {
        match self {
            Status::Pipeline => "pipeline",
            Status::Implementation => "implementation",
            Status::Finalisation => "finalisation",
            Status::Closed => "closed",
            Status::Cancelled => "cancelled",
            Status::Suspended => "suspended",
        }
    }

    /// Every status, in the order of a project's life.
    pub const ALL: [Status; 6] = [
        Status::Pipeline,
        Status::Implementation,
        Status::Finalisation,
        Status::Closed,
        Status::Cancelled,
        Status::Suspended,
    ];
}

impl ProjectKind {
    /// The code used in the dataset and in URLs (`grant_scheme`).
    pub fn code(self) -> &'static str {
        match self {
            ProjectKind::Project => "project",
            ProjectKind::Programme => "programme",
            ProjectKind::Initiative => "initiative",
            ProjectKind::GrantScheme => "grant_scheme",
            ProjectKind::Location => "location",
            ProjectKind::Event => "event",
            ProjectKind::Campaign => "campaign",
        }
    }

    /// Every kind.
    pub const ALL: [ProjectKind; 7] = [
        ProjectKind::Project,
        ProjectKind::Programme,
        ProjectKind::Initiative,
        ProjectKind::GrantScheme,
        ProjectKind::Location,
        ProjectKind::Event,
        ProjectKind::Campaign,
    ];
}
