//! Dates as precise as the sources give them: a year, a month or a day.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A date known to the year, the month or the day, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Ordering compares the earliest day each value can mean, so `2019` sorts before `2019-03`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// Year, e.g. 2019.
    pub year: u16,
    /// Month 1-12, when known.
    pub month: Option<u8>,
    /// Day 1-31, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else or an impossible day.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(parse_digits(d, 2)?),
            None => None,
        };
        if parts.next().is_some() || year < 1900 {
            return None;
        }
        let month = month.map(|m| m as u8);
        let day = day.map(|d| d as u8);
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(PartialDate { year, month, day })
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u16> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form it was written in.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text)
            .ok_or_else(|| de::Error::custom(format!("invalid date `{text}`, expected YYYY, YYYY-MM or YYYY-MM-DD")))
    }
}

/// In the JSON Schema of the format (the data dictionary): a text of the form the parser reads.
#[cfg(feature = "prerender")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> String {
        "PartialDate".to_string()
    }

    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        let mut schema = schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            ..Default::default()
        };
        schema.string().pattern = Some("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$".to_string());
        schema.metadata().description =
            Some("A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.".to_string());
        schema.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_precisions_and_prints_them_back() {
        for text in ["2019", "2019-09", "2019-11-20", "2020-02-29"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for text in ["", "19", "2019-13", "2019-02-29", "2019-1", "2019-01-01-01", "abcd", "2019-00"] {
            assert_eq!(PartialDate::parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_year_sorts_before_its_months() {
        let year = PartialDate::parse("2019").unwrap();
        let march = PartialDate::parse("2019-03").unwrap();
        let day = PartialDate::parse("2019-03-01").unwrap();
        assert!(year < march && march < day);
    }
}
