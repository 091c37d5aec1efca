//! The names the page's scripts, its stylesheet and the Rust code share are defined once, in
//! src/contract.rs: a script or stylesheet that uses such a name not listed there, or no longer uses
//! one listed for it, fails here; so does Rust code that spells one out instead of naming it.

use std::collections::BTreeSet;

use investeren_in_twente::contract::{APP_STATES, SHARED};

/// The files outside Rust that share names with it.
const FILES: [&str; 8] = [
    "boot.js",
    "embed.js",
    "head.js",
    "check-worker.js",
    "scripts/sw-template.js",
    "style/app.css",
    "style/tokens.css",
    "Trunk.toml",
];

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The names of the shared kinds in `text`: `data-*` attributes (in selectors, strings and
/// `dataset.*`), `twente:*` events, `twente-*` storage keys, headers and message types, `twente*`
/// globals.
fn names_in(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let bytes = text.as_bytes();
    let word_end = |from: usize| {
        from + text[from..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(text.len() - from)
    };
    for (start, _) in text.match_indices("data-") {
        // An attribute in a selector or a string, not a class such as `.data-table`.
        if start > 0 && matches!(bytes[start - 1], b'[' | b'"' | b'\'' | b'`' | b' ') {
            names.insert(text[start..word_end(start)].to_string());
        }
    }
    for (start, _) in text.match_indices("dataset.") {
        let name = &text[start + 8..word_end(start + 8)];
        let kebab: String = name
            .chars()
            .flat_map(|c| if c.is_ascii_uppercase() { vec!['-', c.to_ascii_lowercase()] } else { vec![c] })
            .collect();
        names.insert(format!("data-{kebab}"));
    }
    for (start, _) in text.match_indices("twente") {
        let before = if start > 0 { bytes[start - 1] } else { b' ' };
        let after = bytes.get(start + 6).copied().unwrap_or(b' ');
        // Not the stylesheet's custom properties (`--twente-space-2`), the theming API.
        if before == b'-' && start > 1 && bytes[start - 2] == b'-' {
            continue;
        }
        if after == b':' {
            let end = word_end(start + 7);
            names.insert(text[start..end].to_string());
        } else if after == b'-' || after.is_ascii_uppercase() {
            // With what leads it: `x-twente-cached-at`, `__twenteWasm`.
            let from = text[..start]
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .map_or(0, |i| i + 1);
            let mut end = word_end(start);
            // A message type: `twente-explorer:height`.
            if text[end..].starts_with(':') {
                end = word_end(end + 1);
            }
            names.insert(text[from..end].trim_end_matches('-').to_string());
        }
    }
    names
}

#[test]
fn every_shared_name_in_the_scripts_and_styles_is_defined_once_in_rust() {
    let defined: BTreeSet<&str> = SHARED.iter().map(|s| s.name).collect();
    assert_eq!(defined.len(), SHARED.len(), "a name is listed twice in src/contract.rs");
    for file in FILES {
        let text = read(file);
        for name in names_in(&text) {
            // The service worker's own cache names, which nothing else reads.
            let own = file == "scripts/sw-template.js" && name.starts_with("twente-") && name != "x-twente-cached-at";
            // Trunk's own attributes on the `rust` link of index.html.
            let trunk = file == "Trunk.toml" && name.starts_with("data-") && !defined.contains(name.as_str());
            assert!(
                own || trunk || defined.contains(name.as_str()),
                "{file} uses `{name}`, which src/contract.rs does not define: add it there (or use the name defined)"
            );
        }
    }
}

#[test]
fn every_shared_name_is_used_where_the_contract_says() {
    for shared in SHARED {
        for file in shared.used_in {
            assert!(
                read(file).contains(shared.name),
                "src/contract.rs says {file} uses `{}`, but it does not (renamed on one side only?)",
                shared.name
            );
        }
    }
}

#[test]
fn the_app_states_of_boot_js_and_the_stylesheet_are_the_contracts() {
    let boot = read("boot.js");
    for state in APP_STATES {
        assert!(boot.contains(&format!("\"{state}\"")), "boot.js does not handle the app state `{state}`");
    }
    let css = read("style/app.css");
    for (start, _) in css.match_indices("[data-app=\"") {
        let value = &css[start + 11..];
        let value = &value[..value.find('"').expect("a closing quote")];
        assert!(
            APP_STATES.contains(&value),
            "style/app.css reads the app state `{value}`, which src/contract.rs does not define"
        );
    }
}

#[test]
fn rust_code_names_the_shared_names_instead_of_spelling_them_out() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(std::path::Path::new("src"), &mut files);
    for file in files.iter().filter(|f| !f.ends_with("contract.rs")) {
        let text = std::fs::read_to_string(file).expect("a Rust file");
        for shared in SHARED {
            assert!(
                !text.contains(&format!("\"{}\"", shared.name)),
                "{} spells out \"{}\": use the constant of src/contract.rs",
                file.display(),
                shared.name
            );
        }
    }
}

/// The strings of the script's `const NAME = ["a", "b"]`.
fn string_list<'a>(script: &'a str, name: &str) -> Vec<&'a str> {
    let opening = format!("const {name} = [");
    let start = script.find(&opening).unwrap_or_else(|| panic!("the script has no `{opening}`")) + opening.len();
    let list = &script[start..start + script[start..].find(']').expect("the list ends")];
    list.split(',').map(|item| item.trim().trim_matches('"')).collect()
}

#[test]
fn head_js_knows_every_page_of_the_routes() {
    let head = read("head.js");
    let in_head = string_list(&head, "PAGES");
    let in_rust: Vec<&str> =
        investeren_in_twente::core::site::PAGES.iter().map(|page| page.folder).filter(|f| !f.is_empty()).collect();
    assert_eq!(in_head, in_rust, "head.js's PAGES, which sends the first version's ?view= addresses to their pages");
}

#[test]
fn the_name_finder_finds_each_kind() {
    let js = r#"html.getAttribute("data-app"); tag.dataset.wasm; addEventListener("twente:running"); localStorage.getItem("twente-lang"); self.twenteCheck = 1; window.__twenteWasm = 2; h.get("x-twente-cached-at")"#;
    let found: Vec<String> = names_in(js).into_iter().collect();
    assert_eq!(
        found,
        ["__twenteWasm", "data-app", "data-wasm", "twente-lang", "twente:running", "twenteCheck", "x-twente-cached-at"]
    );
    let css = ".data-table { } html[data-app=\"failed\"] { color: var(--twente-color-text); }";
    assert_eq!(names_in(css).into_iter().collect::<Vec<_>>(), ["data-app"]);
}

#[test]
fn head_js_knows_every_search_and_filter_parameter() {
    let head = read("head.js");
    let in_head = string_list(&head, "FILTERS");
    let mut in_rust = vec!["q"];
    in_rust.extend(investeren_in_twente::core::query::Facet::ALL.iter().map(|facet| facet.key()));
    assert_eq!(in_head, in_rust, "head.js's FILTERS, which mark an address whose results the built page does not show");
}
