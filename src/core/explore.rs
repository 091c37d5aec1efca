//! Running an explorer query: search, facet filters, live counts and sorting in one pass.

use std::cmp::Ordering;

use memchr::memmem::Finder;

use super::fold;
use super::index::{Field, SearchIndex, Texts};
use super::model::{Dataset, Project};
use super::query::{ActiveFilter, Facet, Query, SortKey};
use super::wordforms::{is_word_byte, MatchKind};

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

/// One word of the search, with the words that count as it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The word as typed, folded (or a part of a compound the reader typed).
    pub word: String,
    /// What is searched for it: the word itself first, then its other forms and words of the same
    /// meaning ([`MatchKind::Stem`]) and, when the words as typed found little, corrections
    /// ([`MatchKind::Typo`]).
    pub forms: Vec<(String, MatchKind)>,
}

impl Term {
    fn new(index: &SearchIndex, word: &str, with_corrections: bool) -> Term {
        let vocabulary = index.vocabulary();
        let mut forms = vec![(word.to_string(), MatchKind::Exact)];
        forms.extend(vocabulary.forms_of(word).into_iter().map(|f| (f.to_string(), MatchKind::Stem)));
        // A word the dataset has (or has inside a longer word) is no typing error.
        if with_corrections && forms.len() == 1 && !vocabulary.has_part(word) {
            // A correction is searched with its forms too: `educaton` finds what `education` finds.
            for correction in vocabulary.corrections_of(word) {
                for form in std::iter::once(correction).chain(vocabulary.forms_of(correction)) {
                    if !forms.iter().any(|(f, _)| f == form) {
                        forms.push((form.to_string(), MatchKind::Typo));
                    }
                }
            }
        }
        Term { word: word.to_string(), forms }
    }

    /// Whether every project this term finds is found by `wider` too: each of this term's forms
    /// contains one of the other's.
    fn narrows(&self, wider: &Term) -> bool {
        self.forms.iter().all(|(form, _)| wider.forms.iter().any(|(w, _)| form.contains(w.as_str())))
    }
}

/// What a search looked for: its words with their forms, and the corrections it fell back to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    /// The words, each of which a result has in one of its forms.
    pub terms: Vec<Term>,
    /// Words corrected because they found little as typed: the word and the closest word of the
    /// dataset (for "Did you mean ...?").
    pub corrections: Vec<(String, String)>,
}

impl Search {
    /// The terms of the folded `words`: a compound the dataset does not have is searched as its two
    /// parts.
    fn new(index: &SearchIndex, words: &[String], with_corrections: bool) -> Search {
        let mut terms = Vec::with_capacity(words.len());
        for word in words {
            match index.vocabulary().compound_parts(word) {
                Some((first, second)) => {
                    terms.push(Term::new(index, &first, with_corrections));
                    terms.push(Term::new(index, &second, with_corrections));
                }
                None => terms.push(Term::new(index, word, with_corrections)),
            }
        }
        let corrections = terms
            .iter()
            .filter_map(|t| {
                t.forms.iter().find(|(_, kind)| *kind == MatchKind::Typo).map(|(f, _)| (t.word.clone(), f.clone()))
            })
            .collect();
        Search { terms, corrections }
    }

    /// Every word form searched, for marking them in the results.
    pub fn forms(&self) -> Vec<String> {
        self.terms.iter().flat_map(|t| t.forms.iter().map(|(f, _)| f.clone())).collect()
    }

    /// The reader's text with each corrected word replaced by its correction.
    pub fn corrected(&self, text: &str) -> String {
        fold::words(text)
            .into_iter()
            .map(|word| self.corrections.iter().find(|(typed, _)| *typed == word).map_or(word, |(_, c)| c.clone()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether every project `self` finds is found by `wider` too.
    fn narrows(&self, wider: &Search) -> bool {
        wider.terms.iter().all(|w| self.terms.iter().any(|t| t.narrows(w)))
    }

    /// Where and how well each term matches the text of the `k`-th project in name order: its
    /// relevance score and the fields of the best matches, or `None` when a term is missing.
    fn score(&self, texts: &Texts, finders: &[Vec<Needle<'_>>], k: usize) -> Option<Found> {
        let haystack = texts.get(k).as_bytes();
        let mut found = Found::default();
        for forms in finders {
            let (field, kind) = best_match(texts, k, haystack, forms)?;
            found.score += relevance(field, kind);
            found.fields |= 1 << field as u8;
        }
        Some(found)
    }

    /// The fields in which a project's best matches are, other than its name (for "found in").
    pub fn found_in(&self, index: &SearchIndex, position: u32) -> Vec<Field> {
        let k = index.rank_of(position as usize);
        let finders = self.finders();
        let fields = self.score(&index.texts, &finders, k).map_or(0, |f| f.fields);
        Field::ALL.iter().copied().filter(|&f| f != Field::Name && fields & (1 << f as u8) != 0).collect()
    }

    /// Per term, what to scan the texts for: see [`Needle`].
    fn finders(&self) -> Vec<Vec<Needle<'_>>> {
        self.terms.iter().map(|t| Needle::group(&t.forms)).collect()
    }
}

/// One substring scan for several forms of a word that begin alike (`fonds`, `fondsen` and
/// `fondse` are all found by scanning for `fonds`): a keystroke scans each text about once per word,
/// however many forms the word has.
struct Needle<'a> {
    finder: Finder<'a>,
    /// The forms beginning with the scanned text, each checked where it is found.
    forms: Vec<Form<'a>>,
}

/// A form of a word as bytes, with the kind of match it makes.
type Form<'a> = (&'a [u8], MatchKind);

impl<'a> Needle<'a> {
    /// The forms grouped by shared beginnings of at least four letters.
    fn group(forms: &'a [(String, MatchKind)]) -> Vec<Needle<'a>> {
        const MIN_SHARED: usize = 4;
        let mut groups: Vec<(&'a [u8], Vec<Form<'a>>)> = Vec::new();
        for (form, kind) in forms {
            let form = form.as_bytes();
            let shared = |prefix: &[u8]| prefix.iter().zip(form).take_while(|(a, b)| a == b).count();
            match groups.iter_mut().find(|(prefix, _)| shared(prefix) >= MIN_SHARED.min(form.len()).min(prefix.len())) {
                Some((prefix, members)) => {
                    *prefix = &prefix[..shared(prefix)];
                    members.push((form, *kind));
                }
                None => groups.push((form, vec![(form, *kind)])),
            }
        }
        groups.into_iter().map(|(prefix, forms)| Needle { finder: Finder::new(prefix), forms }).collect()
    }
}

/// A project's relevance for a search and the fields its best matches are in (bits by [`Field`]).
#[derive(Debug, Clone, Copy, Default)]
struct Found {
    score: u32,
    fields: u8,
}

/// The relevance of one word's match: the field first, then the kind of match (docs/search.md).
fn relevance(field: Field, kind: MatchKind) -> u32 {
    const KINDS: u32 = 5;
    (Field::ALL.len() as u32 - field as u32) * KINDS + (KINDS - kind as u32)
}

/// Where a term's forms first occur in a record's text, the best of them: the most relevant field,
/// and the kind of match there; `None` when none occurs. The text is in field order, so a later
/// form's scan ends with the field of the best match found so far.
fn best_match(texts: &Texts, k: usize, haystack: &[u8], needles: &[Needle<'_>]) -> Option<(Field, MatchKind)> {
    let mut best: Option<(Field, MatchKind)> = None;
    for needle in needles {
        let mut from = 0;
        let limit = best.map_or(haystack.len(), |(field, _)| texts.field_end(k, field));
        while let Some(found) = needle.finder.find(&haystack[from..limit]) {
            let at = from + found;
            let field = texts.field_at(k, at);
            let rest = &haystack[at..];
            let starts_word = at == 0 || !is_word_byte(haystack[at - 1]);
            for (form, form_kind) in &needle.forms {
                if !rest.starts_with(form) {
                    continue;
                }
                let ends_word = rest.get(form.len()).is_none_or(|&b| !is_word_byte(b));
                let kind = match (starts_word, ends_word) {
                    (true, true) => *form_kind,
                    (true, false) => (*form_kind).max(MatchKind::Prefix),
                    (false, _) => (*form_kind).max(MatchKind::Part),
                };
                if best.is_none_or(|b| (field, kind) < b) {
                    best = Some((field, kind));
                }
            }
            // The first place a form occurs decides its field (the text is in field order) and its
            // kind. Looking further for a better kind in the same field would scan the rest of
            // every matching text on every keystroke, for a finer order among equals.
            if best.is_some() {
                break;
            }
            from = at + 1;
            if from >= limit {
                break;
            }
        }
        if best == Some((Field::Name, MatchKind::Exact)) {
            break;
        }
    }
    best
}

/// With fewer results than this for the words as typed, the search also tries corrections.
pub const CORRECT_BELOW: usize = 3;

/// Remembers which projects matched the last search, so the next keystroke only re-checks those
/// when the reader typed on (the set can only shrink), and a facet click does not search the text
/// again at all.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    /// The last search, and the name ranks of the projects it found with their relevance.
    last: Option<(Search, Vec<(u32, Found)>)>,
}

impl Searcher {
    /// The projects (by name rank, in name order, with their relevance) that have every term of the
    /// search, reusing the previous answer when the new search narrows it.
    fn text_matches(&mut self, index: &SearchIndex, words: &[String]) -> (Search, Vec<(u32, Found)>) {
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
        self.last = Some((search.clone(), found.clone()));
        (search, found)
    }

    fn find(&self, index: &SearchIndex, search: &Search) -> Vec<(u32, Found)> {
        match &self.last {
            // The same words (a facet clicked, a page turned): the same projects.
            Some((previous, found)) if previous == search => found.clone(),
            Some((previous, found)) if search.narrows(previous) => scan(index, search, Some(found)),
            _ => scan(index, search, None),
        }
    }

    /// Runs a query (see [`run`]), reusing what the previous one found where it can.
    pub fn run(&mut self, index: &SearchIndex, query: &Query) -> Results {
        let filters = resolve(index, query);
        let (search, found) = self.text_matches(index, &filters.words);
        let records = find_records(index, &search);
        Results { records, ..filter_and_count(index, query, &filters, search, &found) }
    }
}

/// The projects (by name rank) among `candidates`, or among all, that have every term.
fn scan(index: &SearchIndex, search: &Search, candidates: Option<&[(u32, Found)]>) -> Vec<(u32, Found)> {
    // One searcher per form, built once per keystroke: `str::contains` would set up its substring
    // search again for every project (a tenth of a keystroke's time at 10,000).
    let finders = search.finders();
    let check = |k: u32| {
        if search.terms.is_empty() {
            return Some((k, Found::default()));
        }
        search.score(&index.texts, &finders, k as usize).map(|found| (k, found))
    };
    match candidates {
        Some(candidates) => candidates.iter().filter_map(|&(k, _)| check(k)).collect(),
        None => (0..index.len() as u32).filter_map(check).collect(),
    }
}

/// The records other than projects (organisations, parts of the basic infrastructure, programmes)
/// that have every term, most relevant first, ties by name; none without search text.
fn find_records(index: &SearchIndex, search: &Search) -> Vec<u32> {
    if search.terms.is_empty() {
        return Vec::new();
    }
    let finders = search.finders();
    // Most relevant first, ties by name. Kept in order as found (a few dozen records) rather than
    // sorted, which would add a sort of its own to the wasm.
    let mut found: Vec<(u32, u32, String)> = Vec::new();
    for k in 0..index.record_texts.len() {
        if let Some(f) = search.score(&index.record_texts, &finders, k) {
            let name = fold::fold(&index.records[k].name);
            let at =
                found.partition_point(|(_, score, other)| *score > f.score || (*score == f.score && *other <= name));
            found.insert(at, (k as u32, f.score, name));
        }
    }
    found.into_iter().map(|(k, _, _)| k).collect()
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

/// Applies the facet filters to the projects (by name rank) whose text matched, counting as it goes.
fn filter_and_count(
    index: &SearchIndex,
    query: &Query,
    filters: &Resolved,
    search: Search,
    found: &[(u32, Found)],
) -> Results {
    let mut counts: Vec<Vec<u32>> = index.facets.iter().map(|f| vec![0; f.values.len()]).collect();
    let mut matches = Vec::with_capacity(found.len());
    let mut scores = Vec::with_capacity(found.len());
    // Visiting in name order gives name-sorted matches for free.
    'projects: for &(k, found) in found {
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
            scores.push(found.score);
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
    sort(index, &mut matches, &scores, query);
    Results { matches, counts, search, records: Vec::new() }
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
