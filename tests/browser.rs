//! Component tests in a real browser (wasm-bindgen-test in headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use investeren_in_twente::app::components::load_status::LoadErrorView;
use investeren_in_twente::app::components::Localized;
use investeren_in_twente::app::data::LoadError;
use investeren_in_twente::app::i18n::*;
use investeren_in_twente::core::problem::{Problem, ProblemKind};
use investeren_in_twente::core::text::Text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh element and returns that element.
fn mount(view: impl FnOnce() -> AnyView + Send + 'static) -> web_sys::HtmlElement {
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(
        root.clone(),
        move || view! { <I18nContextProvider enable_cookie=false>{view()}</I18nContextProvider> },
    );
    handle.forget();
    root
}

/// Yields to the browser once, so effects and microtasks run.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_load_error_names_the_path_and_reason_of_each_problem() {
    let error = LoadError::Invalid {
        url: "data/x.json".into(),
        problems: vec![
            Problem::at("projects[3].name", ProblemKind::MissingField { field: "name".into() }),
            Problem::at("", ProblemKind::Truncated { line: 9, column: 2 }),
        ],
    };
    let root = mount(move || {
        provide_locale(Locale::nl);
        view! { <LoadErrorView error retry=Callback::new(|()| ()) /> }.into_any()
    });
    next_tick().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("projects[3].name"), "{text}");
    assert!(text.contains("“name”"), "{text}");
    assert!(text.contains("regel 9") || text.contains("line 9") || text.contains("Zeile 9"), "{text}");
    let button = root.query_selector("button").unwrap().expect("a retry button");
    assert!(!button.text_content().unwrap_or_default().is_empty());
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn dataset_text_without_a_translation_is_marked_as_dutch() {
    let text = Text { nl: "Alleen Nederlands".into(), en: Some("English only".into()), de: None, quote: false };
    let root = mount(move || {
        provide_locale(Locale::de);
        view! { <Localized text /> }.into_any()
    });
    next_tick().await;
    let span = root.query_selector("span").unwrap().expect("a span");
    assert_eq!(span.text_content().unwrap_or_default(), "Alleen Nederlands");
    assert_eq!(span.get_attribute("lang").as_deref(), Some("nl"));
}

#[wasm_bindgen_test]
async fn a_translated_text_follows_the_interface_language() {
    let text = Text { nl: "Hallo".into(), en: Some("Hello".into()), de: Some("Guten Tag".into()), quote: false };
    let root = mount(move || {
        provide_locale(Locale::de);
        view! { <Localized text /> }.into_any()
    });
    next_tick().await;
    let span = root.query_selector("span").unwrap().expect("a span");
    assert_eq!(span.text_content().unwrap_or_default(), "Guten Tag");
    assert_eq!(span.get_attribute("lang").as_deref(), Some("de"));
}

#[wasm_bindgen_test]
async fn a_quotation_of_the_source_is_shown_as_a_quotation() {
    let text = Text { nl: "Voortgang toewijzing middelen".into(), en: None, de: None, quote: true };
    let root = mount(move || {
        provide_locale(Locale::en);
        view! { <Localized text /> }.into_any()
    });
    next_tick().await;
    let quote = root.query_selector("q").unwrap().expect("a q element");
    assert_eq!(quote.text_content().unwrap_or_default(), "Voortgang toewijzing middelen");
    assert_eq!(quote.get_attribute("lang").as_deref(), Some("nl"), "the source's Dutch words, marked as Dutch");
}

#[wasm_bindgen_test]
fn the_panic_view_offers_a_reload_link_in_plain_html() {
    investeren_in_twente::app::fatal::show_fatal_error();
    investeren_in_twente::app::fatal::show_fatal_error();
    let document = document();
    let views = document.query_selector_all("#fatal-error").unwrap();
    assert_eq!(views.length(), 1, "shown once, however often it panics");
    let view = document.get_element_by_id("fatal-error").unwrap();
    assert_eq!(view.get_attribute("role").as_deref(), Some("alert"));
    let link = view.query_selector("a").unwrap().expect("a reload link");
    assert_eq!(link.get_attribute("href").unwrap(), web_sys::window().unwrap().location().href().unwrap());
    assert!(!view.query_selector("h1").unwrap().unwrap().text_content().unwrap_or_default().is_empty());
}

#[wasm_bindgen_test]
async fn highlighting_marks_matches_and_never_turns_text_into_markup() {
    use investeren_in_twente::app::components::highlight::highlighted;
    use investeren_in_twente::core::fold::words;
    let root = mount(move || {
        let text = "<b onclick=alert(1)>Ruimte creëren</b>".to_string();
        view! { <p>{highlighted(&text, &words("CREEREN"))}</p> }.into_any()
    });
    next_tick().await;
    let marks = root.query_selector_all("mark").unwrap();
    assert_eq!(marks.length(), 1);
    assert_eq!(marks.get(0).unwrap().text_content().unwrap_or_default(), "creëren");
    assert!(root.query_selector("b").unwrap().is_none(), "dataset text must stay text");
    assert_eq!(root.text_content().unwrap_or_default(), "<b onclick=alert(1)>Ruimte creëren</b>");
}
