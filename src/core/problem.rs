//! Problems found in a dataset, each located by a JSON path such as `projects[12].action_lines[0]`.

use std::fmt;

/// One thing wrong with a dataset, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value (`projects[3].name`); empty for the file as a whole.
    pub path: String,
    /// The line of the file where that value (or, for a missing field, its record) starts, from 1;
    /// `None` where the file has no such place (a check of the records rather than of a text).
    pub line: Option<usize>,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at `path`, its line not yet known.
    pub fn at(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem { path: path.into(), line: None, kind }
    }
}

/// What a value should have been, in the terms of the format (not of the parser's Rust types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A whole number: euros without cents, a count, a year.
    WholeNumber,
    /// A number, with a decimal point if need be.
    Number,
    /// A text in double quotes.
    Text,
    /// A list in square brackets.
    List,
    /// A record in curly braces.
    Record,
    /// `true` or `false`.
    TrueOrFalse,
}

/// Why a number cannot be a real figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Implausible {
    /// Infinite or not a number.
    NotFinite,
    /// Below zero, where only a difference may be.
    Negative,
    /// A percentage over 100.
    PercentOver100,
    /// Money with cents: amounts are whole euros.
    Cents,
}

/// What is wrong with a text that is not JSON, as far as the place of the error tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    /// `12,5` or `1.500.000`: a decimal comma, or a separator of thousands, in a number.
    NumberFormat,
    /// A comma before a closing `}` or `]`.
    TrailingComma,
    /// Two values or fields without a comma between them.
    MissingComma,
    /// A field name without double quotes (or in single quotes).
    UnquotedKey,
    /// A value that is not a number, text, list, record, `true`, `false` or `null` (a word without
    /// quotes, a text in single quotes).
    NotAValue,
    /// A line break or tab inside a text.
    ControlCharacter,
    /// A backslash that starts no valid escape.
    BadEscape,
    /// Anything else, in the parser's words.
    Other(String),
}

/// What is wrong with a value. The app turns each variant into a sentence in the reader's language;
/// `Display` gives the English one for the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is bigger than the app will read.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The most the app reads, in bytes.
        limit: usize,
    },
    /// The text is not JSON (a syntax error at a line and column).
    InvalidJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// What is wrong there.
        error: SyntaxError,
    },
    /// The file is not UTF-8 text (saved in another encoding, such as Windows-1252).
    NotUtf8 {
        /// The line of the first byte that is not UTF-8.
        line: usize,
    },
    /// The text ends before the JSON does (a cut-off download, say).
    Truncated {
        /// Line where the text ends.
        line: usize,
        /// Column where the text ends.
        column: usize,
    },
    /// The JSON nests deeper than any dataset does.
    TooDeep {
        /// Line where the nesting gets too deep.
        line: usize,
        /// Column there.
        column: usize,
    },
    /// A required field is absent.
    MissingField {
        /// The field's name.
        field: String,
    },
    /// A value of the wrong type: a text where a number belongs, a number with cents, ...
    WrongType {
        /// What belongs there.
        expected: Expected,
        /// The value as written (texts in quotes; `{…}` for a record, `[…]` for a list).
        found: String,
    },
    /// A value that is not one of the values a field allows (a status, a unit, ...).
    UnknownValue {
        /// The value as written.
        found: String,
        /// The values allowed, comma-separated.
        allowed: String,
    },
    /// A field the record does not have (a typo, or a field of another kind of record).
    UnknownField {
        /// The field as written.
        field: String,
        /// The fields the record has, comma-separated.
        allowed: String,
    },
    /// A field written twice in one record.
    DuplicateField {
        /// The field.
        field: String,
    },
    /// A date not written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    InvalidDate {
        /// The date as written.
        found: String,
    },
    /// A record that names itself where another is meant (`part_of`, `follows`).
    RefersToItself,
    /// The file holds something other than one JSON object (a list, a number).
    NotAnObject,
    /// Any other shape error, in the parser's words.
    WrongShape {
        /// What is wrong, in the parser's words.
        detail: String,
    },
    /// The file declares a schema version this app does not read.
    UnsupportedSchemaVersion {
        /// The version the file declares.
        found: String,
        /// The versions this app reads.
        supported: &'static str,
    },
    /// Two records of one collection share an id.
    DuplicateId {
        /// The shared id.
        id: String,
        /// The path of the first record with it.
        first: String,
    },
    /// An id refers to a record that does not exist.
    UnknownReference {
        /// The id referred to.
        id: String,
        /// The collection it should be in (`sources`).
        collection: &'static str,
    },
    /// An id is not a lowercase slug (`a-z`, `0-9`, `-`).
    InvalidId {
        /// The id as written.
        id: String,
    },
    /// A money amount below zero.
    NegativeMoney {
        /// The amount in euros.
        eur: i64,
    },
    /// A number that cannot be a real figure (negative count, percentage over 100, ...).
    ImplausibleNumber {
        /// The number as written.
        value: String,
        /// Why it cannot be real.
        reason: Implausible,
    },
    /// A link that is not an absolute http(s) address.
    NotHttpLink {
        /// The address as written.
        url: String,
    },
    /// A text longer than the format allows.
    TooLong {
        /// Its length in characters.
        chars: usize,
        /// The longest allowed.
        max: usize,
    },
    /// A required text is empty.
    EmptyText,
    /// A period ends before it starts.
    EndsBeforeStart,
    /// Publishing only: a Dutch text without its English or German translation.
    MissingTranslation {
        /// The language that is missing (`en`, `de`).
        lang: &'static str,
    },
    /// Publishing only: a source that no record cites.
    UncitedSource,
    /// Publishing only: an e-mail address (the dataset names roles and organisations, no people).
    EmailAddress,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::TooLarge { bytes, limit } => {
                write!(f, "the file is {bytes} bytes; the limit is {limit} bytes")
            }
            ProblemKind::InvalidJson { line, column, error } => {
                write!(f, "not valid JSON at line {line}, column {column}: ")?;
                match error {
                    SyntaxError::NumberFormat => {
                        write!(f, "a number with a decimal comma or thousands separators; write 12.5 or 1500000")
                    }
                    SyntaxError::TrailingComma => write!(f, "a comma before a closing bracket"),
                    SyntaxError::MissingComma => write!(f, "a comma is missing"),
                    SyntaxError::UnquotedKey => write!(f, "a field name needs double quotes"),
                    SyntaxError::NotAValue => write!(f, "not a value (texts need double quotes)"),
                    SyntaxError::ControlCharacter => write!(f, "a line break or tab inside a text"),
                    SyntaxError::BadEscape => write!(f, "a backslash that starts no escape"),
                    SyntaxError::Other(detail) => write!(f, "{detail}"),
                }
            }
            ProblemKind::NotUtf8 { line } => {
                write!(f, "not UTF-8 text from line {line}; save the file as UTF-8")
            }
            ProblemKind::Truncated { line, column } => {
                write!(f, "the file ends too early (line {line}, column {column}); was it cut off?")
            }
            ProblemKind::TooDeep { line, column } => {
                write!(f, "the JSON nests too deeply (line {line}, column {column})")
            }
            ProblemKind::MissingField { field } => {
                write!(f, "the required field `{field}` is missing")
            }
            ProblemKind::WrongType { expected, found } => {
                let expected = match expected {
                    Expected::WholeNumber => "a whole number (euros without cents)",
                    Expected::Number => "a number with a decimal point",
                    Expected::Text => "a text in double quotes",
                    Expected::List => "a list [ ... ]",
                    Expected::Record => "a record { ... }",
                    Expected::TrueOrFalse => "true or false",
                };
                write!(f, "expected {expected}, found {found}")
            }
            ProblemKind::UnknownValue { found, allowed } => {
                write!(f, "`{found}` is not allowed here; allowed: {allowed}")
            }
            ProblemKind::UnknownField { field, allowed } => {
                write!(f, "the field `{field}` does not exist here; fields: {allowed}")
            }
            ProblemKind::DuplicateField { field } => write!(f, "the field `{field}` is written twice"),
            ProblemKind::InvalidDate { found } => {
                write!(f, "`{found}` is not a date written as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            ProblemKind::RefersToItself => write!(f, "a record cannot refer to itself here"),
            ProblemKind::NotAnObject => write!(f, "the file must hold one JSON object {{ ... }}"),
            ProblemKind::WrongShape { detail } => write!(f, "{detail}"),
            ProblemKind::UnsupportedSchemaVersion { found, supported } => {
                write!(f, "schema version `{found}` is not supported (this app reads {supported})")
            }
            ProblemKind::DuplicateId { id, first } => {
                write!(f, "the id `{id}` is used twice (first at {first})")
            }
            ProblemKind::UnknownReference { id, collection } => {
                write!(f, "`{id}` is not the id of any record in `{collection}`")
            }
            ProblemKind::InvalidId { id } => {
                write!(f, "`{id}` is not a valid id (lowercase letters, digits and `-` only)")
            }
            ProblemKind::NegativeMoney { eur } => write!(f, "money cannot be negative ({eur})"),
            ProblemKind::ImplausibleNumber { value, reason } => {
                let reason = match reason {
                    Implausible::NotFinite => "not a finite number",
                    Implausible::Negative => "cannot be negative",
                    Implausible::PercentOver100 => "a percentage cannot exceed 100",
                    Implausible::Cents => "money is whole euros",
                };
                write!(f, "{value}: {reason}")
            }
            ProblemKind::NotHttpLink { url } => {
                write!(f, "`{url}` is not an http(s) address")
            }
            ProblemKind::TooLong { chars, max } => {
                write!(f, "the text has {chars} characters; at most {max} are allowed")
            }
            ProblemKind::EmptyText => write!(f, "the text is empty"),
            ProblemKind::EndsBeforeStart => write!(f, "the period ends before it starts"),
            ProblemKind::MissingTranslation { lang } => write!(f, "the translation `{lang}` is missing"),
            ProblemKind::UncitedSource => write!(f, "no record cites this source"),
            ProblemKind::EmailAddress => write!(f, "an e-mail address; name a role or organisation instead"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}
