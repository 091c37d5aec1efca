//! The JSON path (`projects[3].budget.eur`) of the value at a line and column of a JSON text.
//!
//! serde_json reports where a type error happened as a line and column; a person fixing a
//! 100,000-project file needs the path. serde_path_to_error tracks the path while parsing, but it
//! wraps every deserializer call and tripled the size of the parser in the wasm (about 120 KB before
//! compression). The path is only needed when something is wrong, so it is found afterwards by
//! re-reading the text up to the error: a few lines no crate offers on their own.

enum Frame {
    /// Inside an object; the key whose value is being read, once its name has been read.
    Object { key: Option<String> },
    /// Inside an array, at the element with this index.
    Array { index: usize },
}

/// The path of the value being read when a parser stopped at `line` and `column` (both as serde_json
/// counts them: lines from 1, columns in bytes from the start of the line, the byte at the column
/// included). Empty for the top level. Any text is accepted; malformed JSON gives a best guess.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let end = (line_start(bytes, line) + column).min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < end && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        *key = Some(decode_key(&bytes[start..i.min(end)]));
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// The byte offset where the 1-based `line` starts (the end of the text if it has fewer lines).
fn line_start(bytes: &[u8], line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(line - 2).map_or(bytes.len(), |(i, _)| i + 1)
}

/// A key as written in the file, with JSON escapes resolved when they are well formed.
fn decode_key(raw: &[u8]) -> String {
    let raw = String::from_utf8_lossy(raw);
    if !raw.contains('\\') {
        return raw.into_owned();
    }
    serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.into_owned())
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    /// The path serde_json's own error position leads to, for a document that fails to parse as `T`.
    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let error = serde_json::from_str::<T>(text).expect_err("the text must not parse");
        path_at(text, error.line(), error.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // the fields are only parsed, to provoke errors
    struct Item {
        name: String,
        #[serde(default)]
        eur: Option<i64>,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
    }

    #[test]
    fn a_wrong_type_is_located_at_its_field_in_its_array_element() {
        let text = r#"{"items": [{"name": "a"}, {"name": "b", "eur": 1.5}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[1].eur");
    }

    #[test]
    fn a_missing_field_is_located_at_the_object_that_lacks_it() {
        let text = "{\n  \"items\": [\n    {\"name\": \"a\"},\n    {\"eur\": 3}\n  ]\n}";
        assert_eq!(path_of_error::<Doc>(text), "items[1]");
    }

    #[test]
    fn an_unknown_field_is_located_at_its_own_name() {
        let text = r#"{"items": [{"name": "a", "budget": 1}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[0].budget");
    }

    #[test]
    fn an_element_of_a_nested_array_is_counted_past_strings_with_commas_and_brackets() {
        let text = r#"{"items": [{"name": "a, [b], {c}", "tags": ["x,y", "z\"]", 7]}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[0].tags[2]");
    }

    #[test]
    fn escaped_keys_are_shown_decoded() {
        assert_eq!(path_at(r#"{"a\"b": 1"#, 1, 10), "a\"b");
    }

    #[test]
    fn the_top_level_has_the_empty_path_and_positions_past_the_end_are_tolerated() {
        assert_eq!(path_at("[1, 2", 1, 1), "[0]");
        assert_eq!(path_at("", 1, 0), "");
        assert_eq!(path_at("{\"a\": [", 9, 99), "a[0]");
    }
}
