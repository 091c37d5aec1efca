//! Matching the search text: the words typed with their forms (see [`super::wordforms`]), where
//! each occurs in a record's text, and how relevant that makes the record (docs/search.md). The
//! explorer ([`super::explore`]) runs it and adds the facets.

use memchr::memmem::Finder;

use super::fold;
use super::index::{Field, SearchIndex, Texts};
use super::wordforms::{is_word_byte, MatchKind};

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
    pub(crate) fn new(index: &SearchIndex, words: &[String], with_corrections: bool) -> Search {
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
    pub(crate) fn narrows(&self, wider: &Search) -> bool {
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
pub(crate) struct Found {
    pub(crate) score: u32,
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

/// The projects (by name rank) among `candidates`, or among all, that have every term.
pub(crate) fn scan(index: &SearchIndex, search: &Search, candidates: Option<&[(u32, Found)]>) -> Vec<(u32, Found)> {
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
pub(crate) fn find_records(index: &SearchIndex, search: &Search) -> Vec<u32> {
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
