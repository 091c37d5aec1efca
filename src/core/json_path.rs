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
    path_before(text, offset_of(text, line, column))
}

/// The byte offset just past `column` of `line`, as serde_json counts them (see [`path_at`]).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    (line_start(text.as_bytes(), line) + column).min(text.len())
}

/// The line (from 1) and column (in characters, as an editor counts them, from 1) of the byte at
/// `offset`.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    // Characters: every byte that does not continue a UTF-8 sequence starts one.
    let column = before[line_start..].iter().filter(|&&b| (b & 0xC0) != 0x80).count() + 1;
    (before.iter().filter(|&&b| b == b'\n').count() + 1, column)
}

/// The path of the value being read just before byte `end`.
pub fn path_before(text: &str, end: usize) -> String {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
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

/// Calls `visit` with the path and byte offset of every value that starts at most `max_depth`
/// containers deep (0: the whole document; 1: the top level's fields; 2: their elements and fields),
/// in the order of the text. The path is kept up to date as the text is read (no path is rendered per
/// value), so walking a large file stays linear. Any text is accepted; malformed JSON gives best guesses.
pub fn each_value(text: &str, max_depth: usize, mut visit: impl FnMut(&str, usize)) {
    let bytes = text.as_bytes();
    // Per open container: whether it is a list, the path's length before its members, the element index.
    let mut stack: Vec<(bool, usize, usize)> = Vec::new();
    let mut path = String::new();
    let (mut value_next, mut expecting_key) = (true, false);
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if value_next && byte != b']' {
            if stack.len() <= max_depth {
                visit(&path, i);
            }
            value_next = false;
        }
        match byte {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(&(false, base, _)) = stack.last() {
                        path.truncate(base);
                        if base > 0 {
                            path.push('.');
                        }
                        path.push_str(&decode_key(&bytes[start..i.min(bytes.len())]));
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push((false, path.len(), 0));
                expecting_key = true;
            }
            b'[' => {
                stack.push((true, path.len(), 0));
                path.push_str("[0]");
                value_next = true;
            }
            b'}' | b']' => {
                if let Some((_, base, _)) = stack.pop() {
                    path.truncate(base);
                }
                (value_next, expecting_key) = (false, false);
            }
            b':' => value_next = true,
            b',' => match stack.last_mut() {
                Some((true, base, index)) => {
                    *index += 1;
                    path.truncate(*base);
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                    value_next = true;
                }
                Some((false, ..)) => expecting_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
}

/// The line (from 1) where the value at each of `paths` starts; for a path the text does not have
/// (a missing field), the line of the nearest enclosing value it has. `None` for the empty path
/// (the whole file) and for paths none of whose parents are in the text.
pub fn lines_of(text: &str, paths: &[&str]) -> Vec<Option<usize>> {
    use std::collections::HashMap;
    // Every path and each of its parents (`projects[3].name` -> `projects[3]`, `projects`).
    let mut lines: HashMap<&str, Option<usize>> = HashMap::new();
    for path in paths {
        let mut path = *path;
        while !path.is_empty() {
            lines.insert(path, None);
            path = &path[..path.rfind(['.', '[']).unwrap_or(0)];
        }
    }
    let (mut line, mut counted) = (1, 0);
    each_value(text, usize::MAX, |path, offset| {
        if let Some(found @ None) = lines.get_mut(path) {
            line += text.as_bytes()[counted..offset].iter().filter(|&&b| b == b'\n').count();
            counted = offset;
            *found = Some(line);
        }
    });
    paths
        .iter()
        .map(|path| {
            let mut path = *path;
            while !path.is_empty() {
                if let Some(Some(line)) = lines.get(path) {
                    return Some(*line);
                }
                path = &path[..path.rfind(['.', '[']).unwrap_or(0)];
            }
            None
        })
        .collect()
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
    use super::{each_value, line_and_column, lines_of, path_at};

    #[test]
    fn every_value_is_visited_with_its_path_up_to_the_depth_asked() {
        let text = "{\"a\": [1, {\"b\": \"x,]\"}], \"c\": {}, \"d\": []}";
        let mut seen = Vec::new();
        each_value(text, usize::MAX, |path, offset| seen.push((path.to_string(), offset)));
        let paths: Vec<&str> = seen.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["", "a", "a[0]", "a[1]", "a[1].b", "c", "d"]);
        assert_eq!(&text[seen[3].1..seen[3].1 + 1], "{");
        let mut shallow = Vec::new();
        each_value(text, 1, |path, _| shallow.push(path.to_string()));
        assert_eq!(shallow, ["", "a", "c", "d"]);
    }

    #[test]
    fn a_path_s_line_is_where_its_value_starts_or_else_its_record_s() {
        let text = "{\n  \"projects\": [\n    {\"id\": \"a\"},\n    {\n      \"id\": \"b\"\n    }\n  ]\n}";
        assert_eq!(
            lines_of(text, &["projects[1].id", "projects[1].name", "projects[0]", "", "sources[0]"]),
            [Some(5), Some(4), Some(3), None, None]
        );
        assert_eq!(line_and_column(text, text.find("\"b\"").unwrap()), (5, 13));
        // Columns count characters, not bytes: "é" is one.
        assert_eq!(line_and_column("{\"é\": x}", 7), (1, 7));
    }

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
