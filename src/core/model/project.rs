//! A project record and its parts: kind, status, participants, dates and result figures.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

use super::*;

/// What sort of undertaking a project record is.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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
// The variants are declared in the order of a project's life, which is their order everywhere
// (`Ord`, `Status::ALL`).
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedDate {
    /// The day, month or year.
    pub date: PartialDate,
    /// Source id.
    pub source: Id,
}

/// Which of a project's dates a date is; its name is the field's in [`ProjectDates`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum DateKind {
    /// When it was approved.
    Approved,
    /// Planned start.
    PlannedStart,
    /// Actual start.
    ActualStart,
    /// Planned end.
    PlannedEnd,
    /// Actual end.
    ActualEnd,
}

impl DateKind {
    /// Every kind of date, in the order a project's page lists them.
    pub const ALL: &'static [DateKind] = DateKind::VARIANTS;

    /// The field of [`ProjectDates`] in the dataset (`planned_start`), for located problems.
    pub fn field(self) -> &'static str {
        self.into()
    }
}

/// Planned and actual dates of a project; each `null` when unknown.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultFigure {
    /// What is counted, in plain language.
    pub label: Text,
    /// Reached (`actual`) or aimed for (`target`).
    pub kind: ResultKind,
    /// The number; `null` when the source states the result without a number.
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
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultKind {
    /// Reached.
    Actual,
    /// Aimed for.
    Target,
}

/// A project, initiative, grant scheme, location or event.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
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
    /// What sort of undertaking it is; `null` when no source says.
    pub kind: Option<ProjectKind>,
    /// Programme ids; `null` when no source says which programme it belongs to.
    pub programmes: Option<Vec<Id>>,
    /// Action line ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_lines: Vec<Id>,
    /// Status as of the report; `null` when unknown.
    pub status: Option<Status>,
    /// The source that gives the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_source: Option<Id>,
    /// What the project does, in plain language.
    pub description: Text,
    /// Organisations and their roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Municipality ids where it takes place; every municipality's id when a source says all of
    /// Twente's municipalities take part (the municipality pages list it "for all of Twente"); empty
    /// when no source ties it to a municipality (see `location`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<Id>,
    /// Where it takes place, in words (e.g. "heel Twente").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Text>,
    /// Whether it works across the German border; `null` when no source says.
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
        let more = self
            .status_source
            .iter()
            .chain(self.participants.iter().map(|p| &p.source))
            .chain(self.dates.known().map(|(_, d)| &d.source))
            .chain(self.funding.iter().map(|f| &f.source))
            .chain(self.results.iter().map(|r| &r.source));
        for id in more {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }

    /// The best start date known, with which date it is: the actual start, else the planned start,
    /// else the approval. Sorting, the timeline and the export all use this rule.
    pub fn start(&self) -> Option<(DateKind, PartialDate)> {
        self.dates.first_of(&[DateKind::ActualStart, DateKind::PlannedStart, DateKind::Approved])
    }

    /// The best end date known, with which it is: the actual end, else the planned end.
    pub fn end(&self) -> Option<(DateKind, PartialDate)> {
        self.dates.first_of(&[DateKind::ActualEnd, DateKind::PlannedEnd])
    }
}

impl ProjectDates {
    /// Whether no date is known (left out when writing JSON).
    pub fn is_empty(&self) -> bool {
        *self == ProjectDates::default()
    }

    /// One of the dates, if known.
    pub fn get(&self, kind: DateKind) -> Option<&SourcedDate> {
        match kind {
            DateKind::Approved => self.approved.as_ref(),
            DateKind::PlannedStart => self.planned_start.as_ref(),
            DateKind::ActualStart => self.actual_start.as_ref(),
            DateKind::PlannedEnd => self.planned_end.as_ref(),
            DateKind::ActualEnd => self.actual_end.as_ref(),
        }
    }

    /// The known dates, in the order of [`DateKind::ALL`].
    pub fn known(&self) -> impl Iterator<Item = (DateKind, &SourcedDate)> {
        DateKind::ALL.iter().filter_map(|&kind| self.get(kind).map(|date| (kind, date)))
    }

    /// The first known of `kinds`.
    fn first_of(&self, kinds: &[DateKind]) -> Option<(DateKind, PartialDate)> {
        kinds.iter().find_map(|&kind| self.get(kind).map(|d| (kind, d.date)))
    }
}

impl Status {
    /// The code used in the dataset and in URLs (`implementation`): serde's name of the variant.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The status of a code (`implementation`), as in URLs and facet values.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.iter().copied().find(|s| s.code() == code)
    }

    /// Every status, in the order of a project's life.
    pub const ALL: &'static [Status] = Status::VARIANTS;
}

impl ProjectKind {
    /// The code used in the dataset and in URLs (`grant_scheme`): serde's name of the variant.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The kind of a code (`grant_scheme`), as in URLs and facet values.
    pub fn from_code(code: &str) -> Option<ProjectKind> {
        ProjectKind::ALL.iter().copied().find(|k| k.code() == code)
    }

    /// Every kind.
    pub const ALL: &'static [ProjectKind] = ProjectKind::VARIANTS;
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateKind::*;

    /// The codes in URLs and exports are the dataset's own names (strum and serde follow one rule).
    #[test]
    fn codes_are_the_names_in_the_dataset() {
        for &status in Status::ALL {
            assert_eq!(serde_json::to_value(status).unwrap(), status.code());
        }
        for &kind in ProjectKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.code());
        }
        assert_eq!(ProjectKind::GrantScheme.code(), "grant_scheme");
        assert!(Status::ALL.iter().all(|&s| Status::from_code(s.code()) == Some(s)));
        assert!(ProjectKind::ALL.iter().all(|&k| ProjectKind::from_code(k.code()) == Some(k)));
        assert_eq!(Status::from_code("Implementation"), None, "codes are exact");
        assert!(Status::ALL.windows(2).all(|w| w[0] < w[1]), "life-cycle order");
    }

    fn dated(kinds: &[DateKind]) -> Project {
        let mut project = crate::core::bundled_dataset().projects.remove(0);
        project.dates = ProjectDates::default();
        for (i, kind) in kinds.iter().enumerate() {
            let date =
                SourcedDate { date: PartialDate { year: 2018 + i as u16, month: None, day: None }, source: "s".into() };
            match kind {
                DateKind::Approved => project.dates.approved = Some(date),
                DateKind::PlannedStart => project.dates.planned_start = Some(date),
                DateKind::ActualStart => project.dates.actual_start = Some(date),
                DateKind::PlannedEnd => project.dates.planned_end = Some(date),
                DateKind::ActualEnd => project.dates.actual_end = Some(date),
            }
        }
        project
    }

    #[test]
    fn start_and_end_take_the_actual_date_before_the_planned_one() {
        let year = |d: Option<(DateKind, PartialDate)>| d.map(|(kind, date)| (kind, date.year));
        assert_eq!(year(dated(&[Approved]).start()), Some((Approved, 2018)));
        assert_eq!(year(dated(&[Approved, PlannedStart]).start()), Some((PlannedStart, 2019)));
        assert_eq!(year(dated(&[Approved, PlannedStart, ActualStart]).start()), Some((ActualStart, 2020)));
        assert_eq!(year(dated(&[PlannedEnd]).end()), Some((PlannedEnd, 2018)));
        assert_eq!(year(dated(&[PlannedEnd, ActualEnd]).end()), Some((ActualEnd, 2019)));
        assert_eq!(dated(&[]).start(), None);
        assert_eq!(dated(&[ActualStart]).end(), None, "no end is made up from a start");
    }

    #[test]
    fn known_dates_come_in_the_order_of_a_project_page_with_their_fields() {
        let project = dated(&[ActualEnd, Approved]);
        let fields: Vec<&str> = project.dates.known().map(|(kind, _)| kind.field()).collect();
        assert_eq!(fields, ["approved", "actual_end"]);
        let json = serde_json::to_value(&project.dates).unwrap();
        for field in fields {
            assert!(json.get(field).is_some(), "{field} is the dataset's field name");
        }
    }
}
