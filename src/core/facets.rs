//! The values of each facet as the explorer lists them: in a stable, meaningful order, unknown last.

use super::explore::Results;
use super::index::SearchIndex;
use super::model::{Dataset, ProjectKind, Status};
use super::order::sort_positions;
use super::query::{Facet, UNKNOWN};
use super::text::Lang;

/// One value of a facet with its live count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// The value (an id or a code, or `unknown`).
    pub value: String,
    /// How many results selecting it would give.
    pub count: u32,
}

/// The facets listed with only their most frequent values until the reader asks for more.
pub const TOP_VALUES: usize = 8;

/// The values of a facet in display order: the dataset's own order for programmes and action lines,
/// the life cycle for status, alphabetical for municipalities, most frequent first for partners;
/// `unknown` always last. Values with no results stay in the list (count 0).
pub fn ordered_values(dataset: &Dataset, index: &SearchIndex, results: &Results, facet: Facet) -> Vec<FacetValue> {
    let facet_index = index.facet(facet);
    let counts = &results.counts[facet.index()];
    // Sort positions, then build the list: every key here is precomputed in the index, so this
    // stays cheap with thousands of partners.
    let rank = |value: &str| -> usize {
        let position = match facet {
            Facet::Programme => dataset.programmes.iter().position(|p| p.id == value),
            Facet::ActionLine => dataset.action_lines.iter().position(|a| a.id == value),
            Facet::Status => Status::from_code(value).map(|s| s as usize),
            Facet::Kind => ProjectKind::from_code(value).map(|k| k as usize),
            Facet::CrossBorder => ["yes", "no"].iter().position(|v| *v == value),
            Facet::Municipality | Facet::Partner => Some(0),
        };
        position.unwrap_or(usize::MAX - 1)
    };
    let keys: Vec<_> = (0..facet_index.values.len())
        .map(|i| {
            let value = &facet_index.values[i];
            let by_count = if facet == Facet::Partner { u32::MAX - counts[i] } else { 0 };
            (value == UNKNOWN, by_count, rank(value), &facet_index.sort_names[i])
        })
        .collect();
    let mut order: Vec<u32> = (0..keys.len() as u32).collect();
    sort_positions(&mut order, &|a, b| keys[a as usize].cmp(&keys[b as usize]));
    order
        .into_iter()
        .map(|i| FacetValue { value: facet_index.values[i as usize].clone(), count: counts[i as usize] })
        .collect()
}

/// The dataset's name for a facet value that is an id (programme, action line, municipality,
/// organisation); `None` for codes (status, kind, cross-border) and `unknown`, which the
/// interface translates itself.
pub fn value_name(dataset: &Dataset, facet: Facet, value: &str, lang: Lang) -> Option<String> {
    match facet {
        Facet::Programme => dataset.programme(value).map(|p| p.name.clone()),
        Facet::ActionLine => dataset.action_line(value).map(|a| a.name.get(lang).text.to_string()),
        Facet::Municipality => dataset.municipality(value).map(|m| m.name.clone()),
        Facet::Partner => dataset.organisation(value).map(|o| o.name.clone()),
        Facet::Status | Facet::Kind | Facet::CrossBorder => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::explore::run;
    use crate::core::query::Query;

    #[test]
    fn status_follows_the_life_cycle_and_unknown_comes_last() {
        let dataset = crate::core::bundled_dataset();
        let index = SearchIndex::build(&dataset);
        let results = run(&index, &Query::default());
        let values: Vec<String> =
            ordered_values(&dataset, &index, &results, Facet::Status).into_iter().map(|v| v.value).collect();
        assert_eq!(values.last().map(String::as_str), Some(UNKNOWN));
        let pipeline = values.iter().position(|v| v == "pipeline").unwrap();
        let implementation = values.iter().position(|v| v == "implementation").unwrap();
        assert!(pipeline < implementation);
    }

    #[test]
    fn partners_come_most_frequent_first() {
        let dataset = crate::core::bundled_dataset();
        let index = SearchIndex::build(&dataset);
        let results = run(&index, &Query::default());
        let counts: Vec<u32> =
            ordered_values(&dataset, &index, &results, Facet::Partner).into_iter().map(|v| v.count).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    }
}
