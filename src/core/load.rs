//! Reading a dataset from JSON text: size and version checks, typed parsing with located errors,
//! then the semantic checks of [`super::validate`]. The app and the `validate` command share it.

use serde::Deserialize;

use super::json_path::{each_value, line_and_column, lines_of, offset_of, path_before};
use super::model::Dataset;
use super::problem::{Expected, Problem, ProblemKind, SyntaxError};
use super::validate::validate;

/// The largest dataset file the app reads, in bytes. Room for about 100,000 projects with
/// descriptions of realistic length; a bigger file
/// would freeze a phone long before it became useful.
pub const MAX_DATASET_BYTES: usize = 64 * 1024 * 1024;

/// The schema major version this app reads; any `1.x` is accepted.
pub const SUPPORTED_SCHEMA_MAJOR: &str = "1";

/// How the supported versions are described to people.
pub const SUPPORTED_SCHEMA_DESCRIPTION: &str = "1.x";

/// The line (from 1) where bytes that were meant as UTF-8 text stop being UTF-8 (a file saved in
/// another encoding, such as Windows-1252).
pub fn not_utf8_line(error: &std::string::FromUtf8Error) -> usize {
    error.as_bytes()[..error.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1
}

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

/// Parses and checks a dataset, keeping the records of a well-formed but invalid one. Every problem
/// carries the line of the file where its value (or its record) starts.
pub fn check_dataset(text: &str) -> Checked {
    check_with(text, |_| Vec::new(), |_, _| ())
}

/// [`check_dataset`] for editors: where values have the wrong type, the first wrong value of every
/// record, not only of the first record (serde stops at the first). Kept apart so that a reader's
/// app, which only needs to know that the file is broken, does not carry the per-record reading.
pub fn check_every_record(text: &str) -> Checked {
    check_with(text, record_problems, locate)
}

/// Parses and checks `text`; `every_record` reads each record on its own when the typed parse fails
/// on a value of the wrong type (empty: report the first only).
fn check_with(text: &str, every_record: fn(&str) -> Vec<Problem>, locate: fn(&str, &mut [Problem])) -> Checked {
    // A byte order mark is allowed (editors on Windows add one); JSON parsers are not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut checked = match parse_and_check(text, every_record) {
        Ok(dataset) => {
            let problems = validate(&dataset);
            Checked { dataset: Some(dataset), problems }
        }
        Err(problems) => Checked { dataset: None, problems },
    };
    locate(text, &mut checked.problems);
    checked
}

/// Gives each problem with a path the line where its value starts (only for a file with problems:
/// finding lines reads the whole text once more).
pub fn locate(text: &str, problems: &mut [Problem]) {
    let missing: Vec<usize> = (0..problems.len()).filter(|&i| problems[i].line.is_none()).collect();
    if missing.is_empty() || text.len() > MAX_DATASET_BYTES {
        return;
    }
    let paths: Vec<&str> = missing.iter().map(|&i| problems[i].path.as_str()).collect();
    let lines = lines_of(text, &paths);
    for (i, line) in missing.into_iter().zip(lines) {
        problems[i].line = line;
    }
}

/// The checks before the semantic ones: size, shape, typed parse, version.
fn parse_and_check(text: &str, every_record: fn(&str) -> Vec<Problem>) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem::at("", ProblemKind::TooLarge { bytes: text.len(), limit: MAX_DATASET_BYTES })]);
    }
    check_is_object(text)?;
    // Parse first and look at the version afterwards: reading the version on its own would parse
    // the whole text twice (a tenth of the load time of a large file). When the typed parse fails,
    // a file of another version gets the version message instead of a shape error.
    let dataset = match serde_json::from_str::<Dataset>(text) {
        Ok(dataset) => dataset,
        Err(error) => {
            check_schema_version(text)?;
            let first = json_problem(text, ("", 0), &error);
            if error.classify() != serde_json::error::Category::Data {
                return Err(vec![first]);
            }
            let mut problems = every_record(text);
            if problems.is_empty() {
                problems.push(first);
            }
            return Err(problems);
        }
    };
    check_version(&dataset.schema_version)?;
    Ok(dataset)
}

/// The first wrong value of every record of the file (each element of each list, and the report),
/// read one record at a time: serde stops at the first wrong value, and an editor wants them all at
/// once.
fn record_problems(text: &str) -> Vec<Problem> {
    use super::model::*;
    /// The problem of the value of type `T` that starts at `offset`, if it has one.
    fn read<'a, T: Deserialize<'a>>(text: &'a str, path: &str, offset: usize) -> Option<Problem> {
        let mut record = serde_json::Deserializer::from_str(&text[offset..]);
        T::deserialize(&mut record).err().map(|error| json_problem(text, (path, offset), &error))
    }
    let mut problems = Vec::new();
    each_value(text, 2, |path, offset| {
        let list = match path.split_once('[') {
            Some((list, index)) if !index.contains(['.', '[']) => list,
            _ if path == "report" => "report",
            _ => return,
        };
        let problem = match list {
            "report" => read::<Report>(text, path, offset),
            "sources" => read::<Source>(text, path, offset),
            "municipalities" => read::<Municipality>(text, path, offset),
            "organisations" => read::<Organisation>(text, path, offset),
            "programmes" => read::<Programme>(text, path, offset),
            "action_lines" => read::<ActionLine>(text, path, offset),
            "projects" => read::<Project>(text, path, offset),
            "basisinfrastructuur" => read::<BasisOrganisation>(text, path, offset),
            "key_figures" => read::<KeyFigure>(text, path, offset),
            "finance_series" => read::<FinanceSeries>(text, path, offset),
            "indicators" => read::<Indicator>(text, path, offset),
            _ => None,
        };
        problems.extend(problem);
    });
    problems
}

/// The file must hold one JSON object; serde would otherwise read a struct from an array by position
/// and report a confusing error.
fn check_is_object(text: &str) -> Result<(), Vec<Problem>> {
    let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let kind = match trimmed.bytes().next() {
        Some(b'{') => return Ok(()),
        None => ProblemKind::Truncated { line: 1, column: 0 },
        Some(_) => ProblemKind::NotAnObject,
    };
    Err(vec![Problem::at("", kind)])
}

/// Reads only `schema_version`, so a file of another major version gets one clear message instead of
/// the shape error its other fields cause.
fn check_schema_version(text: &str) -> Result<(), Vec<Problem>> {
    #[derive(Deserialize)]
    struct Header {
        schema_version: Option<serde_json::Value>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| vec![json_problem(text, ("", 0), &e)])?;
    match header.schema_version {
        None => Err(vec![Problem::at("schema_version", ProblemKind::MissingField { field: "schema_version".into() })]),
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
    vec![Problem::at(
        "schema_version",
        ProblemKind::UnsupportedSchemaVersion { found, supported: SUPPORTED_SCHEMA_DESCRIPTION },
    )]
}

/// Turns a serde_json error in the value at `path` that starts at byte `offset` of `text` (the
/// whole file: `("", 0)`) into a problem in the format's terms. A value of the wrong shape is located
/// by its JSON path (a missing field by the path of the field itself, as a reader looks for the
/// field), its line left to [`locate`]; a syntax error by line and column (the path of broken JSON
/// would be a guess).
fn json_problem(text: &str, (path, offset): (&str, usize), error: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let value = &text[offset..];
    let local = offset_of(value, error.line(), error.column());
    let message = error.to_string();
    // serde_json appends " at line L column C"; the kind carries those separately.
    let detail = message.rsplit_once(" at line ").map(|(head, _)| head.to_string()).unwrap_or(message);
    if error.classify() == Category::Data {
        // The path within the value is read from the value's own text: read from the start of the
        // file for every record, a file with many wrong records would take one pass per record.
        let path = match path_before(value, local) {
            inner if inner.is_empty() => path.to_string(),
            inner if path.is_empty() => inner,
            inner => format!("{path}.{inner}"),
        };
        return match shape_problem(detail) {
            ProblemKind::WrongType { expected, found } if found.parse::<f64>().is_ok() => {
                let found = number_as_written(value, local).map_or(found, str::to_string);
                Problem::at(path, ProblemKind::WrongType { expected, found })
            }
            ProblemKind::MissingField { field } => {
                let path = if path.is_empty() { field.clone() } else { format!("{path}.{field}") };
                Problem::at(path, ProblemKind::MissingField { field })
            }
            kind => Problem::at(path, kind),
        };
    }
    let at = offset + local;
    let (line, column) = line_and_column(text, at.saturating_sub(1));
    let kind = match error.classify() {
        Category::Eof => ProblemKind::Truncated { line, column },
        Category::Syntax if detail.contains("recursion limit") => ProblemKind::TooDeep { line, column },
        _ => ProblemKind::InvalidJson { line, column, error: syntax_error(text, at.saturating_sub(1), detail) },
    };
    // The kind names the line and column itself.
    Problem::at("", kind)
}

/// What a syntax error at byte `at` is, in the terms of the mistakes people make.
fn syntax_error(text: &str, at: usize, detail: String) -> SyntaxError {
    let bytes = text.as_bytes();
    let here = bytes.get(at).copied().unwrap_or(b' ');
    // The two characters before, whitespace skipped.
    let mut before = bytes[..at.min(bytes.len())].iter().rev().copied().filter(|b| !b.is_ascii_whitespace());
    let (previous, second) = (before.next(), before.next());
    let digit = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_digit());
    // `12,5` (read as 12, then a field name 5) and `1.500.000` (1.500, then a stray point).
    if (here.is_ascii_digit() && previous == Some(b',') && digit(second))
        || (matches!(here, b'.' | b',') && digit(previous) && detail.starts_with("expected `,`"))
    {
        return SyntaxError::NumberFormat;
    }
    if matches!(here, b']' | b'}') && previous == Some(b',') {
        return SyntaxError::TrailingComma;
    }
    match detail.as_str() {
        "trailing comma" => SyntaxError::TrailingComma,
        "key must be a string" => SyntaxError::UnquotedKey,
        "expected value" | "expected ident" => SyntaxError::NotAValue,
        "invalid escape" => SyntaxError::BadEscape,
        d if d.starts_with("expected `,` or") => SyntaxError::MissingComma,
        d if d.starts_with("control character") => SyntaxError::ControlCharacter,
        _ => SyntaxError::Other(detail),
    }
}

/// A number as the file writes it (`25.000`, which serde reads as 25.0), where the value just
/// before byte `end` is one.
fn number_as_written(text: &str, end: usize) -> Option<&str> {
    let head = &text[..end.min(text.len())];
    let head = head.trim_end_matches([' ', '\t', '\r', '\n', ',', '}', ']']);
    let (before, c) =
        head.char_indices().rev().find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')))?;
    let start = before + c.len_utf8();
    (start < head.len()).then(|| &head[start..])
}

/// A serde error about a value's shape, in the format's terms (serde speaks of `i64` and `variant`).
fn shape_problem(detail: String) -> ProblemKind {
    /// The names between backticks of serde's "expected one of `a`, `b`" or "expected `a` or `b`".
    fn names(list: &str) -> String {
        list.split('`').skip(1).step_by(2).collect::<Vec<_>>().join(", ")
    }
    fn quoted(text: &str) -> Option<(&str, &str)> {
        let (_, rest) = text.split_once('`')?;
        rest.split_once('`')
    }
    if let Some(rest) = detail.strip_prefix("missing field ") {
        if let Some((field, _)) = quoted(rest) {
            return ProblemKind::MissingField { field: field.to_string() };
        }
    }
    if let Some(rest) = detail.strip_prefix("duplicate field ") {
        if let Some((field, _)) = quoted(rest) {
            return ProblemKind::DuplicateField { field: field.to_string() };
        }
    }
    for (prefix, is_field) in [("unknown field ", true), ("unknown variant ", false)] {
        if let Some((found, rest)) = detail.strip_prefix(prefix).and_then(quoted) {
            let (found, allowed) = (found.to_string(), names(rest));
            return if is_field {
                ProblemKind::UnknownField { field: found, allowed }
            } else {
                ProblemKind::UnknownValue { found, allowed }
            };
        }
    }
    if let Some((found, _)) = detail.strip_prefix("invalid date ").and_then(quoted) {
        return ProblemKind::InvalidDate { found: found.to_string() };
    }
    if let Some((found, expected)) = detail
        .strip_prefix("invalid type: ")
        .or(detail.strip_prefix("invalid value: "))
        .and_then(|r| r.rsplit_once(", expected "))
    {
        let expected = match expected {
            e if ["i64", "u64", "i32", "u32", "u16", "u8", "usize", "integer"].iter().any(|t| e.contains(t)) => {
                Some(Expected::WholeNumber)
            }
            e if e.contains("f64") || e.contains("f32") => Some(Expected::Number),
            e if e.contains("string") => Some(Expected::Text),
            e if e.contains("sequence") => Some(Expected::List),
            e if e.contains("struct") || e.contains("map") => Some(Expected::Record),
            e if e.contains("bool") => Some(Expected::TrueOrFalse),
            _ => None,
        };
        let found = match found {
            "map" => "{…}".to_string(),
            "sequence" => "[…]".to_string(),
            "unit value" => "null".to_string(),
            f => match (quoted(f), f.strip_prefix("string ")) {
                (_, Some(text)) => text.to_string(),
                (Some((value, _)), None) => value.to_string(),
                (None, None) => f.to_string(),
            },
        };
        if let Some(expected) = expected {
            return ProblemKind::WrongType { expected, found };
        }
    }
    ProblemKind::WrongShape { detail }
}
