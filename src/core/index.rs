//! What the explorer precomputes once per dataset, so a keystroke only scans and counts:
//! the folded search text of every project, its facet values as small numbers, and its sort keys.

use std::collections::HashMap;

use strum::{IntoStaticStr, VariantArray};

use super::date::PartialDate;
use super::fold::{fold, fold_into};
use super::model::{Dataset, OrganisationKind, Project, Status};
use super::order::{sort_items, sort_positions};
use super::places::Places;
use super::query::{Facet, UNKNOWN};
use super::wordforms::Vocabulary;

pub mod records;
use records::{records, Record, RecordKind};

/// A part of a project's searchable text, in the order of relevance: a word in the name counts
/// more than the same word in a result (docs/search.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum Field {
    /// The project's name.
    Name,
    /// Its other names.
    Alias,
    /// The organisations taking part or paying.
    Organisation,
    /// Its municipalities and location.
    Place,
    /// Its description.
    Description,
    /// Its results.
    Result,
}

impl Field {
    /// Every field, most relevant first.
    pub const ALL: &'static [Field] = Field::VARIANTS;

    /// The name in the locale keys (`field.organisation`).
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// Where each field of a record's text ends, relative to the start of the record's text.
type FieldEnds = [u32; Field::VARIANTS.len()];

/// The folded searchable texts of a list of records, field after field in [`Field`] order and
/// concatenated: one allocation, scanned front to back.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    text: String,
    /// `text[starts[k]..starts[k + 1]]` is the text of the `k`-th record.
    starts: Vec<u32>,
    /// Per record, where its fields end in its text.
    field_ends: Vec<FieldEnds>,
}

impl Texts {
    fn push(&mut self, record: RecordText) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.text.push_str(&record.text);
        self.starts.push(self.text.len() as u32);
        self.field_ends.push(record.finish());
    }

    /// The number of records.
    pub fn len(&self) -> usize {
        self.field_ends.len()
    }

    /// Whether there is no record.
    pub fn is_empty(&self) -> bool {
        self.field_ends.is_empty()
    }

    /// The text of the `k`-th record.
    pub fn get(&self, k: usize) -> &str {
        &self.text[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    /// Where `field` of the `k`-th record ends in its text.
    pub fn field_end(&self, k: usize, field: Field) -> usize {
        self.field_ends[k][field as usize] as usize
    }

    /// The field of the `k`-th record at byte `at` of its text.
    pub fn field_at(&self, k: usize, at: usize) -> Field {
        let ends = &self.field_ends[k];
        Field::ALL.iter().zip(ends).find(|(_, &end)| (at as u32) < end).map_or(Field::Result, |(&field, _)| field)
    }
}

/// One record's searchable text, written field by field in [`Field`] order.
#[derive(Default)]
struct RecordText {
    text: String,
    ends: FieldEnds,
    next: usize,
}

impl RecordText {
    /// Adds the folded `parts` as `field` (fields come in order; a field left out is empty).
    fn add<'a>(&mut self, field: Field, parts: impl IntoIterator<Item = &'a str>) {
        self.close_until(field as usize);
        for part in parts {
            fold_into(part, &mut self.text);
            self.text.push('\n');
        }
        self.ends[field as usize] = self.text.len() as u32;
        self.next = field as usize + 1;
    }

    fn close_until(&mut self, field: usize) {
        for end in &mut self.ends[self.next..field] {
            *end = self.text.len() as u32;
        }
    }

    fn finish(mut self) -> FieldEnds {
        self.close_until(Field::ALL.len());
        self.ends
    }
}

/// The values of one facet and which projects have which (a compressed sparse row layout: one
/// allocation per facet instead of one per project).
#[derive(Debug, Clone, Default)]
pub struct FacetIndex {
    /// The distinct values (ids or codes), in the order first met.
    pub values: Vec<String>,
    /// Per value, its folded display name (for ordering lists of values by name without lookups).
    pub sort_names: Vec<String>,
    ids: HashMap<String, u32>,
    /// `items[starts[k]..starts[k + 1]]` are the value numbers of the project of name rank `k`: in
    /// name order, like the texts, so a query that visits its matches in name order reads these
    /// rows front to back (at 100,000 projects the counts took 8 ms reading them in dataset order).
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl FacetIndex {
    fn push_project(&mut self, values: impl IntoIterator<Item = String>) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        let begin = self.items.len();
        for value in values {
            let next = self.values.len() as u32;
            let id = *self.ids.entry(value.clone()).or_insert_with(|| {
                self.values.push(value);
                next
            });
            if !self.items[begin..].contains(&id) {
                self.items.push(id);
            }
        }
        self.starts.push(self.items.len() as u32);
    }

    /// Puts the rows (pushed in dataset order) into name order. Copying the numbers is cheaper than
    /// working out each project's values in name order, which visits the projects out of order.
    fn put_in_name_order(&mut self, by_name: &[u32]) {
        let mut starts = Vec::with_capacity(self.starts.len());
        let mut items = Vec::with_capacity(self.items.len());
        starts.push(0);
        for &p in by_name {
            let p = p as usize;
            items.extend_from_slice(&self.items[self.starts[p] as usize..self.starts[p + 1] as usize]);
            starts.push(items.len() as u32);
        }
        (self.starts, self.items) = (starts, items);
    }

    /// The value numbers of the project of name rank `k` ([`SearchIndex::values_of`] takes a
    /// project's position).
    pub fn of_rank(&self, k: usize) -> &[u32] {
        &self.items[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    /// The number of a value, if any project has it.
    pub fn id(&self, value: &str) -> Option<u32> {
        self.ids.get(value).copied()
    }
}

/// Sort keys of one project; `None` is unknown and sorts last.
#[derive(Debug, Clone)]
pub struct SortKeys {
    /// Folded name.
    pub name: String,
    /// Programme ids, sorted and joined.
    pub programme: Option<String>,
    /// Stage in the project's life.
    pub status: Option<Status>,
    /// Best known start date.
    pub start: Option<PartialDate>,
    /// Known funding total in euros.
    pub amount: Option<i64>,
}

/// Everything the explorer precomputes for a dataset.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    /// Folded searchable text of every project (name, aliases, partners, places, descriptions,
    /// results), in name order.
    pub texts: Texts,
    /// The organisations, parts of the basic infrastructure and programmes search finds too.
    pub records: Vec<Record>,
    /// Their searchable texts, in the order of `records`.
    pub record_texts: Texts,
    /// The distinct words of all the text, for word forms and typo corrections: built when first
    /// searched (see [`SearchIndex::vocabulary`]).
    vocabulary: std::sync::OnceLock<Vocabulary>,
    /// Name rank of each project position (the inverse of `by_name`).
    rank: Vec<u32>,
    /// Facet values per project, indexed by [`Facet::index`].
    pub facets: Vec<FacetIndex>,
    /// Sort keys per project.
    pub sort_keys: Vec<SortKeys>,
    /// Project positions in name order (ties by position), so a query visits projects already sorted
    /// by name and other sorts only need a stable sort on their own key.
    pub by_name: Vec<u32>,
}

/// The words for a kind of organisation, in every language the search should know them in
/// ("onderwijs en onderzoek", "education and research", ...): they are texts of the interface, so
/// the app passes them in ([`SearchIndex::build_with_kinds`]).
pub type KindNames<'a> = &'a dyn Fn(OrganisationKind) -> Vec<&'static str>;

impl SearchIndex {
    /// Builds the index: one pass over the projects. Organisations are found by name, seat and
    /// activities, not by their kind (see [`SearchIndex::build_with_kinds`]).
    pub fn build(dataset: &Dataset) -> SearchIndex {
        SearchIndex::build_with_kinds(dataset, &|_| Vec::new())
    }

    /// Builds the index, and makes organisations found by the words for their kind too.
    pub fn build_with_kinds(dataset: &Dataset, kind_names: KindNames<'_>) -> SearchIndex {
        let n = dataset.projects.len();
        let mut facets: Vec<FacetIndex> = Facet::ALL.iter().map(|_| FacetIndex::default()).collect();
        let mut haystacks: Vec<RecordText> = Vec::with_capacity(n);
        let mut sort_keys = Vec::with_capacity(n);
        let org_names: HashMap<&str, &str> =
            dataset.organisations.iter().map(|o| (o.id.as_str(), o.name.as_str())).collect();
        let municipality_names: HashMap<&str, &str> =
            dataset.municipalities.iter().map(|m| (m.id.as_str(), m.name.as_str())).collect();
        let places = Places::of(dataset);
        for project in &dataset.projects {
            for &facet in Facet::ALL {
                facets[facet.index()].push_project(facet_values(project, facet, &places));
            }
            haystacks.push(haystack(project, &places, &org_names, &municipality_names));
            sort_keys.push(SortKeys {
                name: fold(&project.name),
                programme: project.programmes.as_ref().filter(|p| !p.is_empty()).map(|ids| {
                    let mut ids = ids.clone();
                    sort_items(&mut ids, Ord::cmp);
                    ids.join(" ")
                }),
                status: project.status,
                start: project.start().map(|(_, date)| date),
                amount: project.known_funding_total(),
            });
        }
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        sort_positions(&mut by_name, &|a, b| sort_keys[a as usize].name.cmp(&sort_keys[b as usize].name));
        for &facet in Facet::ALL {
            let facet_index = &mut facets[facet.index()];
            facet_index.put_in_name_order(&by_name);
            facet_index.sort_names = facet_index
                .values
                .iter()
                .map(|v| {
                    match facet {
                        Facet::Partner => org_names.get(v.as_str()).map(|n| fold(n)),
                        Facet::Municipality => municipality_names.get(v.as_str()).map(|n| fold(n)),
                        _ => None,
                    }
                    .unwrap_or_else(|| v.clone())
                })
                .collect();
        }
        let mut rank = vec![0u32; n];
        let mut texts = Texts {
            text: String::with_capacity(haystacks.iter().map(|h| h.text.len()).sum()),
            starts: Vec::with_capacity(n + 1),
            field_ends: Vec::with_capacity(n),
        };
        for (k, &p) in by_name.iter().enumerate() {
            rank[p as usize] = k as u32;
            texts.push(std::mem::take(&mut haystacks[p as usize]));
        }
        let (records, record_texts) = records(dataset, &municipality_names, kind_names);
        let vocabulary = std::sync::OnceLock::new();
        SearchIndex { texts, records, record_texts, vocabulary, rank, facets, sort_keys, by_name }
    }

    /// The number of projects indexed.
    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    /// Whether the index holds no project.
    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    /// The folded searchable text of the project at `position`.
    pub fn haystack(&self, position: usize) -> &str {
        self.haystack_at_rank(self.rank[position] as usize)
    }

    /// The name rank of the project at `position`.
    pub fn rank_of(&self, position: usize) -> usize {
        self.rank[position] as usize
    }

    /// The folded searchable text of the `k`-th project in name order.
    pub fn haystack_at_rank(&self, k: usize) -> &str {
        self.texts.get(k)
    }

    /// Makes the glossary's terms searchable: they are texts of the interface, not of the dataset.
    /// Each comes with its id and its names and explanations in every language.
    pub fn add_terms<'a>(&mut self, terms: impl IntoIterator<Item = (&'a str, Vec<&'a str>, Vec<&'a str>)>) {
        let from = self.record_texts.text.len();
        for (id, names, explanations) in terms {
            let mut text = RecordText::default();
            text.add(Field::Name, names.iter().copied());
            text.add(Field::Description, explanations);
            let name = names.first().copied().unwrap_or(id).to_string();
            self.records.push(Record { kind: RecordKind::Glossary, id: id.to_string(), name });
            self.record_texts.push(text);
        }
        if let Some(vocabulary) = self.vocabulary.get_mut() {
            vocabulary.extend(&self.record_texts.text[from..]);
        }
    }

    /// The distinct words of every text, for word forms and typo corrections. Built on the first
    /// search rather than with the index: a page that is only read never needs it, and at 100,000
    /// projects it is a tenth of the index's time (docs/benchmarks.md).
    pub fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary.get_or_init(|| {
            let mut vocabulary = Vocabulary::of(&self.texts.text);
            vocabulary.extend(&self.record_texts.text);
            vocabulary
        })
    }

    /// The index of one facet.
    pub fn facet(&self, facet: Facet) -> &FacetIndex {
        &self.facets[facet.index()]
    }

    /// The value numbers the project at `position` (in the dataset) has for `facet`.
    pub fn values_of(&self, facet: Facet, position: usize) -> &[u32] {
        self.facet(facet).of_rank(self.rank_of(position))
    }
}

/// The values a project has for a facet; `unknown` where the source does not say. A project's
/// municipalities are all it belongs to ([`Places`]), as on the municipality pages.
pub fn facet_values(project: &Project, facet: Facet, places: &Places) -> Vec<String> {
    let unknown = || vec![UNKNOWN.to_string()];
    match facet {
        Facet::Programme => match &project.programmes {
            Some(ids) if !ids.is_empty() => ids.clone(),
            _ => unknown(),
        },
        Facet::ActionLine if project.action_lines.is_empty() => unknown(),
        Facet::ActionLine => project.action_lines.clone(),
        Facet::Status => project.status.map_or_else(unknown, |s| vec![s.code().to_string()]),
        Facet::Kind => project.kind.map_or_else(unknown, |k| vec![k.code().to_string()]),
        Facet::Municipality => {
            let ids = places.municipalities(project);
            if ids.is_empty() {
                unknown()
            } else {
                ids.into_iter().map(str::to_string).collect()
            }
        }
        Facet::CrossBorder => vec![match project.cross_border {
            Some(true) => "yes".to_string(),
            Some(false) => "no".to_string(),
            None => UNKNOWN.to_string(),
        }],
        Facet::Partner => project.participants.iter().map(|p| p.organisation.clone()).collect(),
    }
}

/// The folded searchable text of a project, field after field in [`Field`] order.
fn haystack(
    project: &Project,
    places: &Places,
    orgs: &HashMap<&str, &str>,
    municipalities: &HashMap<&str, &str>,
) -> RecordText {
    let mut text = RecordText {
        text: String::with_capacity(project.name.len() + project.description.nl.len() * 3),
        ..RecordText::default()
    };
    text.add(Field::Name, [project.name.as_str()]);
    text.add(Field::Alias, project.aliases.iter().map(String::as_str));
    let participants =
        project.participants.iter().map(|p| orgs.get(p.organisation.as_str()).copied().unwrap_or(&p.organisation));
    let funders = project.funding.iter().filter_map(|f| orgs.get(f.funder.as_str()).copied());
    text.add(Field::Organisation, participants.chain(funders));
    let names = places.municipalities(project).into_iter().map(|id| municipalities.get(id).copied().unwrap_or(id));
    text.add(Field::Place, names.chain(project.location.iter().flat_map(|l| l.all())));
    text.add(Field::Description, project.description.all());
    text.add(Field::Result, project.results.iter().flat_map(|r| r.label.all()));
    text
}
