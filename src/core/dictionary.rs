//! The data dictionary: every record and field of the dataset format, what it holds, its type and
//! whether it is required, generated from the model itself. Its descriptions are the model's doc
//! comments, which schemars carries into the format's JSON Schema, so they are written once, next to
//! the fields they describe. The build writes the schema (`data/schema.json`, for editors' tools and
//! re-users) and this page from it (`data/dictionary.html`). English, as the doc comments are.

use serde_json::{Map, Value};

use super::charts::escape;

/// Where the build writes the JSON Schema, below the site's root.
pub const SCHEMA_PATH: &str = "data/schema.json";
/// Where the build writes the dictionary, below the site's root.
pub const DICTIONARY_PATH: &str = "data/dictionary.html";

/// The JSON Schema of the dataset format, from the model.
#[cfg(feature = "prerender")]
pub fn schema() -> Value {
    serde_json::to_value(schemars::schema_for!(super::model::Dataset)).unwrap_or_default()
}

/// The site's own stylesheets and icon of the page template (Trunk's index.html), as `<link>`
/// elements whose addresses hold from the folder one below the root (`data/`). The tools'
/// stylesheets, in folders of their own, are left out.
pub fn stylesheets(template: &str) -> String {
    template
        .split('<')
        .filter(|tag| tag.starts_with("link "))
        .filter_map(|tag| {
            let tag = tag.trim_end().trim_end_matches('>').trim_end_matches('/').trim_end();
            let href = tag.split("href=\"").nth(1)?.split('"').next()?;
            // Relative to the root (`./app.css`, `icons/icon.svg`): from `data/`, one folder up.
            let path = href.strip_prefix("./").unwrap_or(href);
            let relative = !path.starts_with('/') && !path.contains(':');
            let kept = (tag.contains("rel=\"stylesheet\"") && !path.contains('/')) || tag.contains("rel=\"icon\"");
            (kept && relative)
                .then(|| format!("<{}>", tag.replace(&format!("href=\"{href}\""), &format!("href=\"../{path}\""))))
        })
        .collect()
}

/// The name of the record a schema refers to (`#/definitions/Project` -> `Project`).
fn reference(schema: &Value) -> Option<&str> {
    schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/definitions/"))
}

/// A field's type in words, the records it refers to linked (HTML).
fn type_of(schema: &Value) -> String {
    if let Some(name) = reference(schema) {
        return format!("<a href=\"#{0}\">{0}</a>", escape(name));
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            if let Some(values) = allowed_values(options) {
                return format!("one of {values}");
            }
            let types: Vec<String> = options.iter().map(type_of).collect();
            return types.join(" or ");
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let values: Vec<String> = values.iter().map(|v| format!("<code>{}</code>", escape(&plain(v)))).collect();
        return format!("one of {}", values.join(", "));
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let words: Vec<String> = types
        .iter()
        .map(|t| match *t {
            "string" if schema.get("pattern").is_some() => "date (YYYY, YYYY-MM or YYYY-MM-DD)".to_string(),
            "string" => "text".to_string(),
            "integer" => "whole number".to_string(),
            "number" => "number".to_string(),
            "boolean" => "true or false".to_string(),
            "null" => "null (unknown)".to_string(),
            "array" => format!("list of {}", schema.get("items").map_or_else(|| "values".to_string(), type_of)),
            "object" => "record".to_string(),
            other => escape(other),
        })
        .collect();
    if words.is_empty() {
        "any value".to_string()
    } else {
        words.join(" or ")
    }
}

/// The values of an enumeration written as one schema per value (`oneOf`), when it is one.
fn allowed_values(options: &[Value]) -> Option<String> {
    let values: Option<Vec<String>> = options
        .iter()
        .map(|o| {
            let value = o.get("enum")?.as_array()?.first()?;
            Some(format!("<code>{}</code>", escape(&plain(value))))
        })
        .collect();
    values.map(|v| v.join(", "))
}

fn plain(value: &Value) -> String {
    value.as_str().map_or_else(|| value.to_string(), str::to_string)
}

fn description(schema: &Value) -> String {
    // Rustdoc's links (``[`quality::tensions`]``) read as code.
    let text = |d: &str| d.replace("[`", "`").replace("`]", "`");
    schema.get("description").and_then(Value::as_str).map(|d| inline_code(&escape(&text(d)))).unwrap_or_default()
}

/// `text` with the doc comments' `backticks` as code.
fn inline_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(part);
            out.push_str("</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The records in the order a reader meets them: the dataset, then each record the first time a
/// field refers to it.
fn records(schema: &Value) -> Vec<(String, &Value)> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    let definitions =
        schema.get("definitions").and_then(Value::as_object).unwrap_or_else(|| EMPTY.get_or_init(Map::new));
    let mut order: Vec<(String, &Value)> = vec![("Dataset".to_string(), schema)];
    let mut i = 0;
    while i < order.len() {
        let mut found = Vec::new();
        collect_references(order[i].1, &mut found);
        for name in found {
            if !order.iter().any(|(n, _)| *n == name) {
                if let Some(definition) = definitions.get(&name) {
                    order.push((name, definition));
                }
            }
        }
        i += 1;
    }
    order
}

fn collect_references(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(name) = reference(schema) {
                out.push(name.to_string());
            }
            for (key, value) in map {
                if key != "definitions" {
                    collect_references(value, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_references(v, out)),
        _ => {}
    }
}

/// The dictionary as a page of its own: `stylesheets` are the site's `<link>` elements (with
/// addresses from the page's folder), `back` the address of the page "Over de gegevens".
pub fn page(schema: &Value, stylesheets: &str, back: &str) -> String {
    let records = records(schema);
    let contents: String =
        records.iter().map(|(name, _)| format!("<li><a href=\"#{0}\">{0}</a></li>", escape(name))).collect();
    let mut sections = String::new();
    for (name, record) in &records {
        sections.push_str(&format!("<section aria-labelledby=\"{0}\"><h2 id=\"{0}\">{0}</h2>", escape(name)));
        let text = description(record);
        if !text.is_empty() {
            sections.push_str(&format!("<p>{text}</p>"));
        }
        if let Some(properties) = record.get("properties").and_then(Value::as_object) {
            let required: Vec<&str> = record
                .get("required")
                .and_then(Value::as_array)
                .map_or_else(Vec::new, |r| r.iter().filter_map(Value::as_str).collect());
            sections.push_str(
                "<div class=\"table-scroll\"><table class=\"data-table\"><thead><tr><th scope=\"col\">Field</th>\
                 <th scope=\"col\">Type</th><th scope=\"col\">Required</th><th scope=\"col\">What it holds</th></tr></thead><tbody>",
            );
            for (field, schema) in properties {
                let required = if required.contains(&field.as_str()) { "yes" } else { "no" };
                sections.push_str(&format!(
                    "<tr><th scope=\"row\"><code>{}</code></th><td>{}</td><td>{required}</td><td>{}</td></tr>",
                    escape(field),
                    type_of(schema),
                    description(schema)
                ));
            }
            sections.push_str("</tbody></table></div>");
        } else {
            sections.push_str(&format!("<p>Type: {}</p>", type_of(record)));
            if let Some(options) = record.get("oneOf").and_then(Value::as_array) {
                let items: String = options
                    .iter()
                    .filter_map(|o| {
                        let value = plain(o.get("enum")?.as_array()?.first()?);
                        Some(format!("<li><code>{}</code>: {}</li>", escape(&value), description(o)))
                    })
                    .collect();
                if !items.is_empty() {
                    sections.push_str(&format!("<ul>{items}</ul>"));
                }
            }
        }
        sections.push_str("</section>");
    }
    let main = format!(
        "<h1>Data dictionary of the dataset</h1>\
         <p>Every record and field of the dataset <code>data/investeren-in-twente.json</code>: its type, whether it is required, and what it holds. \
         Generated from the model of the app when the site is built; the same description as a JSON Schema, for editors' tools and re-users: \
         <a href=\"schema.json\">schema.json</a>. An unknown value is <code>null</code> or left out, never 0. \
         How to change the data, step by step: <a href=\"guide.html\">the editors' guide</a>.</p>\
         <nav aria-labelledby=\"contents\"><h2 id=\"contents\">Records</h2><ul>{contents}</ul></nav>{sections}"
    );
    standalone("Data dictionary · Investeren in Twente", stylesheets, back, &main)
}

/// A page of its own next to the data (`data/…`), in English, with the site's stylesheets and a
/// link back to "Over de gegevens" (`back`), around `main` (HTML).
pub fn standalone(title: &str, stylesheets: &str, back: &str, main: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title>{stylesheets}</head><body><main id=\"main\">\
         <p><a href=\"{back}\">Investeren in Twente: about the data</a></p>{main}</main></body></html>\n",
        title = escape(title),
        back = escape(back)
    )
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_every_record_is_in_the_dictionary_with_its_doc_comment() {
        let schema = schema();
        let html = page(&schema, "", "../nl/quality/");
        // Fields and their doc comments, straight from the model.
        assert!(html.contains("<h2 id=\"Project\">Project</h2>"));
        assert!(html.contains("<code>municipalities</code>"));
        assert!(html.contains("Referenced by every figure&#39;s <code>source</code>."), "Source::id's doc comment");
        // Every record the dataset refers to, each field of each in a row.
        let definitions = schema["definitions"].as_object().unwrap();
        for (name, definition) in definitions {
            assert!(html.contains(&format!("id=\"{name}\"")), "{name} has a section");
            for field in definition.get("properties").and_then(Value::as_object).into_iter().flatten().map(|(f, _)| f) {
                assert!(html.contains(&format!("<code>{field}</code></th>")), "{name}.{field} has a row");
            }
        }
        // Types in words, references linked, required fields marked.
        assert!(html.contains("list of <a href=\"#Project\">Project</a>"));
        assert!(html.contains("whole number"));
        assert!(html.contains("<td>yes</td>"));
    }

    #[test]
    fn the_site_s_stylesheets_are_linked_from_the_data_folder_and_the_tools_are_not() {
        let template = "<head><link rel=\"stylesheet\" href=\"./app-1.css\" integrity=\"sha384-x\"/>\n\
            <link rel=\"stylesheet\" href=\"./builder-app/b.css\"/><link rel=\"icon\" href=\"icons/i.svg\"></head>";
        assert_eq!(
            stylesheets(template),
            "<link rel=\"stylesheet\" href=\"../app-1.css\" integrity=\"sha384-x\"><link rel=\"icon\" href=\"../icons/i.svg\">"
        );
    }

    #[test]
    fn the_schema_requires_what_the_parser_requires_and_says_which_values_are_allowed() {
        let schema = schema();
        let required: Vec<&str> = schema["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        assert!(required.contains(&"schema_version") && required.contains(&"projects"));
        assert!(!required.contains(&"indicators"), "a list the format lets out");
        let text = serde_json::to_string(&schema).unwrap();
        assert!(text.contains("\"implementation\""), "the statuses are named");
    }
}
