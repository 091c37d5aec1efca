//! Running an explorer query: search, facet filters, live counts and sorting in one pass.

use std::cmp::Ordering;

use memchr::memmem::Finder;

use super::fold;
use super::index::SearchIndex;
use super::model::{Dataset, Project};
use super::query::{ActiveFilter, Facet, Query, SortKey};

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

/// Remembers which projects matched the last search text, so the next keystroke only re-checks
/// those when the reader typed on (the set can only shrink), and a facet click does not search the
/// text again at all.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    /// The folded words of the last search, and the name ranks of the projects whose text had them all.
    last: Option<(Vec<String>, Vec<u32>)>,
}

impl Searcher {
    /// The name ranks of the projects whose text has every word, reusing the previous answer when
    /// it is a superset (every previous word is contained in one of the new words).
    fn text_matches(&mut self, index: &SearchIndex, words: &[String]) -> Vec<u32> {
        let candidates: Option<&[u32]> = match &self.last {
            Some((previous, ranks)) if previous.iter().all(|p| words.iter().any(|w| w.contains(p.as_str()))) => {
                Some(ranks)
            }
            _ => None,
        };
        // One searcher per word, built once per keystroke: `str::contains` would set up its
        // substring search again for every project (a tenth of a keystroke's time at 10,000).
        let finders: Vec<Finder> = words.iter().map(|w| Finder::new(w.as_bytes())).collect();
        let matches = |k: &u32| {
            let haystack = index.haystack_at_rank(*k as usize).as_bytes();
            finders.iter().all(|f| f.find(haystack).is_some())
        };
        let found: Vec<u32> = match candidates {
            Some(ranks) if words.is_empty() => ranks.to_vec(),
            Some(ranks) => ranks.iter().copied().filter(matches).collect(),
            None if words.is_empty() => (0..index.len() as u32).collect(),
            None => (0..index.len() as u32).filter(matches).collect(),
        };
        self.last = Some((words.to_vec(), found.clone()));
        found
    }

    /// Runs a query (see [`run`]), reusing what the previous one found where it can.
    pub fn run(&mut self, index: &SearchIndex, query: &Query) -> Results {
        let filters = resolve(index, query);
        let ranks = self.text_matches(index, &filters.words);
        filter_and_count(index, query, &filters, &ranks)
    }
}

/// Runs a query over the index: the sorted matches and every facet's counts, in one pass.
pub fn run(index: &SearchIndex, query: &Query) -> Results {
    Searcher::default().run(index, query)
}

/// Applies the facet filters to the projects (by name rank) whose text matched, counting as it goes.
fn filter_and_count(index: &SearchIndex, query: &Query, filters: &Resolved, ranks: &[u32]) -> Results {
    let mut counts: Vec<Vec<u32>> = index.facets.iter().map(|f| vec![0; f.values.len()]).collect();
    let mut matches = Vec::with_capacity(ranks.len());
    // Visiting in name order gives name-sorted matches for free.
    'projects: for &k in ranks {
        let p = index.by_name[k as usize] as usize;
        for (f, excluded) in filters.exclude.iter().enumerate() {
            if !excluded.is_empty() && index.facets[f].of(p).iter().any(|v| excluded.contains(v)) {
                continue 'projects;
            }
        }
        // Which facets' "keep" filters this project fails, as bits.
        let mut failed: u32 = 0;
        for (f, included) in filters.include.iter().enumerate() {
            if !included.is_empty() && !index.facets[f].of(p).iter().any(|v| included.contains(v)) {
                failed |= 1 << f;
            }
        }
        if failed == 0 {
            matches.push(p as u32);
            for (f, facet) in index.facets.iter().enumerate() {
                for &v in facet.of(p) {
                    counts[f][v as usize] += 1;
                }
            }
        } else if failed.is_power_of_two() {
            // Fails only this facet: it would be a result if one of its values were selected.
            let f = failed.trailing_zeros() as usize;
            for &v in index.facets[f].of(p) {
                counts[f][v as usize] += 1;
            }
        }
    }
    sort(index, &mut matches, query);
    Results { matches, counts }
}

/// Orders matches by the query's sort; unknown values last in either direction, ties by name.
fn sort(index: &SearchIndex, matches: &mut [u32], query: &Query) {
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
    // Matches arrive in name order; a stable sort on the key keeps that order among equal keys.
    match query.sort.key {
        SortKey::Name if descending => matches.reverse(),
        SortKey::Name => {}
        key => matches.sort_by(|&a, &b| {
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

/// For an empty result: each filter the reader can remove, with the number of results its
/// removal would give, those that help most first.
pub fn relaxations(index: &SearchIndex, query: &Query) -> Vec<(ActiveFilter, usize)> {
    let mut counted: Vec<(ActiveFilter, usize)> = query
        .active_filters()
        .into_iter()
        .filter(|filter| !filter.is_locked(query))
        .map(|filter| {
            let count = run(index, &filter.removed_from(query)).matches.len();
            (filter, count)
        })
        .collect();
    counted.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    counted
}

/// Up to `limit` other projects sharing an action line with `project`, by name.
pub fn related<'a>(dataset: &'a Dataset, project: &Project, limit: usize) -> Vec<&'a Project> {
    let mut related: Vec<&Project> = dataset
        .projects
        .iter()
        .filter(|other| other.id != project.id && other.action_lines.iter().any(|l| project.action_lines.contains(l)))
        .collect();
    related.sort_by_cached_key(|p| fold::fold(&p.name));
    related.truncate(limit);
    related
}

/// The projects before and after `position` in the results, for previous/next links.
pub fn neighbours(results: &Results, project_index: u32) -> (Option<u32>, Option<u32>) {
    match results.matches.iter().position(|&p| p == project_index) {
        Some(i) => (i.checked_sub(1).map(|j| results.matches[j]), results.matches.get(i + 1).copied()),
        None => (None, None),
    }
}
