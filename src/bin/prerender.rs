//! Writes every page of the app, pre-rendered, into a build (Trunk runs it after each build, see
//! Trunk.toml): `cargo run --features prerender --bin prerender -- [DIR]`, DIR defaulting to
//! `$TRUNK_STAGING_DIR`, else `dist`. With `TWENTE_PUBLIC_URL` set (the site's address, such as
//! `https://example.org/investeren/`) the pages get canonical links and the build a sitemap.xml;
//! without it both are left out rather than wrong.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use investeren_in_twente::app::prerender::{site, sitemap, Build};
use investeren_in_twente::app::state::Loaded;
use investeren_in_twente::core::site::Tool;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map_or_else(|| PathBuf::from("dist"), PathBuf::from);
    if let Err(error) = run(&dir) {
        eprintln!("prerender: {error}");
        std::process::exit(1);
    }
}

/// The app of a tool's pages in the build (one of index.html's other `rust` links), each file with a
/// version from the wasm's content in its query: Trunk does not hash the names of such builds.
fn tool_app(dir: &Path, tool: Tool) -> Option<(Tool, String, String)> {
    let (folder, name) = tool.app();
    let wasm = std::fs::read(dir.join(format!("{folder}/{name}_bg.wasm"))).ok()?;
    dir.join(format!("{folder}/{name}.js")).exists().then_some(())?;
    let version = investeren_in_twente::core::fingerprint::fingerprint(&wasm);
    Some((tool, format!("./{folder}/{name}.js?v={version}"), format!("./{folder}/{name}_bg.wasm?v={version}")))
}

fn run(dir: &Path) -> Result<(), String> {
    let read =
        |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()));
    // Trunk's index.html, kept as template.html: the root page is written over index.html, and a
    // later run on this build (scripts/publish.sh, a new dataset) renders from the template again.
    let template = match read(TEMPLATE) {
        Ok(template) => template,
        Err(_) => {
            let template = read("index.html")?;
            std::fs::write(dir.join(TEMPLATE), &template).map_err(|e| format!("{TEMPLATE}: {e}"))?;
            template
        }
    };
    let text = read(investeren_in_twente::contract::DATASET_PATH)?;
    let dataset = investeren_in_twente::core::load::load_dataset(&text)
        .map_err(|problems| format!("the bundled dataset does not load: {problems:?}"))?;
    let public_url =
        std::env::var("TWENTE_PUBLIC_URL").ok().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    let build = Build {
        template: &template,
        loaded: Arc::new(Loaded::new(dataset)),
        fingerprint: investeren_in_twente::core::fingerprint::fingerprint(&text),
        public_url: public_url.as_deref(),
        tool_apps: Tool::ALL.into_iter().filter_map(|tool| tool_app(dir, tool)).collect(),
    };
    let pages = site(&build);
    same_contact_as_the_build(dir, &pages)?;
    for page in &pages {
        let path = dir.join(&page.file);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, &page.html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let gone = remove_pages_not_in(dir, &pages)?;
    let downloads = write_downloads(dir, &build.loaded.dataset, &text, &template, public_url.as_deref())?;
    write_feed(dir, &build.loaded.dataset, &build.fingerprint, public_url.as_deref())?;
    if let Some(public) = public_url {
        std::fs::write(dir.join("sitemap.xml"), sitemap(&pages, &public)).map_err(|e| format!("sitemap.xml: {e}"))?;
    }
    println!(
        "prerender: {} pages in {} ({gone} pages of records no longer in the dataset removed), {downloads} downloads",
        pages.len(),
        dir.display()
    );
    Ok(())
}

/// A run over an existing build (scripts/publish.sh) stops before it writes a page when the build's
/// statement names another accessibility contact than this run would: the app was compiled with
/// the build's `TWENTE_ACCESSIBILITY_EMAIL` and keeps the built text and links.
fn same_contact_as_the_build(dir: &Path, pages: &[investeren_in_twente::app::prerender::Page]) -> Result<(), String> {
    use investeren_in_twente::core::statement::{contact, page_names_contact};
    let (_, href) = contact();
    for page in pages.iter().filter(|p| page_names_contact(&p.html, &href)) {
        let built = dir.join(&page.file);
        if std::fs::read_to_string(&built).is_ok_and(|old| !page_names_contact(&old, &href)) {
            return Err(format!(
                "{} names another accessibility contact than {href}: set TWENTE_ACCESSIBILITY_EMAIL as the build \
                 did (docs/deploy.md, build settings); nothing was written",
                built.display()
            ));
        }
    }
    Ok(())
}

/// Writes the open data files (`core::downloads`), the DCAT record (`core::metadata`), the
/// format's JSON Schema and data dictionary (`core::dictionary`) and the editors' guide
/// (`core::guide`) into the build, in place of an
/// earlier run's (a project no longer in the dataset keeps no file); returns how many.
fn write_downloads(
    dir: &Path,
    dataset: &investeren_in_twente::core::model::Dataset,
    text: &str,
    template: &str,
    public_url: Option<&str>,
) -> Result<usize, String> {
    use investeren_in_twente::core::dictionary;
    use investeren_in_twente::core::downloads::{files, FOLDER};
    for folder in ["csv", "projects"] {
        let folder = dir.join(FOLDER).join(folder);
        if folder.exists() {
            std::fs::remove_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
    }
    let mut files = files(dataset, text);
    let record = investeren_in_twente::core::metadata::dcat(dataset, public_url);
    files.push(investeren_in_twente::core::downloads::Download {
        path: investeren_in_twente::core::metadata::DCAT_PATH.to_string(),
        content: serde_json::to_string_pretty(&record).unwrap_or_default(),
    });
    let schema = dictionary::schema();
    files.push(investeren_in_twente::core::downloads::Download {
        path: dictionary::DICTIONARY_PATH.to_string(),
        content: dictionary::page(&schema, &dictionary::stylesheets(template), "../nl/quality/"),
    });
    files.push(investeren_in_twente::core::downloads::Download {
        path: dictionary::SCHEMA_PATH.to_string(),
        content: serde_json::to_string_pretty(&schema).unwrap_or_default(),
    });
    let guide = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/dataset.md");
    let guide = std::fs::read_to_string(&guide).map_err(|e| format!("{}: {e}", guide.display()))?;
    files.push(investeren_in_twente::core::downloads::Download {
        path: investeren_in_twente::core::guide::GUIDE_PATH.to_string(),
        content: investeren_in_twente::core::guide::page(&guide, &dictionary::stylesheets(template), "../nl/quality/"),
    });
    for file in &files {
        let path = dir.join(&file.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, &file.content).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(files.len())
}

/// Writes the feed of the dataset's versions (`core::feed`): the entries of the feed the build had,
/// and this version's, compared with the file `TWENTE_PREVIOUS_DATASET` names (scripts/publish.sh
/// gives the build's dataset before it replaces it).
fn write_feed(
    dir: &Path,
    dataset: &investeren_in_twente::core::model::Dataset,
    fingerprint: &str,
    public_url: Option<&str>,
) -> Result<(), String> {
    use investeren_in_twente::core::feed::{feed, rfc3339, Version, FEED_PATH};
    let path = dir.join(FEED_PATH);
    let earlier = std::fs::read_to_string(&path).ok();
    let previous = std::env::var("TWENTE_PREVIOUS_DATASET")
        .ok()
        .and_then(|file| std::fs::read_to_string(file).ok())
        .and_then(|text| investeren_in_twente::core::load::load_dataset(&text).ok());
    let changes = previous.map(|previous| investeren_in_twente::core::diff::diff(&previous, dataset));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let published = rfc3339(now);
    let version = Version { fingerprint, published: &published, changes: changes.as_ref() };
    std::fs::write(&path, feed(dataset, &version, earlier.as_deref(), public_url))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The file that keeps Trunk's index.html in the build (see [`run`]).
const TEMPLATE: &str = "template.html";

/// Removes the pages of an earlier run that this one did not write (a project, programme,
/// municipality or organisation no longer in the dataset), with their compressed copies and the
/// folders they leave empty; returns how many. Only below the language folders, where every page
/// is the pre-rendering's.
fn remove_pages_not_in(dir: &Path, pages: &[investeren_in_twente::app::prerender::Page]) -> Result<usize, String> {
    fn pages_below(folder: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pages_below(&path, out);
            } else if path.file_name().is_some_and(|n| n == "index.html") {
                out.push(path);
            }
        }
    }
    let written: std::collections::HashSet<PathBuf> = pages.iter().map(|p| dir.join(&p.file)).collect();
    let mut found = Vec::new();
    for lang in investeren_in_twente::core::text::Lang::ALL {
        pages_below(&dir.join(lang.tag()), &mut found);
    }
    let mut removed = 0;
    for page in found.into_iter().filter(|p| !written.contains(p)) {
        for file in [page.clone(), page.with_extension("html.br"), page.with_extension("html.gz")] {
            if file.exists() {
                std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            }
        }
        // The folder, if that left it empty (a failure here leaves an empty folder, nothing more).
        if let Some(folder) = page.parent() {
            let _ = std::fs::remove_dir(folder);
        }
        removed += 1;
    }
    Ok(removed)
}
