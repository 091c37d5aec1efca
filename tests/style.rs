//! The stylesheet's theming tokens (style/tokens.css), checked where CSS cannot check itself.

/// The custom properties declared in the block that starts at `opening`.
fn declarations(css: &str, opening: &str) -> Vec<String> {
    let start = css.find(opening).unwrap_or_else(|| panic!("style/tokens.css has no `{opening}`")) + opening.len();
    let end = start + css[start..].find('}').expect("the block ends");
    css[start..end].lines().map(str::trim).filter(|l| l.starts_with("--")).map(str::to_string).collect()
}

#[test]
fn dark_by_preference_and_dark_by_choice_use_the_same_colours() {
    let css = std::fs::read_to_string("style/tokens.css").expect("style/tokens.css");
    let by_preference = declarations(&css, ":root:not([data-theme]) {");
    let by_choice = declarations(&css, ":root[data-theme=\"dark\"] {");
    assert!(by_preference.len() >= 10, "the dark block lists the colours: {by_preference:?}");
    assert_eq!(by_preference, by_choice);
}
