//! The charts of the site's pages by name. A chart's name is its address within its page
//! (`nl/timeline/#chart-tijdlijn`), the file of its download (`tijdlijn.svg`) and what an embed of
//! that one chart asks for (`chart=tijdlijn`, docs/embedding.md): the pages name their charts
//! here, and the embed builder offers this list.

use super::data::{committed_split, financing_has_amount, financing_rows};
use crate::core::model::Dataset;
use crate::core::route::View;

/// The key figure behind the money page's chart of the national funds committed to projects.
pub const COMMITTED_FIGURE: &str = "rdt-rijksmiddelen-gecommitteerd";

/// A chart of one of the site's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageChart {
    /// The overview's projects per action line and programme.
    LinesPerProgramme,
    /// The money page's national funds, committed to projects or not yet.
    Committed,
    /// The money page's financing of one programme (its id) per source.
    Financing(String),
    /// The action lines page's projects of one line (its id) per status.
    LineStatus(String),
    /// The municipalities page's tile map.
    Municipalities,
    /// The timeline.
    Timeline,
}

impl PageChart {
    /// Its name: lower case, digits and hyphens (head.js accepts no other for `chart=`).
    pub fn name(&self) -> String {
        match self {
            PageChart::LinesPerProgramme => "projecten-per-actielijn".into(),
            PageChart::Committed => "rijksmiddelen-gecommitteerd".into(),
            PageChart::Financing(programme) => format!("financiering-{programme}"),
            PageChart::LineStatus(line) => format!("status-{line}"),
            PageChart::Municipalities => "gemeenten".into(),
            PageChart::Timeline => "tijdlijn".into(),
        }
    }

    /// The page that shows it.
    pub fn view(&self) -> View {
        match self {
            PageChart::LinesPerProgramme => View::Overview,
            PageChart::Committed | PageChart::Financing(_) => View::Money,
            PageChart::LineStatus(_) => View::ActionLines,
            PageChart::Municipalities => View::Municipalities,
            PageChart::Timeline => View::Timeline,
        }
    }

    /// Every chart the pages show for `dataset`, in the order of the menu. A chart without numbers
    /// to draw is left out, as its page leaves it out.
    pub fn all(dataset: &Dataset) -> Vec<PageChart> {
        let mut charts = vec![PageChart::LinesPerProgramme];
        let committed = dataset.key_figures.iter().find(|k| k.id == COMMITTED_FIGURE);
        if committed.and_then(committed_split).is_some() {
            charts.push(PageChart::Committed);
        }
        charts.extend(
            dataset
                .reported_programmes()
                .filter(|p| financing_has_amount(&financing_rows(p)))
                .map(|p| PageChart::Financing(p.id.clone())),
        );
        charts.extend(dataset.action_lines.iter().map(|l| PageChart::LineStatus(l.id.clone())));
        charts.push(PageChart::Municipalities);
        charts.push(PageChart::Timeline);
        charts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_of_the_form_an_embed_accepts() {
        let dataset = crate::core::bundled_dataset();
        let names: Vec<String> = PageChart::all(&dataset).iter().map(PageChart::name).collect();
        assert!(names.contains(&"financiering-rdt".to_string()), "{names:?}");
        assert_eq!(names.iter().filter(|n| n.starts_with("status-")).count(), dataset.action_lines.len());
        for name in &names {
            assert!(
                !name.is_empty()
                    && name.len() <= 80
                    && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{name}"
            );
            assert_eq!(names.iter().filter(|n| *n == name).count(), 1, "{name} twice");
        }
    }
}
