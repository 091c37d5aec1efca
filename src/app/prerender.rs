//! The build machine's side of the views: every page of the app rendered to HTML with the same
//! components the browser mounts, written as files by src/bin/prerender.rs. In the browser the app
//! then takes each page over (app::takeover).

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::data::DatasetLoad;
use crate::app::frame::Frame;
use crate::app::i18n::{provide_locale, Locale};
use crate::app::pages::{page_description, page_title};
use crate::app::state::Loaded;
use crate::app::url::UrlState;
use crate::core::charts::escape;
use crate::core::query::Query;
use crate::core::route::{Location, View};
use crate::core::text::Lang;

/// The longest page description, in characters (what search engines and link previews show).
const DESCRIPTION_CHARS: usize = 200;

/// The body of the page at `location` in `locale`: everything the app shows inside `<div id="app">`.
pub fn render_body(loaded: Arc<Loaded>, location: Location, locale: Locale) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_locale(locale);
        UrlState::fixed(location);
        let dataset = DatasetLoad::loaded(loaded);
        view! { <Frame dataset scheme=RwSignal::new(None) /> }.to_html()
    })
}

/// One page of the site, as written into the build.
pub struct Page {
    /// Where it goes below the build's root: `en/projects/talentit/index.html`.
    pub file: String,
    /// Its address below the root, for the sitemap (`en/projects/talentit/`).
    pub address: String,
    /// The whole HTML document.
    pub html: String,
}

/// Every page of the site for a dataset: each view, project, programme and municipality in each
/// language, and the root (the Dutch overview, which head.js sends readers of other languages on
/// from). `template` is the index.html Trunk built; `public_url` the site's address, when known.
pub fn site(template: &str, loaded: Arc<Loaded>, public_url: Option<&str>) -> Vec<Page> {
    let dataset = &loaded.dataset;
    let mut views = vec![
        View::Overview,
        View::Projects,
        View::Money,
        View::ActionLines,
        View::Basis,
        View::Indicators,
        View::Timeline,
        View::Municipalities,
        View::Compare { lines: false, ids: Vec::new() },
        View::Glossary,
        View::Quality,
        View::Check,
        View::Accessibility,
    ];
    views.extend(dataset.projects.iter().map(|p| View::Project(p.id.clone())));
    views.extend(dataset.programmes.iter().map(|p| View::Programme(p.id.clone())));
    views.extend(dataset.municipalities.iter().map(|m| View::Municipality(m.id.clone())));
    let mut pages = Vec::new();
    for &lang in Lang::ALL {
        for view in &views {
            let mut query = Query::default();
            query.settings.lang = Some(lang);
            let location = Location::new(view.clone(), query);
            let address = location.page_path();
            let html = document(template, loaded.clone(), &location, public_url);
            pages.push(Page { file: format!("{address}index.html"), address, html });
        }
    }
    let root = Location::new(View::Overview, Query::default());
    let root_html = document(template, loaded.clone(), &root, public_url);
    pages.push(Page { file: "index.html".into(), address: String::new(), html: root_html });
    pages.push(not_found_page(template, loaded, public_url));
    pages
}

/// `404.html`, for static servers that answer a missing page with it (docs/deploy.md): a page
/// that does not exist, served at any address, so its root must be absolute: the site's public
/// address when the build knows it, else the domain's root (`/`), which a server of the app under a
/// sub-folder replaces (scripts/serve.mjs does). The app then says what was not found.
fn not_found_page(template: &str, loaded: Arc<Loaded>, public_url: Option<&str>) -> Page {
    let mut query = Query::default();
    query.settings.lang = Some(Lang::Nl);
    let location = Location::new(View::Project(String::new()), query);
    let html = document(template, loaded, &location, public_url);
    let base = match public_url {
        Some(public) => format!("<base href=\"{}/\">", escape(public.trim_end_matches('/'))),
        None => "<base href=\"/\" data-root>".to_string(),
    };
    let html = html.replacen("<base href=\"../../../\">", &base, 1).replacen(
        "<meta charset=\"utf-8\">",
        "<meta charset=\"utf-8\">\n  <meta name=\"robots\" content=\"noindex\">",
        1,
    );
    Page { file: "404.html".into(), address: String::new(), html }
}

/// The page at `location` as a whole document: the template with the page's language, root, title,
/// description, links for search engines and previews, and the rendered body.
pub fn document(template: &str, loaded: Arc<Loaded>, location: &Location, public_url: Option<&str>) -> String {
    let lang = location.query.settings.lang.unwrap_or_default();
    let locale = Locale::of(lang);
    let address = location.page_path();
    // The root of the site relative to this page: one `../` per folder of its address. The root
    // page (no language chosen) is the root itself.
    let depth = if location.query.settings.lang.is_none() { 0 } else { address.matches('/').count() };
    let base = if depth == 0 { "./".to_string() } else { "../".repeat(depth) };
    let title = page_title(&loaded, &location.view, locale);
    let description: String = {
        let text = page_description(&loaded, &location.view, locale);
        let mut short: String = text.chars().take(DESCRIPTION_CHARS).collect();
        if short.len() < text.len() {
            short = format!("{}…", short.trim_end());
        }
        short
    };
    let mut head = format!(
        "<base href=\"{base}\">\n  <meta property=\"og:title\" content=\"{}\">\n  <meta property=\"og:description\" content=\"{}\">\n  <meta property=\"og:type\" content=\"website\">\n  <meta property=\"og:locale\" content=\"{}\">",
        escape(&title),
        escape(&description),
        og_locale(lang)
    );
    if let Some(public) = public_url {
        let public = public.trim_end_matches('/');
        let canonical = format!("{public}/{address}");
        head.push_str(&format!(
            "\n  <link rel=\"canonical\" href=\"{0}\">\n  <meta property=\"og:url\" content=\"{0}\">",
            escape(&canonical)
        ));
        for &other in Lang::ALL {
            let mut query = location.query.clone();
            query.settings.lang = Some(other);
            let href = format!("{public}/{}", Location::new(location.view.clone(), query).page_path());
            head.push_str(&format!(
                "\n  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                other.tag(),
                escape(&href)
            ));
        }
    }
    let body = render_body(loaded, location.clone(), locale).replace("<!>", "");
    let mut html = template.replacen("<html lang=\"nl\">", &format!("<html lang=\"{}\">", lang.tag()), 1);
    html = replace_between(&html, "<title>", "</title>", &escape(&title));
    html = replace_attribute(&html, "<meta name=\"description\" content=\"", &escape(&description));
    html = html.replacen("<meta charset=\"utf-8\">", &format!("<meta charset=\"utf-8\">\n  {head}"), 1);
    let app_start = html.find("<div id=\"app\">").unwrap_or(0);
    let app_end = html[app_start..].find("</body>").map_or(html.len(), |end| app_start + end);
    format!("{}<div id=\"app\" data-prerendered>{body}</div>\n{}", &html[..app_start], &html[app_end..])
}

/// Open Graph's name of a language (`nl_NL`).
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl_NL",
        Lang::En => "en_GB",
        Lang::De => "de_DE",
    }
}

/// `html` with the text between the first `open` and the `close` after it replaced.
fn replace_between(html: &str, open: &str, close: &str, text: &str) -> String {
    let Some(start) = html.find(open).map(|s| s + open.len()) else { return html.to_string() };
    let Some(end) = html[start..].find(close).map(|e| start + e) else { return html.to_string() };
    format!("{}{text}{}", &html[..start], &html[end..])
}

/// `html` with the value of the attribute that `prefix` opens replaced.
fn replace_attribute(html: &str, prefix: &str, value: &str) -> String {
    replace_between(html, prefix, "\"", value)
}

/// The sitemap of the pages, at the site's public address.
pub fn sitemap(pages: &[Page], public_url: &str) -> String {
    let public = public_url.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.iter().filter(|p| !p.address.is_empty() && p.file != "404.html") {
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(&format!("{public}/{}", page.address))));
    }
    xml.push_str("</urlset>\n");
    xml
}
