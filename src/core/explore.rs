//! Running an explorer query: the search text (see [`super::search`]), facet filters, live counts
//! and sorting in one pass.

use std::cmp::Ordering;

use super::fold;
use super::index::SearchIndex;
use super::model::{Dataset, Project};
use super::order::sort_positions;
use super::query::{ActiveFilter, Facet, Query, SortKey};
use super::search::{find_records, scan, Found, Search};

/// Results shown per page; the DOM never holds more rows than this.
pub const PAGE_SIZE: usize = 50;

/// The outcome of a query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Indices of the matching projects, in the query's order.
    pub matches: Vec<u32>,
    /// Per facet (indexed by [`Facet::index`]), per value number: how many projects have that value
    /// among the results of all the other filters. That is the number of results selecting the value
    /// alone would give; values with 0 can be shown disabled.
    pub counts: Vec<Vec<u32>>,
    /// What the search text was searched as (its words' forms and corrections).
    pub search: Search,
    /// The organisations, parts of the basic infrastructure and programmes the search text finds
    /// (positions in [`SearchIndex::records`]), most relevant first. Facet filters do not apply.
    pub records: Vec<u32>,
}

impl Results {
    /// The count of one facet value (0 when the value is unknown to the index).
    pub fn count(&self, index: &SearchIndex, facet: Facet, value: &str) -> u32 {
        index.facet(facet).id(value).map_or(0, |id| self.counts[facet.index()][id as usize])
    }

    /// Number of pages for the results (at least 1).
    pub fn pages(&self) -> usize {
        self.matches.len().div_ceil(PAGE_SIZE).max(1)
    }

    /// The matches on a page (1-based; a page past the end gives the last page).
    pub fn page(&self, page: usize) -> &[u32] {
        let page = page.clamp(1, self.pages());
        let start = (page - 1) * PAGE_SIZE;
        &self.matches[start.min(self.matches.len())..(start + PAGE_SIZE).min(self.matches.len())]
    }
}

/// With fewer results than this for the words as typed, the search also tries corrections.
pub const CORRECT_BELOW: usize = 3;

/// How many searches a [`Searcher`] remembers.
const RECENT: usize = 8;

/// Remembers which projects matched the last few searches, so the next keystroke only re-checks
/// those when the reader typed on (the set can only shrink), a backspace back to an earlier search
/// and a facet click do not search the text again at all.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    /// The last searches, newest last, each with the name ranks of the projects it found and their
    /// relevance.
    recent: Vec<(Search, Vec<(u32, Found)>)>,
    /// The projects the last few facet counts were made of, and those counts, newest last: typing
    /// on often keeps the same projects ("twen", "twent", "twents"), and then the counts are the
    /// same too.
    recent_counts: Vec<(Vec<Counted>, Vec<Vec<u32>>)>,
}

impl Searcher {
    /// The projects (by name rank, in name order, with their relevance) that have every term of the
    /// search, reusing the previous answer when the new search narrows it.
    fn text_matches(&mut self, index: &SearchIndex, words: &[String]) -> &(Search, Vec<(u32, Found)>) {
        let search = Search::new(index, words, false);
        let mut found = self.find(index, &search);
        let mut search = search;
        if found.len() < CORRECT_BELOW && !words.is_empty() {
            let corrected = Search::new(index, words, true);
            if !corrected.corrections.is_empty() {
                let more = scan(index, &corrected, None);
                if more.len() > found.len() {
                    (search, found) = (corrected, more);
                }
            }
        }
        // Kept for the next keystrokes, and lent to this one (no copy of up to 100,000 matches).
        self.recent.retain(|(earlier, _)| *earlier != search);
        if self.recent.len() == RECENT {
            self.recent.remove(0);
        }
        self.recent.push((search, found));
        self.recent.last().expect("just pushed")
    }

    fn find(&self, index: &SearchIndex, search: &Search) -> Vec<(u32, Found)> {
        // The same words (a facet clicked, a page turned, a backspace back): the same projects.
        if let Some((_, found)) = self.recent.iter().find(|(earlier, _)| earlier == search) {
            return found.clone();
        }
        // Typed on: only what a wider search found can match, the fewest of them checked.
        let wider = self
            .recent
            .iter()
            .filter(|(earlier, _)| search.narrows(earlier))
            .map(|(_, found)| found)
            .reduce(|a, b| if b.len() < a.len() { b } else { a });
        scan(index, search, wider.map(Vec::as_slice))
    }

    /// Runs a query (see [`run`]), reusing what the previous one found where it can.
    pub fn run(&mut self, index: &SearchIndex, query: &Query) -> Results {
        let filters = resolve(index, query);
        let (search, found) = self.text_matches(index, &filters.words);
        let records = find_records(index, search);
        let search = search.clone();
        let (mut matches, scores, counted) = filter(index, &filters, found);
        sort(index, &mut matches, &scores, query);
        let counts = match self.recent_counts.iter().position(|(before, _)| *before == counted) {
            Some(i) => self.recent_counts.remove(i).1,
            None => count(index, &counted),
        };
        if self.recent_counts.len() == RECENT {
            self.recent_counts.remove(0);
        }
        self.recent_counts.push((counted, counts.clone()));
        Results { matches, counts, search, records }
    }
}

/// The filters of a query resolved to the index's value numbers. Values no project has are dropped,
/// so a stale or mistyped URL value filters nothing instead of hiding everything.
struct Resolved {
    words: Vec<String>,
    include: Vec<Vec<u32>>,
    exclude: Vec<Vec<u32>>,
}

fn resolve(index: &SearchIndex, query: &Query) -> Resolved {
    let ids = |map: &std::collections::BTreeMap<Facet, std::collections::BTreeSet<String>>, facet: Facet| {
        map.get(&facet).into_iter().flatten().filter_map(|v| index.facet(facet).id(v)).collect::<Vec<u32>>()
    };
    Resolved {
        words: fold::words(&query.text),
        include: Facet::ALL.iter().map(|&f| ids(&query.include, f)).collect(),
        exclude: Facet::ALL.iter().map(|&f| ids(&query.exclude, f)).collect(),
    }
}

/// Runs a query over the index: the sorted matches and every facet's counts, in one pass.
pub fn run(index: &SearchIndex, query: &Query) -> Results {
    Searcher::default().run(index, query)
}

/// A project that counts in the facets: its name rank, and the facets' "keep" filters it fails (as
/// bits). A result counts in every facet; a project that fails only one facet counts there (it
/// would be a result if one of that facet's values were selected).
type Counted = (u32, u32);

/// Applies the facet filters to the projects (by name rank) whose text matched: the results (in
/// name order) with their relevance, and the projects that count in the facets.
fn filter(index: &SearchIndex, filters: &Resolved, found: &[(u32, Found)]) -> (Vec<u32>, Vec<u32>, Vec<Counted>) {
    let mut matches = Vec::with_capacity(found.len());
    let mut scores = Vec::with_capacity(found.len());
    let mut counted: Vec<Counted> = Vec::with_capacity(found.len());
    // Visiting in name order gives name-sorted matches for free.
    'projects: for &(k, found) in found {
        let rank = k as usize;
        for (f, excluded) in filters.exclude.iter().enumerate() {
            if !excluded.is_empty() && index.facets[f].of_rank(rank).iter().any(|v| excluded.contains(v)) {
                continue 'projects;
            }
        }
        let mut failed: u32 = 0;
        for (f, included) in filters.include.iter().enumerate() {
            if !included.is_empty() && !index.facets[f].of_rank(rank).iter().any(|v| included.contains(v)) {
                failed |= 1 << f;
            }
        }
        if failed == 0 {
            matches.push(index.by_name[rank]);
            scores.push(found.score);
        }
        if failed.count_ones() <= 1 {
            counted.push((k, failed));
        }
    }
    (matches, scores, counted)
}

/// Per facet, per value: how many of the `counted` projects have it. Facet by facet rather than
/// project by project: each pass reads one facet's rows front to back and adds into one short list
/// of counts (a third less time at 100,000 projects).
fn count(index: &SearchIndex, counted: &[Counted]) -> Vec<Vec<u32>> {
    index
        .facets
        .iter()
        .enumerate()
        .map(|(f, facet)| {
            let mut counts = vec![0u32; facet.values.len()];
            for &(k, failed) in counted {
                if failed == 0 || failed == 1 << f {
                    for &v in facet.of_rank(k as usize) {
                        counts[v as usize] += 1;
                    }
                }
            }
            counts
        })
        .collect()
}

/// Orders matches by the query's sort; unknown values last in either direction, ties by name.
/// `scores` are the matches' relevance, in the same order.
fn sort(index: &SearchIndex, matches: &mut [u32], scores: &[u32], query: &Query) {
    let keys = &index.sort_keys;
    let descending = query.sort.descending;
    let directed = |o: Ordering| if descending { o.reverse() } else { o };
    // Known before unknown regardless of direction; known values compared in the chosen direction.
    fn known_first<T: Ord>(a: &Option<T>, b: &Option<T>, directed: impl Fn(Ordering) -> Ordering) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) => directed(a.cmp(b)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    if query.sort.key == SortKey::Relevance {
        by_relevance(matches, scores);
        return;
    }
    // Matches arrive in name order; a stable sort on the key keeps that order among equal keys.
    match query.sort.key {
        SortKey::Name if descending => matches.reverse(),
        SortKey::Name => {}
        key => sort_positions(matches, &|a, b| {
            let (ka, kb) = (&keys[a as usize], &keys[b as usize]);
            match key {
                SortKey::Programme => known_first(&ka.programme, &kb.programme, directed),
                SortKey::Status => known_first(&ka.status, &kb.status, directed),
                SortKey::Start => known_first(&ka.start, &kb.start, directed),
                _ => known_first(&ka.amount, &kb.amount, directed),
            }
        }),
    }
}

/// Orders matches by relevance, most relevant first, keeping their name order among equals.
///
/// A counting sort written here rather than `sort_by`: relevance is a small number (a few dozen
/// per word), so this is one pass over the matches instead of a comparison sort of up to 100,000
/// of them on every keystroke, and it adds no sorting code of its own to the wasm.
fn by_relevance(matches: &mut [u32], scores: &[u32]) {
    let top = scores.iter().copied().max().unwrap_or(0) as usize;
    // Where each score's matches start, most relevant first.
    let mut starts = vec![0usize; top + 2];
    for &score in scores {
        starts[top - score as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut sorted = vec![0u32; matches.len()];
    for (&p, &score) in matches.iter().zip(scores) {
        let slot = &mut starts[top - score as usize];
        sorted[*slot] = p;
        *slot += 1;
    }
    matches.copy_from_slice(&sorted);
}

/// For an empty result: each filter the reader can remove, with the number of results its
/// removal would give, those that help most first.
pub fn relaxations(index: &SearchIndex, query: &Query) -> Vec<(ActiveFilter, usize)> {
    // Most results first, in the filters' order among equals: kept in order as counted (a handful)
    // rather than sorted, which would add a sort of its own to the wasm.
    let mut counted: Vec<(ActiveFilter, usize)> = Vec::new();
    for filter in query.active_filters().into_iter().filter(|filter| !filter.is_locked(query)) {
        let count = run(index, &filter.removed_from(query)).matches.len();
        let at = counted.partition_point(|(_, other)| *other >= count);
        counted.insert(at, (filter, count));
    }
    counted
}

/// Up to `limit` other projects sharing an action line with `project`, by name (the index's name
/// order, so no sort of their own).
pub fn related<'a>(dataset: &'a Dataset, index: &SearchIndex, project: &Project, limit: usize) -> Vec<&'a Project> {
    index
        .by_name
        .iter()
        .map(|&p| &dataset.projects[p as usize])
        .filter(|other| other.id != project.id && other.action_lines.iter().any(|l| project.action_lines.contains(l)))
        .take(limit)
        .collect()
}

/// The projects before and after `position` in the results, for previous/next links.
pub fn neighbours(results: &Results, project_index: u32) -> (Option<u32>, Option<u32>) {
    match results.matches.iter().position(|&p| p == project_index) {
        Some(i) => (i.checked_sub(1).map(|j| results.matches[j]), results.matches.get(i + 1).copied()),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevance_orders_the_most_relevant_first_and_keeps_the_order_of_equals() {
        let mut matches = [5, 3, 9, 1, 4];
        by_relevance(&mut matches, &[2, 7, 2, 7, 0]);
        assert_eq!(matches, [3, 1, 5, 9, 4]);
        let mut none: [u32; 0] = [];
        by_relevance(&mut none, &[]);
    }
}
