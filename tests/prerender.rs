//! The build machine renders every view with the same components as the browser (feature
//! `prerender`): each page in each language has its heading and its content, and no view reaches for
//! a browser API while it is built.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use investeren_in_twente::app::i18n::Locale;
use investeren_in_twente::app::prerender::render_body;
use investeren_in_twente::app::state::Loaded;
use investeren_in_twente::core::route::{Location, View};
use investeren_in_twente::core::site::PAGES;

mod common;

const LOCALES: [Locale; 3] = [Locale::nl, Locale::en, Locale::de];

fn loaded() -> Arc<Loaded> {
    Arc::new(Loaded::new(common::bundled_dataset()))
}

/// The location of `search` on a page in `locale`'s language.
fn at(search: &str, locale: Locale) -> Location {
    let mut location = Location::parse(search);
    location.query.settings.lang = Some(locale.lang());
    location
}

/// The text of the first `<h1>` of a page.
fn heading(html: &str) -> String {
    let start = html.find("<h1").expect("a main heading");
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let close = open_end + html[open_end..].find("</h1>").unwrap();
    html[open_end..close].replace("<!>", "")
}

#[test]
fn every_view_renders_in_every_language_with_its_heading() {
    let loaded = loaded();
    let mut locations: Vec<Location> =
        PAGES.iter().map(|page| Location::new(page.view.clone(), Default::default())).collect();
    for search in ["?view=municipality&id=enschede", "?view=programme&id=rdt", "?view=compare&ids=talentit,grenswerk"] {
        locations.push(Location::parse(search));
    }
    locations.push(Location::parse("?project=talentit"));
    locations.push(Location::parse("?project=bestaat-niet"));
    for locale in LOCALES {
        for location in &locations {
            let mut location = location.clone();
            location.query.settings.lang = Some(locale.lang());
            let html = render_body(loaded.clone(), &location);
            let h1 = heading(&html);
            let page = location.href();
            assert!(!h1.trim().is_empty(), "{page}: an empty heading");
            assert!(html.contains("<main id=\"main\""), "{page}: no main");
            assert!(!html.contains("class=\"loading\""), "{page}: a loading state");
        }
    }
}

/// Every page records the address it was rendered for, and the app reads the same location back
/// from it before it attaches (app::start): else the app's first render would differ from the page.
#[test]
fn every_page_records_an_address_that_reads_back_as_its_location() {
    let loaded = loaded();
    let mut locations = vec![Location::new(View::Overview, Default::default()), Location::not_found()];
    for &lang in investeren_in_twente::core::text::Lang::ALL {
        let mut query = investeren_in_twente::core::query::Query::default();
        query.settings.lang = Some(lang);
        locations.extend(PAGES.iter().map(|page| Location::new(page.view.clone(), query.clone())));
        locations.extend(loaded.dataset.projects.iter().map(|p| Location::project(&p.id, query.clone())));
        locations.extend(
            loaded.dataset.programmes.iter().map(|p| Location::new(View::Programme(p.id.clone()), query.clone())),
        );
        locations.extend(
            loaded
                .dataset
                .municipalities
                .iter()
                .map(|m| Location::new(View::Municipality(m.id.clone()), query.clone())),
        );
        locations.extend(
            loaded.dataset.organisations.iter().map(|o| Location::new(View::Organisation(o.id.clone()), query.clone())),
        );
    }
    for location in locations {
        assert_eq!(
            Location::prerendered(&location.prerendered_address()),
            location,
            "{}",
            location.prerendered_address()
        );
    }
}

#[test]
fn a_project_page_is_rendered_with_its_facts_and_sources() {
    let loaded = loaded();
    let html = render_body(loaded.clone(), &at("?project=talentit", Locale::nl));
    assert_eq!(heading(&html), "TalentIT");
    assert!(html.contains("Agenda voor Twente"));
    assert!(html.contains("€ 99.400"), "money formatted for Dutch readers");
    assert!(html.contains("talentittwente.nl"), "the sources are listed");
    let english = render_body(loaded, &at("?project=talentit", Locale::en));
    assert!(english.contains("Back to the list"));
}

#[test]
fn an_organisation_page_names_its_projects_roles_and_basic_infrastructure() {
    let loaded = loaded();
    let html = render_body(loaded.clone(), &at("nl/organisations/gemeente-enschede/", Locale::nl));
    assert_eq!(heading(&html), "Gemeente Enschede");
    assert!(html.contains("Twents Fonds voor Vakmanschap") && html.contains("penvoerder"), "its projects and roles");
    assert!(html.contains("partner=gemeente-enschede"), "the explorer filtered on it");
    let werkplein = render_body(loaded.clone(), &at("nl/organisations/werkplein/", Locale::nl));
    assert!(werkplein.contains("bij geen enkel project"), "says it is in no project");
    assert!(werkplein.contains("Beroepsgroepentekens"), "its activities");
    assert!(werkplein.contains("basis/#basis-werkplein"), "linked to its part of the basic infrastructure");
    let project = render_body(loaded, &at("?project=talentit", Locale::de));
    assert!(project.contains("de/organisations/stichting-talent-it-twente/"), "a project links its organisations");
}

/// Regio Deal Twente II shows as a successor wherever it shows: its own page says so before its
/// figures, the Regio Deal Twente's page and the overview link to it, and the money page, which is
/// the report's money, leaves it out.
#[test]
fn a_successor_programme_says_so_everywhere_it_shows() {
    let loaded = loaded();
    let successor = render_body(loaded.clone(), &at("nl/programmes/rdt-ii/", Locale::nl));
    assert_eq!(heading(&successor), "Regio Deal Twente II (RDT II)");
    let note = successor.find("Opvolger van de").expect("the page says it is a successor");
    assert!(successor[note..].contains("nl/programmes/rdt/"), "linked to the programme it follows");
    assert!(successor.find("25 mln").is_some_and(|figure| figure > note), "its figures come after the note");
    assert!(!successor.contains("projecten van dit programma"), "no link to an empty list of projects");
    for page in ["nl/programmes/rdt/", "nl/"] {
        let html = render_body(loaded.clone(), &at(page, Locale::nl));
        assert!(
            html.contains("Opgevolgd door") && html.contains("nl/programmes/rdt-ii/"),
            "{page} links the successor"
        );
    }
    let money = render_body(loaded.clone(), &at("nl/money/", Locale::nl));
    assert!(!money.contains("Regio Deal Twente II"), "the report's money holds none of the successor's");
    let german = render_body(loaded, &at("de/programmes/rdt-ii/", Locale::de));
    assert!(german.contains("Nachfolger des"));
}

/// The report's chart titles are its own words, marked as quotations in the data: the page shows them
/// as quotations, translated where the interface is English (marked `lang="en"`).
#[test]
fn the_report_s_chart_titles_are_shown_as_quotations() {
    let html = render_body(loaded(), &at("en/money/", Locale::en));
    assert!(html.contains("<q lang=\"en\">Progress of allocating funds<!></q>"), "a translated title, quoted");
    let dutch = render_body(loaded(), &at("nl/money/", Locale::nl));
    assert!(dutch.contains("<q lang=\"nl\">Voortgang toewijzing middelen<!></q>"));
}

/// The app's index finds organisations by the words for their kind, in each language: a reader who
/// searches "onderwijs" or "Bildung" sees the schools and universities among "Ook gevonden".
#[test]
fn organisations_are_found_by_their_kind_in_every_language() {
    use investeren_in_twente::core::explore::run;
    use investeren_in_twente::core::query::Query;
    let loaded = loaded();
    for text in ["onderwijs", "education", "Bildung", "hogeschool"] {
        let results = run(&loaded.index, &Query::default().with_text(text));
        let found: Vec<&str> = results.records.iter().map(|&r| loaded.index.records[r as usize].id.as_str()).collect();
        if text == "hogeschool" {
            assert!(found.contains(&"saxion"), "{text}: by its name");
            continue;
        }
        for id in ["universiteit-twente", "saxion", "roc-van-twente"] {
            assert!(found.contains(&id), "{text} finds {id}: {found:?}");
        }
        assert!(!found.contains(&"rijk"), "{text}: not the national government");
    }
}

#[test]
fn charts_are_drawn_into_the_page_at_every_width() {
    let html = render_body(loaded(), &at("", Locale::nl));
    for width in investeren_in_twente::app::components::chart::CHART_WIDTHS {
        assert!(html.contains(&format!("chart__variant--{width}")), "the drawing {width} px wide");
    }
    assert!(html.contains("<svg role=\"img\""), "an SVG picture with its role");
}

/// The charts the embed builder offers are the charts the pages show, each under its name on its
/// own page (an embed of one chart asks for it there), and no page has a chart the list leaves out.
#[test]
fn every_chart_of_the_pages_is_in_the_list_the_builder_offers() {
    use investeren_in_twente::core::charts::page_charts::PageChart;
    let loaded = loaded();
    let charts = PageChart::all(&loaded.dataset);
    let mut drawn: Vec<String> = Vec::new();
    for page in PAGES.iter().filter(|page| !page.view.is_tool()) {
        let html =
            render_body(loaded.clone(), &at(&Location::new(page.view.clone(), Default::default()).href(), Locale::nl));
        for part in html.split("id=\"chart-").skip(1) {
            let name = &part[..part.find('"').unwrap()];
            assert!(
                charts.iter().any(|c| c.name() == name && c.view() == page.view),
                "{name} on {:?} is not in PageChart::all",
                page.view
            );
            drawn.push(name.to_string());
        }
    }
    for chart in &charts {
        assert!(drawn.contains(&chart.name()), "{} is offered but no page draws it", chart.name());
    }
}

/// The embed builder is pre-rendered with its form, its preview frame and the code for the default
/// embed (the list, light), with the example address of docs/embedding.md (the page says so where
/// script cannot run; the app writes the site's own address).
#[test]
fn the_embed_builder_page_has_its_form_preview_and_code() {
    let html = render_body(loaded(), &at("nl/embed/", Locale::nl));
    let frame = html.find("<iframe").map(|i| &html[i..i + 300]).unwrap_or("none");
    assert!(
        frame.contains("class=\"builder__frame\"") && frame.contains("data-twente-embed"),
        "the preview frame: {frame}"
    );
    assert!(html.contains("src=\"nl/projects/?embed=1&amp;theme=light\""), "the preview shows the default embed");
    assert!(
        html.contains("<code>&lt;iframe data-twente-embed title=\"Investeren in Twente\""),
        "the code, escaped as text"
    );
    assert!(
        html.contains("https://apps.example.nl/twente/nl/projects/?embed=1&amp;amp;theme=light"),
        "its address, escaped as text"
    );
    assert!(
        html.contains("id=\"builder-shown-list\" value=\"list\" checked"),
        "what the code shows is the one chosen, also without script"
    );
    // Where the build knows the site's address, the code names it.
    let known = investeren_in_twente::app::prerender::render_body_at(
        loaded(),
        &at("nl/embed/", Locale::nl),
        Some("https://twente.example.org/verkenner"),
    );
    assert!(
        known.contains("https://twente.example.org/verkenner/nl/projects/?embed=1&amp;amp;theme=light"),
        "the site's own address"
    );
    assert!(known.contains("frame-src https://twente.example.org;"), "its origin in the host's policy");
    for id in [
        "builder-shown-chart",
        "builder-lock",
        "builder-lang",
        "builder-theme",
        "builder-title-field",
        "builder-auto-height",
        "builder-code",
        "builder-host-policy",
        "builder-explorer-policy",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
}

/// Without script the explorer cannot turn pages, so its pre-rendered page lists every project: the
/// first page as the app shows it, the rest in a list that only shows without the app.
#[test]
fn the_explorer_lists_every_project_with_links() {
    let loaded = loaded();
    let html = render_body(loaded.clone(), &at("?view=projects", Locale::nl));
    let projects = loaded.dataset.projects.len();
    assert_eq!(html.matches("class=\"result\"").count(), projects);
    for project in &loaded.dataset.projects {
        assert!(html.contains(&format!("href=\"nl/projects/{}/\"", project.id)), "a link to {}", project.id);
    }
    let page_size = investeren_in_twente::core::explore::PAGE_SIZE;
    let rest =
        html.split("class=\"result-list without-app\"").nth(1).map(|rest| rest.matches("class=\"result\"").count());
    assert_eq!(
        rest.unwrap_or(0),
        projects.saturating_sub(page_size),
        "the first page, then the rest only without the app"
    );
}

/// Every page is the template with its body in `#app`, whole: a tool's page starts the tool's app,
/// only the builder's pages keep the builder's stylesheet and host script, and nothing of the
/// template around `#app` is cut (the tools' files have addresses of other lengths than the app's).
#[test]
fn every_page_is_the_whole_template_around_its_body_and_starts_its_own_app() {
    use investeren_in_twente::app::prerender::{site, Build};
    use investeren_in_twente::core::site::Tool;
    let template = "<!doctype html>\n<html lang=\"nl\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>x</title>\n  <meta name=\"description\" content=\"x\">\n  <script type=\"module\" src=\"./boot.js\" data-js=\"./investeren-in-twente-0123456789abcdef.js\" data-wasm=\"./investeren-in-twente-0123456789abcdef_bg.wasm\"></script>\n  <link rel=\"stylesheet\" href=\"./app-0123.css\" integrity=\"sha384-x\"/>\n  <link rel=\"stylesheet\" href=\"./builder-app/builder-0123.css\" integrity=\"sha384-y\"/>\n  <script src=\"embed.js\" defer></script>\n</head>\n<body>\n  <div id=\"app\">\n    <div class=\"boot\" aria-busy=\"true\"></div>\n  </div>\n</body>\n</html>\n";
    let build = Build {
        template,
        loaded: loaded(),
        fingerprint: "f".into(),
        public_url: None,
        tool_apps: vec![
            (Tool::Check, "./check-app/check.js?v=1".into(), "./check-app/check_bg.wasm?v=1".into()),
            (Tool::Builder, "./builder-app/builder.js?v=12345".into(), "./builder-app/builder_bg.wasm?v=12345".into()),
        ],
    };
    for page in site(&build) {
        let html = &page.html;
        let file = &page.file;
        assert!(html.ends_with("</div>\n</body>\n</html>\n"), "{file} ends {:?}", &html[html.len() - 40..]);
        assert!(html.contains("</head>\n<body>\n  <div id=\"app\" "), "{file}: the body starts with #app");
        let builder = file.contains("/embed/");
        assert_eq!(html.contains("builder-app/builder-0123.css"), builder, "{file}: the builder's stylesheet");
        assert_eq!(html.contains("src=\"embed.js\""), builder, "{file}: the host script");
        let app = if builder {
            "builder-app/builder"
        } else if file.contains("/check/") {
            "check-app/check"
        } else {
            "investeren-in-twente-"
        };
        assert!(html.contains(&format!("data-js=\"./{app}")), "{file} starts {app}");
    }
}
