//! Problems found in a dataset, each located by a JSON path such as `projects[12].action_lines[0]`.

use std::fmt;

/// One thing wrong with a dataset, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value (`projects[3].name`); empty for the file as a whole.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
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
        /// The JSON parser's words for it.
        detail: String,
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
    /// A value has the wrong type, an unknown enumeration value, or a field the format does not have.
    WrongShape {
        /// What is wrong, in the parser's or the validator's words.
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
        reason: &'static str,
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
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::TooLarge { bytes, limit } => {
                write!(f, "the file is {bytes} bytes; the limit is {limit} bytes")
            }
            ProblemKind::InvalidJson { line, column, detail } => {
                write!(f, "not valid JSON at line {line}, column {column}: {detail}")
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
            ProblemKind::ImplausibleNumber { value, reason } => write!(f, "{value}: {reason}"),
            ProblemKind::NotHttpLink { url } => {
                write!(f, "`{url}` is not an http(s) address")
            }
            ProblemKind::TooLong { chars, max } => {
                write!(f, "the text has {chars} characters; at most {max} are allowed")
            }
            ProblemKind::EmptyText => write!(f, "the text is empty"),
            ProblemKind::EndsBeforeStart => write!(f, "the period ends before it starts"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}
