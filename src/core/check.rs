//! Checking a new version of the dataset before it is published: the validator's problems grouped
//! by the record they are in, each record named as a person knows it ("projects[3]: TalentIT"), or
//! what a valid file changes. The page "Gegevens controleren" and the `validate` command report the
//! same problems; this module only arranges them, into a report that is serializable so the check can
//! run in a Web Worker and send it to the page. The report is generic over how a problem is given:
//! as the validator's [`Problem`], or, on its way to the page, in the reader's words (the app's
//! translations run in the worker, so the page decodes text, not every kind of problem).

use serde::{Deserialize, Serialize};

use super::diff::{diff, ChangedProject, DatasetDiff, FigureChange, Named};
use super::load::MAX_DATASET_BYTES;
use super::model::Dataset;
use super::problem::{Problem, ProblemKind};
use super::publish::check_publishable;
use super::text::Lang;

/// How many items of each list a report keeps; the rest is counted ("and 99,800 more"), so a file
/// with every record changed sends and renders a short report.
pub const SHOWN: usize = 200;

/// The first [`SHOWN`] items of a list, and how many it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shown<T> {
    /// The first items, in the list's order.
    pub items: Vec<T>,
    /// How many the whole list has.
    pub total: usize,
}

impl<T> Shown<T> {
    /// The first items of `all`.
    pub fn first(mut all: Vec<T>) -> Self {
        let total = all.len();
        all.truncate(SHOWN);
        Shown { items: all, total }
    }

    /// How many items are counted but not kept.
    pub fn more(&self) -> usize {
        self.total - self.items.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

/// What a valid file changes compared with the published data, as the page lists it
/// ([`DatasetDiff`] with each list cut to its first items).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeList {
    /// Projects only the new version has.
    pub projects_added: Shown<Named>,
    /// Projects only the published version has.
    pub projects_removed: Shown<Named>,
    /// Projects in both whose content differs.
    pub projects_changed: Shown<ChangedProject>,
    /// Figures whose number differs.
    pub figures: Shown<FigureChange>,
    /// Other lists whose content differs, by their field name.
    pub other_lists: Vec<String>,
}

impl From<DatasetDiff> for ChangeList {
    fn from(diff: DatasetDiff) -> Self {
        ChangeList {
            projects_added: Shown::first(diff.projects_added),
            projects_removed: Shown::first(diff.projects_removed),
            projects_changed: Shown::first(diff.projects_changed),
            figures: Shown::first(diff.figures),
            other_lists: diff.other_lists,
        }
    }
}

impl ChangeList {
    /// Whether the new version is the same as the published one.
    pub fn is_empty(&self) -> bool {
        self.projects_added.is_empty()
            && self.projects_removed.is_empty()
            && self.projects_changed.is_empty()
            && self.figures.is_empty()
            && self.other_lists.is_empty()
    }
}

/// What the check of a file found, each problem given as a `P`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CheckReport<P = Problem> {
    /// The file could not be read.
    NotText,
    /// Not a valid dataset: its problems per record (the first records), and how many problems in all.
    Invalid {
        /// The problems, per record.
        records: Shown<RecordProblems<P>>,
        /// How many problems the file has.
        problems: usize,
    },
    /// A valid dataset: how much it holds, what it changes, and what stands between it and
    /// publication (the rules of [`super::publish`]; publishable when there is nothing).
    Valid {
        /// Its number of projects.
        projects: usize,
        /// Its number of sources.
        sources: usize,
        /// What it changes; `None` when the published data is not at hand to compare with.
        changes: Option<ChangeList>,
        /// Where it breaks a rule of publication, per record.
        warnings: Shown<RecordProblems<P>>,
    },
}

impl CheckReport {
    /// The report on a file too large to read, from its size alone.
    pub fn too_large(bytes: usize) -> Self {
        let problem = Problem::at("", ProblemKind::TooLarge { bytes, limit: MAX_DATASET_BYTES });
        Self::invalid(&[problem], None, Lang::default())
    }

    fn invalid(problems: &[Problem], dataset: Option<&Dataset>, lang: Lang) -> Self {
        CheckReport::Invalid {
            records: Shown::first(group_by_record(problems, dataset, lang)),
            problems: problems.len(),
        }
    }

    /// Whether the file may be published as it is.
    pub fn is_publishable(&self) -> bool {
        matches!(self, CheckReport::Valid { warnings, .. } if warnings.is_empty())
    }

    /// The same report with each problem given by `give` (in the reader's words, say).
    pub fn map_problems<Q>(self, mut give: impl FnMut(Problem) -> Q) -> CheckReport<Q> {
        let mut give_all = |records: Shown<RecordProblems>| {
            let items = records
                .items
                .into_iter()
                .map(|r| RecordProblems {
                    record: r.record,
                    id: r.id,
                    name: r.name,
                    problems: r.problems.into_iter().map(&mut give).collect(),
                })
                .collect();
            Shown { items, total: records.total }
        };
        match self {
            CheckReport::NotText => CheckReport::NotText,
            CheckReport::Invalid { records, problems } => CheckReport::Invalid { records: give_all(records), problems },
            CheckReport::Valid { projects, sources, changes, warnings } => {
                CheckReport::Valid { projects, sources, changes, warnings: give_all(warnings) }
            }
        }
    }
}

/// Where the check of a file is: what the Web Worker that runs it tells the page, as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CheckProgress<P> {
    /// Reading the file: how much of it, in percent.
    Reading {
        /// Percent read.
        percent: u32,
    },
    /// Read; parsing and checking it.
    Checking,
    /// Done.
    Done(CheckReport<P>),
}

/// Checks the bytes of a file for publication (the same code as `cargo run --bin validate`), names
/// the records of its problems in `lang`, and compares a valid one with `published`.
pub fn check_file(bytes: Vec<u8>, published: Option<&Dataset>, lang: Lang) -> CheckReport {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let line = super::load::not_utf8_line(&error);
            return CheckReport::invalid(&[Problem::at("", ProblemKind::NotUtf8 { line })], None, lang);
        }
    };
    let checked = check_publishable(&text);
    drop(text);
    match checked.checked.dataset {
        Some(dataset) if checked.checked.problems.is_empty() => CheckReport::Valid {
            projects: dataset.projects.len(),
            sources: dataset.sources.len(),
            changes: published.map(|published| diff(published, &dataset).into()),
            warnings: Shown::first(group_by_record(&checked.warnings, Some(&dataset), lang)),
        },
        dataset => CheckReport::invalid(&checked.checked.problems, dataset.as_ref(), lang),
    }
}

/// The problems of one record (a project, a source, …), or of the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordProblems<P = Problem> {
    /// The record's JSON path (`projects[3]`, `schema_version`); empty for the whole file.
    pub record: String,
    /// The record's id, when the file could be read far enough to know it.
    pub id: Option<String>,
    /// The record's name, when the file could be read far enough to know it.
    pub name: Option<String>,
    /// Its problems, in the order the validator found them.
    pub problems: Vec<P>,
}

/// The record a JSON path is in: the first element of a list (`projects[3]` of
/// `projects[3].funding[0].source`), else the top-level field (`schema_version`, `report`).
pub fn record_of(path: &str) -> &str {
    let field_end = path.find(['.', '[']).unwrap_or(path.len());
    if path[field_end..].starts_with('[') {
        if let Some(close) = path[field_end..].find(']') {
            return &path[..field_end + close + 1];
        }
    }
    &path[..field_end]
}

/// Groups `problems` by record, in the order each record first appears, naming the records of
/// `dataset` (the file's own records, when it could be read) in `lang`.
pub fn group_by_record(problems: &[Problem], dataset: Option<&Dataset>, lang: Lang) -> Vec<RecordProblems> {
    let mut groups: Vec<RecordProblems> = Vec::new();
    for problem in problems {
        let record = record_of(&problem.path);
        match groups.iter_mut().find(|g| g.record == record) {
            Some(group) => group.problems.push(problem.clone()),
            None => {
                let (id, name) = dataset.and_then(|d| record_name(d, record, lang)).unzip();
                groups.push(RecordProblems {
                    record: record.to_string(),
                    id,
                    name: name.flatten(),
                    problems: vec![problem.clone()],
                })
            }
        }
    }
    groups
}

/// The id and the name (when it has one) of the record at `record` (`projects[3]`) in `dataset`.
pub fn record_name(dataset: &Dataset, record: &str, lang: Lang) -> Option<(String, Option<String>)> {
    let (list, rest) = record.split_once('[')?;
    let index: usize = rest.strip_suffix(']')?.parse().ok()?;
    let (id, name) = match list {
        "projects" => dataset.projects.get(index).map(|r| (&r.id, r.name.clone()))?,
        "sources" => dataset.sources.get(index).map(|r| (&r.id, r.title.clone()))?,
        "municipalities" => dataset.municipalities.get(index).map(|r| (&r.id, r.name.clone()))?,
        "organisations" => dataset.organisations.get(index).map(|r| (&r.id, r.name.clone()))?,
        "programmes" => dataset.programmes.get(index).map(|r| (&r.id, r.name.clone()))?,
        "action_lines" => dataset.action_lines.get(index).map(|r| (&r.id, r.name.get(lang).text.to_string()))?,
        "basisinfrastructuur" => dataset.basisinfrastructuur.get(index).map(|r| (&r.id, r.name.clone()))?,
        "key_figures" => dataset.key_figures.get(index).map(|r| (&r.id, r.label.get(lang).text.to_string()))?,
        "finance_series" => dataset.finance_series.get(index).map(|r| (&r.id, r.title.get(lang).text.to_string()))?,
        "indicators" => dataset.indicators.get(index).map(|r| (&r.id, r.label.get(lang).text.to_string()))?,
        _ => return None,
    };
    Some((id.clone(), (!name.trim().is_empty()).then_some(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_in_the_record_of_its_first_list_element() {
        assert_eq!(record_of("projects[3].funding[0].source"), "projects[3]");
        assert_eq!(record_of("projects[12]"), "projects[12]");
        assert_eq!(record_of("schema_version"), "schema_version");
        assert_eq!(record_of("report.title.nl"), "report");
        assert_eq!(record_of(""), "");
        // A path cut off inside its index stays the field.
        assert_eq!(record_of("projects[3"), "projects");
    }

    #[test]
    fn problems_are_grouped_per_record_and_named_from_the_file() {
        let mut dataset = crate::core::bundled_dataset();
        let link =
            |url: &str| crate::core::model::Link { url: url.into(), title: dataset.projects[0].description.clone() };
        let (bad_scheme, ftp) = (link("javascript:alert(1)"), link("ftp://example.org"));
        dataset.projects[1].links.push(ftp);
        dataset.projects[3].name = String::new();
        dataset.projects[3].links.push(bad_scheme);
        let text = serde_json::to_string(&dataset).unwrap();
        let checked = crate::core::load::check_dataset(&text);
        assert!(checked.dataset.is_some(), "a well-formed file keeps its records");
        let groups = group_by_record(&checked.problems, checked.dataset.as_ref(), Lang::Nl);
        let project_1 = groups.iter().find(|g| g.record == "projects[1]").expect("projects[1] has a problem");
        assert_eq!(project_1.name.as_deref(), Some(dataset.projects[1].name.as_str()));
        assert_eq!(project_1.id.as_deref(), Some(dataset.projects[1].id.as_str()));
        let project_3 = groups.iter().find(|g| g.record == "projects[3]").expect("projects[3] has problems");
        // Its name is the empty string that is one of its problems: no name to show.
        assert_eq!(project_3.name, None);
        assert!(project_3.problems.len() >= 2, "the empty name and the javascript: link");
        assert!(project_3.problems.iter().all(|p| p.path.starts_with("projects[3]")));
        assert_eq!(groups.iter().map(|g| g.problems.len()).sum::<usize>(), checked.problems.len());
    }

    #[test]
    fn a_file_that_is_not_a_dataset_has_one_whole_file_group_and_no_names() {
        let checked = crate::core::load::check_dataset("[1, 2]");
        assert!(checked.dataset.is_none());
        let groups = group_by_record(&checked.problems, None, Lang::En);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].record, "");
        assert!(matches!(groups[0].problems[0].kind, ProblemKind::NotAnObject));
    }

    #[test]
    fn a_valid_file_reports_its_size_and_its_changes_with_long_lists_cut_and_counted() {
        let published = crate::core::bundled_dataset();
        let mut candidate = published.clone();
        candidate.projects[0].name.push_str(" (nieuw)");
        let extra = candidate.projects[1].clone();
        for i in 0..SHOWN + 5 {
            let mut project = extra.clone();
            project.id = format!("extra-{i}");
            candidate.projects.push(project);
        }
        let bytes = serde_json::to_vec(&candidate).unwrap();
        let CheckReport::Valid { projects, sources, changes, .. } = check_file(bytes, Some(&published), Lang::Nl)
        else {
            panic!("the changed dataset is valid")
        };
        assert_eq!((projects, sources), (candidate.projects.len(), candidate.sources.len()));
        let changes = changes.expect("compared with the published data");
        assert_eq!(changes.projects_added.total, SHOWN + 5);
        assert_eq!(changes.projects_added.items.len(), SHOWN);
        assert_eq!(changes.projects_added.more(), 5);
        assert_eq!(changes.projects_changed.items[0].project.id, published.projects[0].id);
        assert!(!changes.is_empty());
    }

    #[test]
    fn the_same_file_changes_nothing_and_without_the_published_data_nothing_is_compared() {
        let published = crate::core::bundled_dataset();
        let bytes = serde_json::to_vec(&published).unwrap();
        let CheckReport::Valid { changes, .. } = check_file(bytes.clone(), Some(&published), Lang::En) else {
            panic!()
        };
        assert!(changes.expect("compared").is_empty());
        assert!(matches!(check_file(bytes, None, Lang::En), CheckReport::Valid { changes: None, .. }));
    }

    #[test]
    fn an_invalid_file_reports_its_problems_per_record_and_their_number() {
        let mut dataset = crate::core::bundled_dataset();
        dataset.projects[2].name = String::new();
        dataset.projects[4].name = String::new();
        let report = check_file(serde_json::to_vec(&dataset).unwrap(), None, Lang::De);
        let CheckReport::Invalid { records, problems } = report else { panic!("two empty names") };
        assert_eq!(problems, 2);
        let paths: Vec<&str> = records.items.iter().map(|r| r.record.as_str()).collect();
        assert_eq!(paths, ["projects[2]", "projects[4]"]);
    }

    #[test]
    fn bytes_that_are_not_text_and_a_file_too_large_are_named_as_such() {
        let CheckReport::Invalid { records, .. } = check_file(b"{\n\n\xff}".to_vec(), None, Lang::Nl) else {
            panic!("not UTF-8")
        };
        assert_eq!(records.items[0].problems[0].kind, ProblemKind::NotUtf8 { line: 3 });
        let CheckReport::Invalid { records, problems: 1 } = CheckReport::too_large(MAX_DATASET_BYTES + 1) else {
            panic!("one problem")
        };
        assert!(matches!(records.items[0].problems[0].kind, ProblemKind::TooLarge { .. }));
    }

    #[test]
    fn what_the_worker_sends_is_what_the_page_reads() {
        let published = crate::core::bundled_dataset();
        let mut changed = published.clone();
        changed.projects.remove(3);
        changed.key_figures[0].value = None;
        let mut broken = changed.clone();
        let title = broken.projects[0].description.clone();
        broken.projects[0].links.push(crate::core::model::Link { url: "ftp://example.org".into(), title });
        for dataset in [changed, broken, published.clone()] {
            let report = check_file(serde_json::to_vec(&dataset).unwrap(), Some(&published), Lang::Nl);
            let message = CheckProgress::Done(report.map_problems(|problem| problem.to_string()));
            let sent = serde_json::to_string(&message).unwrap();
            assert_eq!(serde_json::from_str::<CheckProgress<String>>(&sent).unwrap(), message);
        }
    }
}
