//! Reading a dataset from JSON text: size and version checks, typed parsing with located errors,
//! then the semantic checks of [`super::validate`]. The app and the `validate` command share it.

use serde::Deserialize;

use super::json_path::path_at;
use super::model::Dataset;
use super::problem::{Problem, ProblemKind};
use super::validate::validate;

/// The largest dataset file the app reads, in bytes. Room for about 100,000 projects with
/// descriptions of realistic length; a bigger file
/// would freeze a phone long before it became useful.
pub const MAX_DATASET_BYTES: usize = 64 * 1024 * 1024;

/// The schema major version this app reads; any `1.x` is accepted.
pub const SUPPORTED_SCHEMA_MAJOR: &str = "1";

/// How the supported versions are described to people.
pub const SUPPORTED_SCHEMA_DESCRIPTION: &str = "1.x";

/// Parses and checks a dataset. On failure returns every problem found, each with its JSON path.
pub fn load_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    let checked = check_dataset(text);
    match checked.dataset {
        Some(dataset) if checked.problems.is_empty() => Ok(dataset),
        _ => Err(checked.problems),
    }
}

/// What checking a dataset found: every problem, and the records as far as they could be read
/// (so a report can name the record of a problem: "projects[3], TalentIT").
#[derive(Debug)]
pub struct Checked {
    /// The typed records, when the file has the shape of a dataset (even with problems).
    pub dataset: Option<Dataset>,
    /// Every problem found, each with its JSON path; empty for a valid dataset.
    pub problems: Vec<Problem>,
}

/// Parses and checks a dataset, keeping the records of a well-formed but invalid one.
pub fn check_dataset(text: &str) -> Checked {
    match parse_and_check(text) {
        Ok(dataset) => {
            let problems = validate(&dataset);
            Checked { dataset: Some(dataset), problems }
        }
        Err(problems) => Checked { dataset: None, problems },
    }
}

/// The checks before the semantic ones: size, shape, typed parse, version.
fn parse_and_check(text: &str) -> Result<Dataset, Vec<Problem>> {
    // A byte order mark is allowed (editors on Windows add one); JSON parsers are not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem {
            path: String::new(),
            kind: ProblemKind::TooLarge { bytes: text.len(), limit: MAX_DATASET_BYTES },
        }]);
    }
    check_is_object(text)?;
    // Parse first and look at the version afterwards: reading the version on its own would parse
    // the whole text twice (a tenth of the load time of a large file). When the typed parse fails,
    // a file of another version gets the version message instead of a shape error.
    let dataset = match parse_typed(text) {
        Ok(dataset) => dataset,
        Err(problem) => {
            check_schema_version(text)?;
            return Err(vec![problem]);
        }
    };
    check_version(&dataset.schema_version)?;
    Ok(dataset)
}

/// The file must hold one JSON object; serde would otherwise read a struct from an array by position
/// and report a confusing error.
fn check_is_object(text: &str) -> Result<(), Vec<Problem>> {
    let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let kind = match trimmed.bytes().next() {
        Some(b'{') => return Ok(()),
        None => ProblemKind::Truncated { line: 1, column: 0 },
        Some(_) => ProblemKind::WrongShape { detail: "the file must hold one JSON object".into() },
    };
    Err(vec![Problem { path: String::new(), kind }])
}

/// Reads only `schema_version`, so a file of another major version gets one clear message instead of
/// the shape error its other fields cause.
fn check_schema_version(text: &str) -> Result<(), Vec<Problem>> {
    #[derive(Deserialize)]
    struct Header {
        schema_version: Option<serde_json::Value>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| vec![json_problem(String::new(), &e)])?;
    let path = "schema_version".to_string();
    match header.schema_version {
        None => Err(vec![Problem { path, kind: ProblemKind::MissingField { field: "schema_version".into() } }]),
        Some(serde_json::Value::String(version)) => check_version(&version),
        Some(other) => Err(unsupported(other.to_string())),
    }
}

/// A version this app reads is of the supported major version (any `1.x`).
fn check_version(version: &str) -> Result<(), Vec<Problem>> {
    if version.split('.').next() == Some(SUPPORTED_SCHEMA_MAJOR) {
        Ok(())
    } else {
        Err(unsupported(version.to_string()))
    }
}

fn unsupported(found: String) -> Vec<Problem> {
    vec![Problem {
        path: "schema_version".to_string(),
        kind: ProblemKind::UnsupportedSchemaVersion { found, supported: SUPPORTED_SCHEMA_DESCRIPTION },
    }]
}

/// Parses the typed records. A value of the wrong shape is located by its JSON path; a syntax error
/// only by line and column (the path of broken JSON would be a guess).
fn parse_typed(text: &str) -> Result<Dataset, Problem> {
    serde_json::from_str(text).map_err(|error| {
        let path = match error.classify() {
            serde_json::error::Category::Data => path_at(text, error.line(), error.column()),
            _ => String::new(),
        };
        json_problem(path, &error)
    })
}

/// Turns a serde_json error into a problem, naming a missing field in the path itself
/// (`projects[3].name` rather than `projects[3]`), as a reader looks for the field.
fn json_problem(path: String, error: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let (line, column) = (error.line(), error.column());
    let message = error.to_string();
    // serde_json appends " at line L column C"; the kind carries those separately.
    let detail = message.rsplit_once(" at line ").map(|(head, _)| head.to_string()).unwrap_or(message);
    let kind = match error.classify() {
        Category::Eof => ProblemKind::Truncated { line, column },
        Category::Syntax if detail.contains("recursion limit") => ProblemKind::TooDeep { line, column },
        Category::Syntax | Category::Io => ProblemKind::InvalidJson { line, column, detail },
        Category::Data => {
            if let Some(field) = missing_field_name(&detail) {
                let path = if path.is_empty() { field.clone() } else { format!("{path}.{field}") };
                return Problem { path, kind: ProblemKind::MissingField { field } };
            }
            ProblemKind::WrongShape { detail }
        }
    };
    Problem { path, kind }
}

fn missing_field_name(detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("missing field `")?;
    rest.strip_suffix('`').map(str::to_string)
}
