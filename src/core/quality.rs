//! What is not known, and where sources disagree: the facts behind the data-quality page.

use super::model::{Dataset, KeyFigure, Period, Programme, Project};
use super::text::Text;

/// A field of a project that no source fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnknownField {
    /// Which programme it belongs to.
    Programme,
    /// Which action lines.
    ActionLines,
    /// Its status.
    Status,
    /// What kind of undertaking it is.
    Kind,
    /// Where it takes place.
    Place,
    /// Whether it works across the border.
    CrossBorder,
    /// Any date.
    Dates,
    /// Who takes part.
    Participants,
    /// Any money amount (funders may be named without amounts).
    Money,
}

impl UnknownField {
    /// Every field, in the order the page lists them.
    pub const ALL: [UnknownField; 9] = [
        UnknownField::Programme,
        UnknownField::ActionLines,
        UnknownField::Status,
        UnknownField::Kind,
        UnknownField::Place,
        UnknownField::CrossBorder,
        UnknownField::Dates,
        UnknownField::Participants,
        UnknownField::Money,
    ];
}

/// The fields of a project no source fills.
pub fn unknown_fields(p: &Project) -> Vec<UnknownField> {
    UnknownField::ALL
        .into_iter()
        .filter(|field| match field {
            UnknownField::Programme => p.programmes.as_ref().is_none_or(Vec::is_empty),
            UnknownField::ActionLines => p.action_lines.is_empty(),
            UnknownField::Status => p.status.is_none(),
            UnknownField::Kind => p.kind.is_none(),
            UnknownField::Place => p.municipalities.is_empty() && p.location.is_none(),
            UnknownField::CrossBorder => p.cross_border.is_none(),
            UnknownField::Dates => p.dates.is_empty(),
            UnknownField::Participants => p.participants.is_empty(),
            UnknownField::Money => p.known_funding_total().is_none(),
        })
        .collect()
}

/// One figure as one source states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedFigure {
    /// Amount in euros.
    pub eur: i64,
    /// Start and end year, when the statement has them.
    pub period: Option<String>,
    /// Source id.
    pub source: String,
}

/// Sources that give different amounts for the same thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// The programme concerned.
    pub programme: String,
    /// `None` for the programme's budget, else the funder whose contribution differs.
    pub funder: Option<String>,
    /// Each source's figure.
    pub figures: Vec<StatedFigure>,
}

/// Every budget and every funder's contribution that sources state differently.
pub fn disagreements(dataset: &Dataset) -> Vec<Disagreement> {
    let mut out = Vec::new();
    for programme in &dataset.programmes {
        let budgets: Vec<StatedFigure> = programme
            .budgets
            .iter()
            .filter_map(|b| {
                let period = match (&b.start, &b.end) {
                    (Some(s), Some(e)) => Some(format!("{s}–{e}")),
                    _ => None,
                };
                b.eur.map(|eur| StatedFigure { eur, period, source: b.source.clone() })
            })
            .collect();
        if differ(&budgets) {
            out.push(Disagreement { programme: programme.id.clone(), funder: None, figures: budgets });
        }
        let mut funders: Vec<&str> = programme.funders.iter().map(|f| f.funder.as_str()).collect();
        funders.dedup();
        for funder in funders {
            let figures: Vec<StatedFigure> = programme
                .funders
                .iter()
                .filter(|f| f.funder == funder)
                .filter_map(|f| f.eur.map(|eur| StatedFigure { eur, period: None, source: f.source.clone() }))
                .collect();
            if differ(&figures) {
                out.push(Disagreement { programme: programme.id.clone(), funder: Some(funder.to_string()), figures });
            }
        }
    }
    out
}

/// A figure or period of the report that stands beside others it does not reconcile with (14
/// projects started, the first 8, 9 of which 8 ...; a reporting period stated two ways), with the
/// dataset's note on what the report says about how they relate, or that it does not say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tension<'a> {
    /// A headline figure with a [`KeyFigure::note`].
    KeyFigure {
        /// The figure.
        figure: &'a KeyFigure,
        /// Its note.
        note: &'a Text,
    },
    /// A programme's reporting period with a [`Period::note`].
    ReportingPeriod {
        /// The programme whose period it is.
        programme: &'a Programme,
        /// The period.
        period: &'a Period,
        /// Its note.
        note: &'a Text,
    },
}

impl<'a> Tension<'a> {
    /// The note that says how the figure relates to the others.
    pub fn note(&self) -> &'a Text {
        match self {
            Tension::KeyFigure { note, .. } | Tension::ReportingPeriod { note, .. } => note,
        }
    }

    /// The source of the figure or period.
    pub fn source(&self) -> &'a str {
        match self {
            Tension::KeyFigure { figure, .. } => &figure.source,
            Tension::ReportingPeriod { period, .. } => &period.source,
        }
    }
}

/// Every key figure and reporting period that carries a note: key figures first, each in dataset order.
pub fn tensions(dataset: &Dataset) -> Vec<Tension<'_>> {
    let figures = dataset
        .key_figures
        .iter()
        .filter_map(|figure| figure.note.as_ref().map(|note| Tension::KeyFigure { figure, note }));
    let periods = dataset.programmes.iter().filter_map(|programme| {
        let period = programme.reporting_period.as_ref()?;
        period.note.as_ref().map(|note| Tension::ReportingPeriod { programme, period, note })
    });
    figures.chain(periods).collect()
}

fn differ(figures: &[StatedFigure]) -> bool {
    figures.windows(2).any(|w| w[0].eur != w[1].eur)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_budgets_and_the_two_rijk_figures_of_the_regio_deal_disagree() {
        let found = disagreements(&crate::core::bundled_dataset());
        let budget = found.iter().find(|d| d.programme == "rdt" && d.funder.is_none()).unwrap();
        let amounts: Vec<i64> = budget.figures.iter().map(|f| f.eur).collect();
        assert!(amounts.contains(&150_000_000) && amounts.contains(&163_400_000));
        let rijk = found.iter().find(|d| d.funder.as_deref() == Some("rijk")).unwrap();
        assert_eq!(rijk.figures.len(), 2);
        assert_ne!(rijk.figures[0].source, rijk.figures[1].source);
        assert!(found.iter().all(|d| d.programme != "avt"), "the AvT has one budget figure");
    }

    #[test]
    fn the_counts_of_projects_that_do_not_add_up_are_listed_with_their_notes() {
        let dataset = crate::core::bundled_dataset();
        let found = tensions(&dataset);
        let figures: Vec<&str> = found
            .iter()
            .filter_map(|t| match t {
                Tension::KeyFigure { figure, .. } => Some(figure.id.as_str()),
                Tension::ReportingPeriod { .. } => None,
            })
            .collect();
        for id in [
            "rdt-projecten-gestart",
            "projecten-opgestart-twee-jaar",
            "projecten-vliegwiel-rijksgeld",
            "eerste-projecten-goedgekeurd",
            "avt-nieuwe-projecten-2019",
            "avt-overige-projecten",
        ] {
            assert!(figures.contains(&id), "{id} has no note on how it relates to the other counts");
        }
        assert!(!figures.contains(&"rdt-toegekend"), "a figure without a note is no tension");
        let periods: Vec<&str> = found
            .iter()
            .filter_map(|t| match t {
                Tension::ReportingPeriod { programme, .. } => Some(programme.id.as_str()),
                Tension::KeyFigure { .. } => None,
            })
            .collect();
        assert_eq!(periods, ["rdt", "avt"], "both reporting periods are stated two ways in the report");
        for tension in &found {
            assert!(!tension.note().nl.trim().is_empty());
            assert!(dataset.source(tension.source()).is_some());
        }
    }

    #[test]
    fn a_figure_without_a_note_is_no_tension() {
        let mut dataset = crate::core::bundled_dataset();
        dataset.key_figures.iter_mut().for_each(|k| k.note = None);
        dataset.programmes.iter_mut().filter_map(|p| p.reporting_period.as_mut()).for_each(|p| p.note = None);
        assert!(tensions(&dataset).is_empty());
    }

    #[test]
    fn unknown_fields_name_what_no_source_fills() {
        let dataset = crate::core::bundled_dataset();
        let leonardo = dataset.project("leonardo").unwrap();
        let unknown = unknown_fields(leonardo);
        for field in [UnknownField::Programme, UnknownField::Status, UnknownField::Money, UnknownField::Participants] {
            assert!(unknown.contains(&field), "{field:?}");
        }
        assert!(!unknown.contains(&UnknownField::ActionLines));
        let talentit = unknown_fields(dataset.project("talentit").unwrap());
        assert!(!talentit.contains(&UnknownField::Money) && !talentit.contains(&UnknownField::Dates));
    }
}
