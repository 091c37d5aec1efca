//! What the explorer precomputes once per dataset, so a keystroke only scans and counts:
//! the folded search text of every project, its facet values as small numbers, and its sort keys.

use std::collections::HashMap;

use super::date::PartialDate;
use super::fold::fold;
use super::model::{Dataset, Project, Status};
use super::query::{Facet, UNKNOWN};

/// The values of one facet and which projects have which (a compressed sparse row layout: one
/// allocation per facet instead of one per project).
#[derive(Debug, Clone, Default)]
pub struct FacetIndex {
    /// The distinct values (ids or codes), in the order first met.
    pub values: Vec<String>,
    /// Per value, its folded display name (for ordering lists of values by name without lookups).
    pub sort_names: Vec<String>,
    ids: HashMap<String, u32>,
    /// `items[starts[p]..starts[p + 1]]` are the value numbers of project `p`.
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

    /// The value numbers of project `p`.
    pub fn of(&self, p: usize) -> &[u32] {
        &self.items[self.starts[p] as usize..self.starts[p + 1] as usize]
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
    /// Folded searchable text of every project (name, aliases, descriptions, partners, results,
    /// places), concatenated in name order: one allocation, scanned front to back.
    text: String,
    /// `text[text_starts[k]..text_starts[k + 1]]` is the text of the `k`-th project in name order.
    text_starts: Vec<u32>,
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

impl SearchIndex {
    /// Builds the index: one pass over the projects.
    pub fn build(dataset: &Dataset) -> SearchIndex {
        let n = dataset.projects.len();
        let mut facets: Vec<FacetIndex> = Facet::ALL.iter().map(|_| FacetIndex::default()).collect();
        let mut haystacks: Vec<String> = Vec::with_capacity(n);
        let mut sort_keys = Vec::with_capacity(n);
        let org_names: HashMap<&str, &str> =
            dataset.organisations.iter().map(|o| (o.id.as_str(), o.name.as_str())).collect();
        let municipality_names: HashMap<&str, &str> =
            dataset.municipalities.iter().map(|m| (m.id.as_str(), m.name.as_str())).collect();
        for project in &dataset.projects {
            for &facet in Facet::ALL {
                facets[facet.index()].push_project(facet_values(project, facet));
            }
            haystacks.push(haystack(project, &org_names, &municipality_names));
            sort_keys.push(SortKeys {
                name: fold(&project.name),
                programme: project.programmes.as_ref().filter(|p| !p.is_empty()).map(|ids| {
                    let mut ids = ids.clone();
                    ids.sort();
                    ids.join(" ")
                }),
                status: project.status,
                start: project.start().map(|(_, date)| date),
                amount: project.known_funding_total(),
            });
        }
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        by_name.sort_by(|&a, &b| sort_keys[a as usize].name.cmp(&sort_keys[b as usize].name));
        for &facet in Facet::ALL {
            let facet_index = &mut facets[facet.index()];
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
        let mut text = String::with_capacity(haystacks.iter().map(String::len).sum());
        let mut text_starts = Vec::with_capacity(n + 1);
        for (k, &p) in by_name.iter().enumerate() {
            rank[p as usize] = k as u32;
            text_starts.push(text.len() as u32);
            text.push_str(&std::mem::take(&mut haystacks[p as usize]));
        }
        text_starts.push(text.len() as u32);
        SearchIndex { text, text_starts, rank, facets, sort_keys, by_name }
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

    /// The folded searchable text of the `k`-th project in name order.
    pub fn haystack_at_rank(&self, k: usize) -> &str {
        &self.text[self.text_starts[k] as usize..self.text_starts[k + 1] as usize]
    }

    /// The index of one facet.
    pub fn facet(&self, facet: Facet) -> &FacetIndex {
        &self.facets[facet.index()]
    }
}

/// The values a project has for a facet; `unknown` where the source does not say.
pub fn facet_values(project: &Project, facet: Facet) -> Vec<String> {
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
        Facet::Municipality if project.municipalities.is_empty() => unknown(),
        Facet::Municipality => project.municipalities.clone(),
        Facet::CrossBorder => vec![match project.cross_border {
            Some(true) => "yes".to_string(),
            Some(false) => "no".to_string(),
            None => UNKNOWN.to_string(),
        }],
        Facet::Partner => project.participants.iter().map(|p| p.organisation.clone()).collect(),
    }
}

fn haystack(project: &Project, orgs: &HashMap<&str, &str>, municipalities: &HashMap<&str, &str>) -> String {
    let mut text = String::with_capacity(project.name.len() + project.description.nl.len() * 3);
    let mut add = |part: &str| {
        text.push_str(part);
        text.push('\n');
    };
    add(&project.name);
    project.aliases.iter().for_each(|a| add(a));
    project.description.all().for_each(&mut add);
    for participant in &project.participants {
        add(orgs.get(participant.organisation.as_str()).copied().unwrap_or(&participant.organisation));
    }
    for funding in &project.funding {
        if let Some(name) = orgs.get(funding.funder.as_str()) {
            add(name);
        }
    }
    for result in &project.results {
        result.label.all().for_each(&mut add);
    }
    for id in &project.municipalities {
        add(municipalities.get(id.as_str()).copied().unwrap_or(id));
    }
    if let Some(location) = &project.location {
        location.all().for_each(&mut add);
    }
    fold(&text)
}
