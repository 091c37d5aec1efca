//! What a new version of the dataset changes compared with the published one, as a list a person
//! checks before publishing: projects added, removed and changed (which fields), and every figure
//! whose number changed.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::model::{Dataset, Project, Unit};
use super::text::Text;

/// A record named for a person: its id and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    /// The record's id.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// A project in both versions whose content differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedProject {
    /// The project, named as in the new version.
    pub project: Named,
    /// The dataset fields that differ (`name`, `description`, …), in the format's order.
    pub fields: Vec<String>,
}

/// A number as one version of the dataset has it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Stated {
    /// The record is not in this version.
    Absent,
    /// The record is there, its number unknown (null).
    Unknown,
    /// The number.
    Value(f64),
}

/// A figure whose number differs between the versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureChange {
    /// Where it is, as a JSON path in the new version (else the published one), with the record's
    /// id: `key_figures[rdt-projects-started]`, `programmes[rdt].budgets[0]`.
    pub path: String,
    /// What it counts.
    pub label: Text,
    /// Its unit.
    pub unit: Unit,
    /// The published number.
    pub before: Stated,
    /// The new number.
    pub after: Stated,
}

/// Everything the new version changes, in the order a person checks it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DatasetDiff {
    /// Projects only the new version has.
    pub projects_added: Vec<Named>,
    /// Projects only the published version has.
    pub projects_removed: Vec<Named>,
    /// Projects in both whose content differs.
    pub projects_changed: Vec<ChangedProject>,
    /// Figures whose number differs: headline figures, indicators, chart values and budgets.
    pub figures: Vec<FigureChange>,
    /// Other lists (sources, organisations, …) whose content differs, by their field name, in the
    /// format's order.
    pub other_lists: Vec<String>,
}

impl DatasetDiff {
    /// Whether the new version is the same as the published one.
    pub fn is_empty(&self) -> bool {
        self == &DatasetDiff::default()
    }
}

/// What `candidate` changes compared with `published`.
pub fn diff(published: &Dataset, candidate: &Dataset) -> DatasetDiff {
    let before: HashMap<&str, &Project> = published.projects.iter().map(|p| (p.id.as_str(), p)).collect();
    let after: HashMap<&str, &Project> = candidate.projects.iter().map(|p| (p.id.as_str(), p)).collect();
    let named = |p: &Project| Named { id: p.id.clone(), name: p.name.clone() };
    let projects_added = candidate.projects.iter().filter(|p| !before.contains_key(p.id.as_str())).map(named).collect();
    let projects_removed =
        published.projects.iter().filter(|p| !after.contains_key(p.id.as_str())).map(named).collect();
    let projects_changed = candidate
        .projects
        .iter()
        .filter_map(|new| {
            let old = before.get(new.id.as_str())?;
            let fields = changed_fields(old, new);
            (!fields.is_empty()).then(|| ChangedProject { project: named(new), fields })
        })
        .collect();
    DatasetDiff {
        projects_added,
        projects_removed,
        projects_changed,
        figures: figure_changes(published, candidate),
        other_lists: other_lists(published, candidate),
    }
}

/// The names of the fields of two projects that differ, in the format's order. Every field is
/// named in the pattern, so a field added to `Project` does not compile until it is compared here.
/// (Written out rather than compared as `serde_json::Value`: that serializer costs wasm bytes in
/// every reader's first load; docs/notes.md.)
fn changed_fields(old: &Project, new: &Project) -> Vec<String> {
    let Project {
        id,
        name,
        aliases,
        kind,
        programmes,
        action_lines,
        status,
        status_source,
        description,
        participants,
        municipalities,
        location,
        cross_border,
        dates,
        funding,
        results,
        links,
        sources,
        part_of,
        quality_notes,
    } = new;
    let mut fields = Vec::new();
    let mut compare = |name: &str, differs: bool| {
        if differs {
            fields.push(name.to_string());
        }
    };
    compare("id", *id != old.id);
    compare("name", *name != old.name);
    compare("aliases", *aliases != old.aliases);
    compare("kind", *kind != old.kind);
    compare("programmes", *programmes != old.programmes);
    compare("action_lines", *action_lines != old.action_lines);
    compare("status", *status != old.status);
    compare("status_source", *status_source != old.status_source);
    compare("description", *description != old.description);
    compare("participants", *participants != old.participants);
    compare("municipalities", *municipalities != old.municipalities);
    compare("location", *location != old.location);
    compare("cross_border", *cross_border != old.cross_border);
    compare("dates", *dates != old.dates);
    compare("funding", *funding != old.funding);
    compare("results", *results != old.results);
    compare("links", *links != old.links);
    compare("sources", *sources != old.sources);
    compare("part_of", *part_of != old.part_of);
    compare("quality_notes", *quality_notes != old.quality_notes);
    fields
}

/// One figure of one version, keyed by where it is.
struct Figure {
    path: String,
    label: Text,
    unit: Unit,
    value: Option<f64>,
}

/// Every figure of `dataset`; of its projects only those of `projects` (the ones in both versions:
/// an added or removed project is listed as such, with all it holds).
fn figures(dataset: &Dataset, projects: &HashSet<&str>) -> Vec<Figure> {
    let mut all = Vec::new();
    for f in &dataset.key_figures {
        all.push(Figure {
            path: format!("key_figures[{}]", f.id),
            label: f.label.clone(),
            unit: f.unit,
            value: f.value,
        });
        if f.of.is_some() {
            all.push(Figure {
                path: format!("key_figures[{}].of", f.id),
                label: f.label.clone(),
                unit: f.unit,
                value: f.of,
            });
        }
    }
    for i in &dataset.indicators {
        all.push(Figure {
            path: format!("indicators[{}]", i.id),
            label: i.label.clone(),
            unit: i.unit,
            value: i.value,
        });
    }
    for s in &dataset.finance_series {
        for (n, point) in s.points.iter().enumerate() {
            let path = format!("finance_series[{}].points[{n}]", s.id);
            // A series without a unit shows its values as plain numbers.
            all.push(Figure {
                path,
                label: point.label.clone(),
                unit: s.unit.unwrap_or(Unit::Count),
                value: point.value,
            });
        }
    }
    let name = |name: &str| Text { nl: name.to_string(), en: None, de: None, quote: false };
    for p in &dataset.programmes {
        for (n, budget) in p.budgets.iter().enumerate() {
            let value = budget.eur.map(|eur| eur as f64);
            all.push(Figure {
                path: format!("programmes[{}].budgets[{n}]", p.id),
                label: name(&p.name),
                unit: Unit::Eur,
                value,
            });
        }
    }
    // A project's money and results, so that a changed amount shows before and after, not only
    // "changed: funding".
    for p in dataset.projects.iter().filter(|p| projects.contains(p.id.as_str())) {
        for (n, funding) in p.funding.iter().enumerate() {
            let value = funding.eur.map(|eur| eur as f64);
            all.push(Figure {
                path: format!("projects[{}].funding[{n}]", p.id),
                label: name(&p.name),
                unit: Unit::Eur,
                value,
            });
        }
        for (n, result) in p.results.iter().enumerate() {
            let path = format!("projects[{}].results[{n}]", p.id);
            all.push(Figure { path, label: result.label.clone(), unit: result.unit, value: result.value });
        }
    }
    all
}

fn figure_changes(published: &Dataset, candidate: &Dataset) -> Vec<FigureChange> {
    let published_ids: HashSet<&str> = published.projects.iter().map(|p| p.id.as_str()).collect();
    let in_both: HashSet<&str> =
        candidate.projects.iter().map(|p| p.id.as_str()).filter(|id| published_ids.contains(id)).collect();
    let old = figures(published, &in_both);
    let new = figures(candidate, &in_both);
    // By path: a file of 10,000 projects has tens of thousands of figures.
    let old_by_path: HashMap<&str, &Figure> = old.iter().map(|f| (f.path.as_str(), f)).collect();
    let new_paths: HashSet<&str> = new.iter().map(|f| f.path.as_str()).collect();
    let stated = |figure: Option<&Figure>| match figure {
        None => Stated::Absent,
        Some(Figure { value: None, .. }) => Stated::Unknown,
        Some(Figure { value: Some(v), .. }) => Stated::Value(*v),
    };
    let mut changes = Vec::new();
    for figure in &new {
        let before = stated(old_by_path.get(figure.path.as_str()).copied());
        let after = stated(Some(figure));
        if before != after {
            let (path, label, unit) = (figure.path.clone(), figure.label.clone(), figure.unit);
            changes.push(FigureChange { path, label, unit, before, after });
        }
    }
    for figure in old.iter().filter(|o| !new_paths.contains(o.path.as_str())) {
        let (path, label, unit) = (figure.path.clone(), figure.label.clone(), figure.unit);
        changes.push(FigureChange { path, label, unit, before: stated(Some(figure)), after: Stated::Absent });
    }
    changes
}

/// The dataset's other top-level fields whose content differs (every field named, as above).
fn other_lists(published: &Dataset, candidate: &Dataset) -> Vec<String> {
    let Dataset {
        schema_version,
        report,
        sources,
        municipalities,
        organisations,
        programmes,
        action_lines,
        // Listed apart: projects and figures.
        projects: _,
        basisinfrastructuur,
        key_figures: _,
        finance_series: _,
        indicators: _,
    } = candidate;
    // A programme's other fields than its budgets (those are figures).
    let without_budgets = |list: &[super::model::Programme]| {
        list.iter().map(|p| super::model::Programme { budgets: Vec::new(), ..p.clone() }).collect::<Vec<_>>()
    };
    let mut fields = Vec::new();
    let mut compare = |name: &str, differs: bool| {
        if differs {
            fields.push(name.to_string());
        }
    };
    compare("schema_version", *schema_version != published.schema_version);
    compare("report", *report != published.report);
    compare("sources", *sources != published.sources);
    compare("municipalities", *municipalities != published.municipalities);
    compare("organisations", *organisations != published.organisations);
    compare("programmes", without_budgets(programmes) != without_budgets(&published.programmes));
    compare("action_lines", *action_lines != published.action_lines);
    compare("basisinfrastructuur", *basisinfrastructuur != published.basisinfrastructuur);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_dataset_changes_nothing() {
        let dataset = crate::core::bundled_dataset();
        assert!(diff(&dataset, &dataset.clone()).is_empty());
    }

    #[test]
    fn added_removed_and_changed_projects_are_named_with_their_fields() {
        let published = crate::core::bundled_dataset();
        let mut candidate = published.clone();
        let removed = candidate.projects.remove(0);
        let mut added = candidate.projects[0].clone();
        added.id = "nieuw-project".into();
        added.name = "Nieuw project".into();
        candidate.projects.push(added);
        candidate.projects[2].name.push_str(" (nieuw)");
        candidate.projects[2].description.nl = "Andere tekst.".into();
        let changes = diff(&published, &candidate);
        assert_eq!(changes.projects_removed, vec![Named { id: removed.id, name: removed.name }]);
        assert_eq!(changes.projects_added, vec![Named { id: "nieuw-project".into(), name: "Nieuw project".into() }]);
        assert_eq!(changes.projects_changed.len(), 1);
        assert_eq!(changes.projects_changed[0].project.name, candidate.projects[2].name);
        assert_eq!(changes.projects_changed[0].fields, vec!["name".to_string(), "description".to_string()]);
        assert!(changes.figures.is_empty());
    }

    #[test]
    fn a_changed_project_amount_and_result_show_before_and_after_with_the_project_s_name() {
        let published = crate::core::bundled_dataset();
        let mut candidate = published.clone();
        let (i, project) = published.projects.iter().enumerate().find(|(_, p)| !p.funding.is_empty()).unwrap();
        let before = project.funding[0].eur;
        candidate.projects[i].funding[0].eur = Some(before.unwrap_or(0) + 1_500);
        let changes = diff(&published, &candidate);
        let money = changes.figures.iter().find(|f| f.path == format!("projects[{}].funding[0]", project.id)).unwrap();
        assert_eq!(money.label.nl, project.name);
        assert_eq!(money.unit, Unit::Eur);
        assert_eq!(money.before, before.map_or(Stated::Unknown, |eur| Stated::Value(eur as f64)));
        assert_eq!(money.after, Stated::Value((before.unwrap_or(0) + 1_500) as f64));
        assert_eq!(changes.projects_changed[0].fields, ["funding"]);
    }

    #[test]
    fn a_changed_figure_shows_both_numbers_and_a_lost_one_shows_unknown() {
        let published = crate::core::bundled_dataset();
        let mut candidate = published.clone();
        let first = published.key_figures[0].value.expect("the first key figure has a value");
        candidate.key_figures[0].value = Some(first + 1.0);
        let budget = candidate.programmes[0].budgets[0].eur;
        candidate.programmes[0].budgets[0].eur = None;
        candidate.indicators.pop();
        let changes = diff(&published, &candidate);
        let key = &changes.figures[0];
        assert_eq!(key.path, format!("key_figures[{}]", published.key_figures[0].id));
        assert_eq!((key.before, key.after), (Stated::Value(first), Stated::Value(first + 1.0)));
        let lost = changes.figures.iter().find(|f| f.path.starts_with("programmes[")).expect("the budget change");
        assert_eq!(lost.before, budget.map_or(Stated::Unknown, |eur| Stated::Value(eur as f64)));
        assert_eq!(lost.after, Stated::Unknown);
        let gone = changes.figures.iter().find(|f| f.after == Stated::Absent).expect("the removed indicator");
        assert_eq!(gone.path, format!("indicators[{}]", published.indicators.last().unwrap().id));
        assert!(changes.other_lists.is_empty());
        assert!(changes.projects_changed.is_empty());
    }

    #[test]
    fn other_lists_are_named_by_their_field() {
        let published = crate::core::bundled_dataset();
        let mut candidate = published.clone();
        candidate.sources[0].title.push_str(" (2e druk)");
        candidate.programmes[1].short_name.push('!');
        assert_eq!(diff(&published, &candidate).other_lists, vec!["sources".to_string(), "programmes".to_string()]);
    }
}
