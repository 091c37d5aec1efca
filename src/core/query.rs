//! What the reader asked the explorer for: search text, facet filters, sort and page, and its
//! form in the URL's query string. The URL is the single source of truth for this state.

use std::collections::{BTreeMap, BTreeSet};

use strum::{IntoStaticStr, VariantArray};

use super::settings::Settings;

/// The longest search text kept from a URL, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// The highest page number read from a URL.
pub const MAX_PAGE: usize = 100_000;

/// The facet value meaning "the source does not say" (programme, status, kind, cross-border,
/// municipality, action line).
pub const UNKNOWN: &str = "unknown";

/// A dimension the results can be filtered on. Its name in URLs is the variant's name in lower
/// case (`crossborder`), except for the action line (`line`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum Facet {
    /// Regio Deal Twente, Agenda voor Twente, or unknown.
    Programme,
    /// One of the four action lines, or unknown.
    #[strum(serialize = "line")]
    ActionLine,
    /// Project status, or unknown.
    Status,
    /// Kind of project, or unknown.
    Kind,
    /// Municipality, or unknown (none given).
    Municipality,
    /// Works across the German border: yes, no or unknown.
    CrossBorder,
    /// An organisation taking part in any role.
    Partner,
}

impl Facet {
    /// Every facet, in the order the explorer shows them.
    pub const ALL: &'static [Facet] = Facet::VARIANTS;

    /// Position in [`Facet::ALL`], for arrays indexed by facet.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The URL parameter of the facet (`programme=rdt`); exclusions use `not-` before it.
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The facet of a URL parameter name.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.iter().copied().find(|f| f.key() == key)
    }
}

/// What the results are ordered by; its name in URLs is the variant's in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum SortKey {
    /// Best match first (docs/search.md): the default with search text; without, it is the name.
    Relevance,
    /// Alphabetically by name: the default without search text.
    #[default]
    Name,
    /// By programme (Regio Deal, Agenda voor Twente, both).
    Programme,
    /// By stage: in preparation, running, ..., closed.
    Status,
    /// By start date.
    Start,
    /// By the known funding total.
    Amount,
}

impl SortKey {
    /// Every sort key, in the order the sort menu lists them.
    pub const ALL: &'static [SortKey] = SortKey::VARIANTS;

    fn key(self) -> &'static str {
        self.into()
    }
}

/// A sort key and direction. Unknown values always come last, in either direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Sort {
    /// What to sort by.
    pub key: SortKey,
    /// Largest, latest or last-in-the-alphabet first.
    pub descending: bool,
}

impl Sort {
    /// The URL form: `name`, `-amount`.
    pub fn to_param(self) -> String {
        if self.descending && self.key != SortKey::Relevance {
            format!("-{}", self.key.key())
        } else {
            self.key.key().to_string()
        }
    }

    /// Reads the URL form; `None` for anything else.
    pub fn from_param(param: &str) -> Option<Sort> {
        let (descending, key) = match param.strip_prefix('-') {
            Some(key) => (true, key),
            None => (false, param),
        };
        // Relevance has one direction: best first.
        let sort = |key| Sort { key, descending: descending && key != SortKey::Relevance };
        SortKey::ALL.iter().copied().find(|k| k.key() == key).map(sort)
    }
}

/// The state of a URL apart from its view: what the reader asked the explorer for, and how the
/// app is framed. Everything that decides which projects are shown, and how. The default is the
/// explorer as first opened: no search, no filter, sorted by name, page 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The search text as typed.
    pub text: String,
    /// Values to keep, per facet: a project matches when it has any of them (OR within a facet).
    pub include: BTreeMap<Facet, BTreeSet<String>>,
    /// Values to leave out, per facet: a project with any of them is dropped.
    pub exclude: BTreeMap<Facet, BTreeSet<String>>,
    /// Order of the results.
    pub sort: Sort,
    /// Page of the results, from 1.
    pub page: usize,
    /// Embedding, locks, theme, dataset and language.
    pub settings: Settings,
}

impl Default for Query {
    fn default() -> Query {
        Query {
            text: String::new(),
            include: BTreeMap::new(),
            exclude: BTreeMap::new(),
            sort: Sort::default(),
            page: 1,
            settings: Settings::default(),
        }
    }
}

impl Query {
    /// This query with no language, to compare what two pages show apart from their language.
    pub fn without_lang(&self) -> Query {
        let mut query = self.clone();
        query.settings.lang = None;
        query
    }

    /// The order when the reader chose none: relevance with search text, the name without.
    pub fn default_sort(&self) -> Sort {
        if self.text.trim().is_empty() {
            Sort::default()
        } else {
            Sort { key: SortKey::Relevance, descending: false }
        }
    }

    /// Reads the explorer state from URL parameters. Unknown parameters and malformed values are
    /// ignored; the `page` falls back to 1.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut query = Query::default();
        let mut sort = None;
        for (key, raw) in params {
            let value = raw.trim();
            if query.settings.read(key, value) {
                continue;
            }
            match key {
                // The search text keeps its spaces: a reader typing "twents " is about to type a second
                // word, and trimming would eat the space under their cursor.
                "q" if !value.is_empty() => query.text = raw.trim_start().chars().take(MAX_TEXT_CHARS).collect(),
                "sort" => sort = Sort::from_param(value),
                "page" => query.page = value.parse::<usize>().ok().filter(|p| (1..=MAX_PAGE).contains(p)).unwrap_or(1),
                _ => {
                    let (excluded, name) = match key.strip_prefix("not-") {
                        Some(name) => (true, name),
                        None => (false, key),
                    };
                    if let Some(facet) = Facet::from_key(name) {
                        if !value.is_empty() && value.len() <= 200 {
                            let map = if excluded { &mut query.exclude } else { &mut query.include };
                            map.entry(facet).or_default().insert(value.to_string());
                        }
                    }
                }
            }
        }
        // A value both kept and left out is contradictory: keep the exclusion only.
        for (facet, excluded) in &query.exclude {
            if let Some(included) = query.include.get_mut(facet) {
                included.retain(|v| !excluded.contains(v));
            }
        }
        query.include.retain(|_, values| !values.is_empty());
        query.sort = sort.unwrap_or_else(|| query.default_sort());
        query
    }

    /// The URL parameters of this state, in a fixed order, leaving out defaults.
    pub fn to_params(&self) -> Vec<(String, String)> {
        let mut params = Vec::new();
        if !self.text.trim().is_empty() {
            params.push(("q".to_string(), self.text.trim_start().to_string()));
        }
        for &facet in Facet::ALL {
            for value in self.include.get(&facet).into_iter().flatten() {
                params.push((facet.key().to_string(), value.clone()));
            }
            for value in self.exclude.get(&facet).into_iter().flatten() {
                params.push((format!("not-{}", facet.key()), value.clone()));
            }
        }
        if self.sort != self.default_sort() {
            params.push(("sort".to_string(), self.sort.to_param()));
        }
        if self.page > 1 {
            params.push(("page".to_string(), self.page.to_string()));
        }
        self.settings.write(&mut params);
        params
    }

    /// Whether any search text or filter is active (sort and page do not count).
    pub fn has_filters(&self) -> bool {
        !self.text.trim().is_empty() || !self.include.is_empty() || !self.exclude.is_empty()
    }

    /// Whether `value` of `facet` is kept, left out, or neither.
    pub fn state_of(&self, facet: Facet, value: &str) -> FilterState {
        if self.include.get(&facet).is_some_and(|v| v.contains(value)) {
            FilterState::Included
        } else if self.exclude.get(&facet).is_some_and(|v| v.contains(value)) {
            FilterState::Excluded
        } else {
            FilterState::Off
        }
    }

    /// A copy with `value` of `facet` set to `state`, back on page 1.
    /// A locked facet keeps its filters.
    pub fn with_filter(&self, facet: Facet, value: &str, state: FilterState) -> Query {
        let value = value.trim();
        let mut next = self.clone();
        if self.settings.locked.contains(&facet) {
            return next;
        }
        for map in [&mut next.include, &mut next.exclude] {
            if let Some(values) = map.get_mut(&facet) {
                values.remove(value);
                if values.is_empty() {
                    map.remove(&facet);
                }
            }
        }
        let target = match state {
            FilterState::Included => Some(&mut next.include),
            FilterState::Excluded => Some(&mut next.exclude),
            FilterState::Off => None,
        };
        if let Some(map) = target.filter(|_| !value.is_empty()) {
            map.entry(facet).or_default().insert(value.to_string());
        }
        next.page = 1;
        next
    }

    /// A copy with new search text, back on page 1. An order the reader did not choose follows the
    /// text: relevance while there is some, the name when it is gone.
    pub fn with_text(&self, text: &str) -> Query {
        let mut next =
            Query { text: text.trim_start().chars().take(MAX_TEXT_CHARS).collect(), page: 1, ..self.clone() };
        if self.sort == self.default_sort() {
            next.sort = next.default_sort();
        }
        next
    }

    /// A copy with another sort, back on page 1.
    pub fn with_sort(&self, sort: Sort) -> Query {
        // Relevance has one direction: best first.
        let sort = Sort { descending: sort.descending && sort.key != SortKey::Relevance, ..sort };
        Query { sort, page: 1, ..self.clone() }
    }

    /// A copy on another page.
    pub fn with_page(&self, page: usize) -> Query {
        Query { page: page.clamp(1, MAX_PAGE), ..self.clone() }
    }

    /// A copy without any search text or filter, except those of locked facets (sort and settings kept).
    pub fn cleared(&self) -> Query {
        let locked = &self.settings.locked;
        let keep = |map: &BTreeMap<Facet, BTreeSet<String>>| {
            map.iter().filter(|(f, _)| locked.contains(f)).map(|(f, v)| (*f, v.clone())).collect()
        };
        let chosen = self.sort != self.default_sort();
        Query {
            include: keep(&self.include),
            exclude: keep(&self.exclude),
            sort: if chosen { self.sort } else { Sort::default() },
            settings: self.settings.clone(),
            ..Query::default()
        }
    }

    /// The same state for the full explorer, outside any embedding (locks and embed dropped).
    pub fn unframed(&self) -> Query {
        let mut next = self.clone();
        next.settings.embed = false;
        next.settings.locked.clear();
        next.settings.links_top = false;
        next
    }

    /// Whether a facet's filters are fixed by the embedding site.
    pub fn is_locked(&self, facet: Facet) -> bool {
        self.settings.locked.contains(&facet)
    }

    /// Every active filter: the search text first, then the kept and the left-out values of each
    /// facet in the facets' order. The chips above the results, the printed page and the
    /// suggestions of an empty result all list these.
    pub fn active_filters(&self) -> Vec<ActiveFilter> {
        let mut filters = Vec::new();
        if !self.text.trim().is_empty() {
            filters.push(ActiveFilter::Text);
        }
        for (facet, values) in &self.include {
            filters.extend(values.iter().map(|v| ActiveFilter::Include(*facet, v.clone())));
        }
        for (facet, values) in &self.exclude {
            filters.extend(values.iter().map(|v| ActiveFilter::Exclude(*facet, v.clone())));
        }
        filters
    }
}

/// One active filter of a query.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActiveFilter {
    /// The search text.
    Text,
    /// Keeps only projects with this value.
    Include(Facet, String),
    /// Leaves out projects with this value.
    Exclude(Facet, String),
}

impl ActiveFilter {
    /// The query without this filter, back on page 1. A filter of a locked facet stays.
    pub fn removed_from(&self, query: &Query) -> Query {
        match self {
            ActiveFilter::Text => query.with_text(""),
            ActiveFilter::Include(f, v) | ActiveFilter::Exclude(f, v) => query.with_filter(*f, v, FilterState::Off),
        }
    }

    /// Whether the embedding site fixed this filter, so the reader cannot remove it.
    pub fn is_locked(&self, query: &Query) -> bool {
        match self {
            ActiveFilter::Text => false,
            ActiveFilter::Include(f, _) | ActiveFilter::Exclude(f, _) => query.is_locked(*f),
        }
    }
}

/// Whether a facet value is kept, left out, or not filtered on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterState {
    /// Not filtered on.
    Off,
    /// Kept ("only these").
    Included,
    /// Left out ("not these").
    Excluded,
}
