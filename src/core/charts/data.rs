//! The numbers behind the charts, computed from the dataset and the explorer's current results.
//! Text comes later (in the reader's language); here are only ids, codes and numbers.

use super::super::explore::Results;
use super::super::index::SearchIndex;
use super::super::model::{Dataset, KeyFigure, Project, Status};
use super::super::query::{Facet, UNKNOWN};

/// How the projects of a category split over the programmes: Regio Deal only, Agenda voor Twente
/// only, both, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProgrammeSplit {
    /// Only the Regio Deal Twente.
    pub rdt: u32,
    /// Only the Agenda voor Twente.
    pub avt: u32,
    /// Both programmes.
    pub both: u32,
    /// Programme not known.
    pub unknown: u32,
}

impl ProgrammeSplit {
    /// All projects of the category.
    pub fn total(&self) -> u32 {
        self.rdt + self.avt + self.both + self.unknown
    }

    /// The four counts in series order: RDT, AvT, both, unknown.
    pub fn values(&self) -> [u32; 4] {
        [self.rdt, self.avt, self.both, self.unknown]
    }

    fn add(&mut self, programmes: &[String]) {
        let rdt = programmes.iter().any(|p| p == "rdt");
        let avt = programmes.iter().any(|p| p == "avt");
        match (rdt, avt) {
            (true, true) => self.both += 1,
            (true, false) => self.rdt += 1,
            (false, true) => self.avt += 1,
            _ => self.unknown += 1,
        }
    }
}

/// Per action line (dataset order, then `unknown` when any project lacks a line): the programme split
/// of the projects in `results`. A project in two lines counts in both.
pub fn projects_per_line(dataset: &Dataset, index: &SearchIndex, results: &Results) -> Vec<(String, ProgrammeSplit)> {
    let mut rows: Vec<(String, ProgrammeSplit)> =
        dataset.action_lines.iter().map(|l| (l.id.clone(), ProgrammeSplit::default())).collect();
    let mut unknown = ProgrammeSplit::default();
    let lines = index.facet(Facet::ActionLine);
    for &p in &results.matches {
        let project = &dataset.projects[p as usize];
        let programmes = project.programmes.clone().unwrap_or_default();
        for &value in index.values_of(Facet::ActionLine, p as usize) {
            let line = &lines.values[value as usize];
            match rows.iter_mut().find(|(id, _)| id == line) {
                Some((_, split)) => split.add(&programmes),
                None => unknown.add(&programmes),
            }
        }
    }
    if unknown.total() > 0 {
        rows.push((UNKNOWN.to_string(), unknown));
    }
    rows
}

/// Per status (life-cycle order, then `None` for unknown): how many of `projects` have it.
/// Statuses nobody has are left out. The action lines page counts the results of one line, the
/// comparison counts every project of a line.
pub fn status_counts<'a>(projects: impl IntoIterator<Item = &'a Project>) -> Vec<(Option<Status>, u32)> {
    let mut counts: Vec<(Option<Status>, u32)> = Status::ALL.iter().map(|s| (Some(*s), 0)).collect();
    counts.push((None, 0));
    for project in projects {
        let slot = match project.status {
            Some(s) => Status::ALL.iter().position(|x| *x == s).unwrap_or(0),
            None => Status::ALL.len(),
        };
        counts[slot].1 += 1;
    }
    counts.retain(|(_, n)| *n > 0);
    counts
}

/// The category with the highest value, with that value and the total of all: the facts of a
/// chart's one-sentence summary ("Arbeidsmarkt & talent has the most projects: 12 of 45").
/// `None` when every value is zero. Ties go to the first.
pub fn leader<K: Clone>(rows: &[(K, f64)]) -> Option<(K, f64, f64)> {
    let total: f64 = rows.iter().map(|(_, v)| v).sum();
    let (key, value) = rows.iter().fold(None::<&(K, f64)>, |best, row| match best {
        Some(b) if b.1 >= row.1 => Some(b),
        _ => Some(row),
    })?;
    (*value > 0.0).then(|| (key.clone(), *value, total))
}

/// Rijksmiddelen committed to projects and the part not yet committed (computed as the whole minus
/// the committed part, both from the same statement of the source).
pub fn committed_split(figure: &KeyFigure) -> Option<(f64, f64)> {
    let (value, of) = (figure.value?, figure.of?);
    (of >= value).then_some((value, of - value))
}

/// The leverage of a programme: its total divided by the national government's contribution
/// (the "vliegwiel": every euro of the Rijk brings this many euros in all).
pub fn leverage(total_eur: i64, rijk_eur: i64) -> Option<f64> {
    (rijk_eur > 0 && total_eur >= rijk_eur).then(|| total_eur as f64 / rijk_eur as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::run;
    use crate::core::query::{FilterState, Query};

    #[test]
    fn projects_per_line_split_by_programme_and_follow_the_filters() {
        let dataset = crate::core::bundled_dataset();
        let index = SearchIndex::build(&dataset);
        let all = run(&index, &Query::default());
        let rows = projects_per_line(&dataset, &index, &all);
        assert_eq!(rows[0].0, "techniek-als-motor");
        let talent = rows.iter().find(|(id, _)| id == "arbeidsmarkt-talent").unwrap().1;
        let in_talent =
            dataset.projects.iter().filter(|p| p.action_lines.contains(&"arbeidsmarkt-talent".into())).count();
        assert_eq!(talent.total() as usize, in_talent);
        assert!(talent.both >= 1, "the Twents Fonds voor Vakmanschap is in both programmes");
        let unknown = rows.iter().find(|(id, _)| id == UNKNOWN).unwrap().1;
        assert!(unknown.total() > 0, "projects of the overview without a known line");

        let rdt_only = run(&index, &Query::default().with_filter(Facet::Programme, "rdt", FilterState::Included));
        let filtered = projects_per_line(&dataset, &index, &rdt_only);
        assert!(filtered.iter().all(|(_, s)| s.avt == 0 && s.unknown == 0));
    }

    #[test]
    fn status_counts_cover_every_project_of_the_line() {
        let dataset = crate::core::bundled_dataset();
        let line = "circulaire-economie-duurzaamheid";
        let in_line = || dataset.projects.iter().filter(|p| p.action_lines.iter().any(|l| l == line));
        let counts = status_counts(in_line());
        let total: u32 = counts.iter().map(|(_, n)| n).sum();
        assert_eq!(total as usize, in_line().count());
        for (status, n) in &counts {
            assert_eq!(*n as usize, in_line().filter(|p| p.status == *status).count(), "{status:?}");
        }
        assert!(counts.windows(2).all(|w| match (w[0].0, w[1].0) {
            (Some(a), Some(b)) => a < b,
            (Some(_), None) => true,
            _ => false,
        }));
    }

    #[test]
    fn the_leader_is_the_largest_value_of_the_total() {
        assert_eq!(leader(&[("a", 3.0), ("b", 12.0), ("c", 12.0)]), Some(("b", 12.0, 27.0)));
        assert_eq!(leader::<&str>(&[("a", 0.0)]), None);
        assert_eq!(leader::<&str>(&[]), None);
    }

    #[test]
    fn money_figures_are_computed_from_the_sources_own_numbers() {
        let dataset = crate::core::bundled_dataset();
        let committed = dataset.key_figures.iter().find(|k| k.id == "rdt-rijksmiddelen-gecommitteerd").unwrap();
        assert_eq!(committed_split(committed), Some((26e6, 4e6)));
        assert_eq!(leverage(150_000_000, 30_000_000), Some(5.0));
        assert!((leverage(163_400_000, 43_400_000).unwrap() - 3.765).abs() < 0.001);
        assert_eq!(leverage(1, 0), None);
    }
}

/// One segment of a financing split.
#[derive(Debug, Clone, PartialEq)]
pub struct FinancingSegment {
    /// The funder (organisation or programme id); `None` for a rest the source does not attribute.
    pub funder: Option<String>,
    /// Amount in euros; `None` when neither given nor computable.
    pub eur: Option<i64>,
    /// Whether the amount is computed (total minus the known parts) rather than stated.
    pub computed: bool,
}

/// A programme's financing as one source states it.
#[derive(Debug, Clone, PartialEq)]
pub struct FinancingRow {
    /// The source of the statement.
    pub source: String,
    /// The total that source gives, if any.
    pub total: Option<i64>,
    /// Who pays what.
    pub segments: Vec<FinancingSegment>,
}

impl FinancingRow {
    /// The national government's part, for the leverage ratio.
    pub fn rijk(&self) -> Option<i64> {
        self.segments.iter().find(|s| s.funder.as_deref() == Some("rijk")).and_then(|s| s.eur)
    }
}

/// Whether a programme's financing rows have an amount to draw (without any, the money page lists
/// the funders under the flow instead of a chart).
pub fn financing_has_amount(rows: &[FinancingRow]) -> bool {
    rows.iter().any(|r| r.segments.iter().any(|s| s.eur.is_some()))
}

/// The financing split of a programme per source: the funders a source names, and what remains of
/// that source's total. A remainder goes to the one funder without an amount when there is exactly
/// one (and is marked computed); otherwise it is shown as a rest the source does not attribute.
pub fn financing_rows(programme: &super::super::model::Programme) -> Vec<FinancingRow> {
    let mut sources: Vec<&str> = Vec::new();
    for f in &programme.funders {
        if !sources.contains(&f.source.as_str()) {
            sources.push(&f.source);
        }
    }
    sources
        .into_iter()
        .map(|source| {
            let total = programme.budgets.iter().find(|b| b.source == source).and_then(|b| b.eur);
            let mut segments: Vec<FinancingSegment> = programme
                .funders
                .iter()
                .filter(|f| f.source == source)
                .map(|f| FinancingSegment { funder: Some(f.funder.clone()), eur: f.eur, computed: false })
                .collect();
            let known: i64 = segments.iter().filter_map(|s| s.eur).sum();
            if let Some(rest) = total.map(|t| t - known).filter(|r| *r > 0) {
                let open: Vec<usize> =
                    segments.iter().enumerate().filter(|(_, s)| s.eur.is_none()).map(|(i, _)| i).collect();
                if let [only] = open[..] {
                    segments[only].eur = Some(rest);
                    segments[only].computed = true;
                } else if open.is_empty() {
                    segments.push(FinancingSegment { funder: None, eur: Some(rest), computed: true });
                }
            }
            FinancingRow { source: source.to_string(), total, segments }
        })
        .collect()
}

#[cfg(test)]
mod financing_tests {
    use super::*;

    #[test]
    fn the_rest_of_a_stated_total_is_computed_and_marked() {
        let dataset = crate::core::bundled_dataset();
        let rows = financing_rows(dataset.programme("rdt").unwrap());
        let news = rows.iter().find(|r| r.source == "regiotwente-nieuws-1401").unwrap();
        assert_eq!(news.total, Some(150_000_000));
        let partners =
            news.segments.iter().find(|s| s.funder.as_deref() == Some("bedrijven-en-kennisinstellingen")).unwrap();
        assert_eq!((partners.eur, partners.computed), (Some(90_000_000), true));
        assert_eq!(news.rijk(), Some(30_000_000));
        let board = rows.iter().find(|r| r.source == "twente-board-regio-deal").unwrap();
        assert_eq!(board.rijk(), Some(43_400_000));
        let rest = board.segments.iter().find(|s| s.funder.is_none()).unwrap();
        assert_eq!((rest.eur, rest.computed), (Some(120_000_000), true));
    }
}
