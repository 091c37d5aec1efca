//! The build machine's side of the views: every page of the app rendered to HTML with the same
//! components the browser runs, written as files by src/bin/prerender.rs. In the browser the app
//! then attaches to each page (app::start): the markup must be exactly what the components render,
//! hydration markers included, so nothing here rewrites or minifies it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::data::DatasetLoad;
use crate::app::i18n::Locale;
use crate::app::pages::{page_description, page_title};
use crate::app::runtime::Running;
use crate::app::state::Loaded;
use crate::app::url::UrlState;
use crate::contract;
use crate::core::charts::escape;
use crate::core::query::Query;
use crate::core::route::{Location, View};
use crate::core::site::{Tool, PAGES};
use crate::core::text::Lang;

/// The longest page description, in characters (what search engines and link previews show).
const DESCRIPTION_CHARS: usize = 200;

/// The body of the page at `location`: everything the app shows inside `<div id="app">`.
pub fn render_body(loaded: Arc<Loaded>, location: &Location) -> String {
    render_body_at(loaded, location, None)
}

/// [`render_body`] for a site whose public address the build knows (`TWENTE_PUBLIC_URL`), which a
/// page may name before the app runs (the embed builder's code).
pub fn render_body_at(loaded: Arc<Loaded>, location: &Location, public_url: Option<&str>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        UrlState::fixed(location);
        Running::provide(false);
        if let Some(public) = public_url {
            provide_context(crate::app::runtime::PublicAddress(format!("{}/", public.trim_end_matches('/'))));
        }
        let dataset = DatasetLoad::loaded(loaded);
        view! { <crate::app::Shell dataset /> }.to_html()
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

/// What every page of a build is made from.
pub struct Build<'a> {
    /// The index.html Trunk built.
    pub template: &'a str,
    /// The bundled dataset, loaded.
    pub loaded: Arc<Loaded>,
    /// The fingerprint of the dataset's file (`core::fingerprint`), which the app compares with the
    /// dataset it fetches before it attaches to a page.
    pub fingerprint: String,
    /// The site's public address, when known.
    pub public_url: Option<&'a str>,
    /// The files of each tool's own app (`check-app/check.js`, `check-app/check_bg.wasm`, each
    /// with a version in its query, as Trunk does not hash them), which the tool's pages start
    /// instead of the readers' app; none where the build has none (the host tests).
    pub tool_apps: Vec<(Tool, String, String)>,
}

/// Every page of the site for a dataset: each view, project, programme, municipality and organisation in each
/// language, and the root (the Dutch overview, which head.js sends readers of other languages on
/// from).
pub fn site(build: &Build) -> Vec<Page> {
    let dataset = &build.loaded.dataset;
    let mut views: Vec<View> = PAGES.iter().map(|page| page.view.clone()).collect();
    views.extend(dataset.projects.iter().map(|p| View::Project(p.id.clone())));
    views.extend(dataset.programmes.iter().map(|p| View::Programme(p.id.clone())));
    views.extend(dataset.municipalities.iter().map(|m| View::Municipality(m.id.clone())));
    views.extend(dataset.organisations.iter().map(|o| View::Organisation(o.id.clone())));
    let mut pages = Vec::new();
    for &lang in Lang::ALL {
        for view in &views {
            let mut query = Query::default();
            query.settings.lang = Some(lang);
            let location = Location::new(view.clone(), query);
            let address = location.page_path();
            let html = document(build, &location);
            pages.push(Page { file: format!("{address}index.html"), address, html });
        }
    }
    let root = Location::new(View::Overview, Query::default());
    let root_html = document(build, &root);
    pages.push(Page { file: "index.html".into(), address: String::new(), html: root_html });
    pages.push(not_found_page(build));
    pages
}

/// `404.html`, for static servers that answer a missing page with it (docs/deploy.md): a page
/// that does not exist, served at any address, so its root must be absolute: the site's public
/// address when the build knows it, else the domain's root (`/`), which a server of the app under a
/// sub-folder replaces (scripts/serve.mjs does). The app then says what was not found.
fn not_found_page(build: &Build) -> Page {
    let html = document(build, &Location::not_found());
    let base = match build.public_url {
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
pub fn document(build: &Build, location: &Location) -> String {
    let Build { template, loaded, public_url, .. } = build;
    let lang = location.query.settings.lang.unwrap_or_default();
    let locale = Locale::of(lang);
    let address = location.page_path();
    // The root of the site relative to this page: one `../` per folder of its address. The root
    // page (no language chosen) is the root itself.
    let depth = if location.query.settings.lang.is_none() { 0 } else { address.matches('/').count() };
    let base = if depth == 0 { "./".to_string() } else { "../".repeat(depth) };
    let title = page_title(loaded, &location.view, locale);
    let description: String = {
        let text = page_description(loaded, &location.view, locale);
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
    // Every page names the feed of the dataset's versions, for feed readers.
    head.push_str(&format!(
        "\n  <link rel=\"alternate\" type=\"application/atom+xml\" href=\"{}\" title=\"{}\">",
        crate::core::feed::FEED_PATH,
        escape(crate::app::i18n::td_string!(locale, downloads.feed))
    ));
    // The page about the data describes the dataset to search engines (schema.org `Dataset`), and
    // points to its DCAT record for harvesters; a data block, which no Content-Security-Policy runs.
    if location.view == View::Quality {
        let markup = crate::core::metadata::schema_org(&loaded.dataset, *public_url, lang);
        head.push_str(&format!(
            "\n  <link rel=\"alternate\" type=\"application/ld+json\" href=\"{}\">\n  <script type=\"application/ld+json\">{}</script>",
            crate::core::metadata::DCAT_PATH,
            crate::core::metadata::in_html(&markup)
        ));
    }
    let body = render_body_at(loaded.clone(), location, *public_url);
    let mut html = template.replacen("<html lang=\"nl\">", &format!("<html lang=\"{}\">", lang.tag()), 1);
    html = replace_between(&html, "<title>", "</title>", &escape(&title));
    html = replace_attribute(&html, "<meta name=\"description\" content=\"", &escape(&description));
    html = html.replacen("<meta charset=\"utf-8\">", &format!("<meta charset=\"utf-8\">\n  {head}"), 1);
    if location.view.tool() != Some(Tool::Builder) {
        for element in BUILDER_ONLY {
            html = without_element(&html, element);
        }
    }
    // A tool's pages start the app that has it. Before `#app` is found below: these addresses have
    // other lengths than the app's.
    let tool_app = build.tool_apps.iter().find(|(tool, _, _)| location.view.tool() == Some(*tool));
    if let Some((_, js, wasm)) = tool_app {
        html = replace_attribute(&html, &format!(" {}=\"", contract::APP_JS), js);
        html = replace_attribute(&html, &format!(" {}=\"", contract::APP_WASM), wasm);
    }
    let app_start = html.find("<div id=\"app\">").unwrap_or(0);
    let app_end = html[app_start..].find("</body>").map_or(html.len(), |end| app_start + end);
    // Exactly the rendered markup inside `#app`, not a space more: the app walks these nodes.
    format!(
        "{}<div id=\"{}\" {}=\"{}\" {}=\"{}\">{body}</div>\n{}",
        &html[..app_start],
        contract::APP_ROOT_ID,
        contract::PRERENDERED,
        escape(&location.prerendered_address()),
        contract::DATASET_FINGERPRINT,
        build.fingerprint,
        &html[app_end..]
    )
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

/// What only the embed builder's pages have, each element of index.html by a mark in it: the
/// builder's stylesheet (which index.html builds into the folder of the builder's app), and the host
/// script, which fits and scrolls the builder's preview as on a web team's page. A script in the
/// page, not one the app adds: it must listen before the preview's first message.
const BUILDER_ONLY: [(&str, &str, &str); 2] =
    [("<link", "builder-app/builder-", ">"), ("<script", "src=\"embed.js\"", "</script>")];

/// `html` without the element that starts with `open`, holds `mark` and ends with `close` (and
/// without the line it was on).
fn without_element(html: &str, (open, mark, close): (&str, &str, &str)) -> String {
    let Some(at) = html.find(mark) else { return html.to_string() };
    let (Some(start), Some(end)) = (html[..at].rfind(open), html[at..].find(close).map(|e| at + e + close.len()))
    else {
        return html.to_string();
    };
    let start = html[..start].rfind('\n').unwrap_or(start);
    format!("{}{}", &html[..start], &html[end..])
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
