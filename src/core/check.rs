//! Checking a new version of the dataset before it is published: the validator's problems grouped
//! by the record they are in, each record named as a person knows it ("projects[3]: TalentIT").
//! The page "Gegevens controleren" and the `validate` command report the same problems; this
//! module only arranges them.

use super::model::Dataset;
use super::problem::Problem;
use super::text::Lang;

/// The problems of one record (a project, a source, …), or of the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordProblems {
    /// The record's JSON path (`projects[3]`, `schema_version`); empty for the whole file.
    pub record: String,
    /// The record's name, when the file could be read far enough to know it.
    pub name: Option<String>,
    /// Its problems, in the order the validator found them.
    pub problems: Vec<Problem>,
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
            None => groups.push(RecordProblems {
                record: record.to_string(),
                name: dataset.and_then(|d| record_name(d, record, lang)),
                problems: vec![problem.clone()],
            }),
        }
    }
    groups
}

/// The name of the record at `record` (`projects[3]`) in `dataset`, when it has one.
pub fn record_name(dataset: &Dataset, record: &str, lang: Lang) -> Option<String> {
    let (list, rest) = record.split_once('[')?;
    let index: usize = rest.strip_suffix(']')?.parse().ok()?;
    let name = match list {
        "projects" => dataset.projects.get(index)?.name.clone(),
        "sources" => dataset.sources.get(index)?.title.clone(),
        "municipalities" => dataset.municipalities.get(index)?.name.clone(),
        "organisations" => dataset.organisations.get(index)?.name.clone(),
        "programmes" => dataset.programmes.get(index)?.name.clone(),
        "action_lines" => dataset.action_lines.get(index)?.name.get(lang).text.to_string(),
        "basisinfrastructuur" => dataset.basisinfrastructuur.get(index)?.name.clone(),
        "key_figures" => dataset.key_figures.get(index)?.label.get(lang).text.to_string(),
        "finance_series" => dataset.finance_series.get(index)?.title.get(lang).text.to_string(),
        "indicators" => dataset.indicators.get(index)?.label.get(lang).text.to_string(),
        _ => return None,
    };
    (!name.trim().is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::check_dataset;
    use crate::core::problem::ProblemKind;

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
        let checked = check_dataset(&text);
        assert!(checked.dataset.is_some(), "a well-formed file keeps its records");
        let groups = group_by_record(&checked.problems, checked.dataset.as_ref(), Lang::Nl);
        let project_1 = groups.iter().find(|g| g.record == "projects[1]").expect("projects[1] has a problem");
        assert_eq!(project_1.name.as_deref(), Some(dataset.projects[1].name.as_str()));
        let project_3 = groups.iter().find(|g| g.record == "projects[3]").expect("projects[3] has problems");
        // Its name is the empty string that is one of its problems: no name to show.
        assert_eq!(project_3.name, None);
        assert!(project_3.problems.len() >= 2, "the empty name and the javascript: link");
        assert!(project_3.problems.iter().all(|p| p.path.starts_with("projects[3]")));
        assert_eq!(groups.iter().map(|g| g.problems.len()).sum::<usize>(), checked.problems.len());
    }

    #[test]
    fn a_file_that_is_not_a_dataset_has_one_whole_file_group_and_no_names() {
        let checked = check_dataset("[1, 2]");
        assert!(checked.dataset.is_none());
        let groups = group_by_record(&checked.problems, None, Lang::En);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].record, "");
        assert!(matches!(groups[0].problems[0].kind, ProblemKind::WrongShape { .. }));
    }
}
