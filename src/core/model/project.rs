//! A project record and its parts: kind, status, participants, dates and result figures.

use serde::{Deserialize, Serialize};

use super::*;

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
