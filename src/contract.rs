//! The names the page's scripts (head.js, boot.js, check-worker.js, the service worker), its
//! stylesheet and the Rust code share: attributes, events, globals and storage keys. Each is
//! defined here once; `tests/contract.rs` fails when a script or the stylesheet uses a name of this
//! kind that is not listed here, or no longer uses one listed for it, so the two sides cannot drift.

/// One shared name and the files outside Rust that use it (paths from the repository's root).
pub struct Shared {
    /// The name as it is written in every file.
    pub name: &'static str,
    /// The scripts and stylesheets that use it.
    pub used_in: &'static [&'static str],
}

/// The id of the element that holds the app (index.html, the pre-rendered pages).
pub const APP_ROOT_ID: &str = "app";

/// On `#app` of a page the build pre-rendered: the address the page was rendered for (below the
/// root, as `Location::href` writes it), which the app attaches to (hydration) before it applies
/// the address in the address bar. Removed once the app runs.
pub const PRERENDERED: &str = "data-prerendered";

/// On `#app` of a pre-rendered page: the fingerprint of the dataset it was rendered from
/// (`core::fingerprint`). The app attaches to the page only when the dataset it fetched has the
/// same one; else it renders the page anew.
pub const DATASET_FINGERPRINT: &str = "data-dataset";

/// On `<html>`: how the app stands. boot.js writes [`APP_FAILED`]; the panic hook writes
/// [`APP_HYDRATION_FAILED`] when the page did not match the app, and boot.js then starts the app
/// once more with [`APP_FRESH`], which renders the page anew instead of attaching to it. The app
/// writes [`APP_RUNNING`] once it answers the reader.
pub const APP_STATE: &str = "data-app";
/// [`APP_STATE`]: the app could not start; the page stays as pre-rendered (style/app.css).
pub const APP_FAILED: &str = "failed";
/// [`APP_STATE`]: attaching to the pre-rendered page failed (the console says where).
pub const APP_HYDRATION_FAILED: &str = "hydration-failed";
/// [`APP_STATE`]: boot.js asks the app to render the page anew.
pub const APP_FRESH: &str = "fresh";
/// [`APP_STATE`]: the app runs and answers the reader.
pub const APP_RUNNING: &str = "running";

/// Dispatched on `window` by the app when it has attached to the page (or rendered it) and answers
/// the reader: boot.js then hands it what the reader did before (typed text, ticked boxes, clicks).
pub const RUNNING_EVENT: &str = "twente:running";

/// On the element that shows results (the explorer's list), while the reader has changed a control
/// the app has not applied yet: `aria-busy="true"` there, and style/app.css shows its "updating" line.
pub const UPDATES: &str = "data-updates";

/// On `<html>`, set by head.js when scripts run (style/app.css hides what needs them otherwise).
pub const SCRIPT: &str = "data-script";

/// On `<html>`: the colour scheme chosen (`dark`, `light`), by head.js from the stored choice and by
/// the app; style/tokens.css follows it.
pub const THEME: &str = "data-theme";

/// On `<html>`, set by head.js when the address has a search or filters the built page does not
/// show: the results say they are being updated (or, where the app cannot run, that they are not
/// filtered) until the app applies them (style/app.css).
pub const ADDRESS_FILTERS: &str = "data-address-filters";

/// On `<html>`, set by head.js when the page is embedded (`embed=1`): style/app.css hides the site's
/// header, menu and footer from the first paint.
pub const EMBED: &str = "data-embed";

/// On a `<base>` whose root is not known when the page is built (404.html, and the service worker's
/// offline stand-in for a page never visited): boot.js starts the app at once there.
pub const BASE_ROOT: &str = "data-root";

/// The reader's language, in localStorage (head.js sends the root page there).
pub const LANG_KEY: &str = "twente-lang";
/// The reader's colour scheme, in localStorage (head.js applies it before the first paint).
pub const SCHEME_KEY: &str = "twente-scheme";

/// Dispatched by boot.js when the service worker has a new version waiting.
pub const UPDATE_AVAILABLE_EVENT: &str = "twente:update-available";
/// On `<html>`, set by boot.js when a new version was announced before the app listened.
pub const UPDATE_AVAILABLE: &str = "data-update-available";
/// Dispatched by the app when the reader asks for the new version; boot.js activates it.
pub const APPLY_UPDATE_EVENT: &str = "twente:apply-update";

/// The global in which check-worker.js leaves the page's request for the dataset check's wasm.
pub const CHECK_REQUEST_GLOBAL: &str = "twenteCheck";

/// The header the service worker puts on a dataset it answers from its cache: when it was fetched.
pub const CACHED_AT_HEADER: &str = "x-twente-cached-at";

/// Where boot.js notes, for one reload, that a page did not match the app and is to be rendered
/// anew (session storage).
pub const FRESH_KEY: &str = "twente-fresh";

/// The global in which boot.js keeps the wasm's exports, for the in-browser benchmark.
pub const BENCH_WASM_GLOBAL: &str = "__twenteWasm";

/// The message type an embedding page listens for: `{type, height}`, posted on every change of the
/// page's height in embed mode (docs/embedding.md).
pub const HEIGHT_MESSAGE: &str = "twente-explorer:height";

/// The message type posted to an embedding page after the reader moved to another view:
/// `{type, top}`, where the new view's heading is in the frame (embed.js scrolls it into view).
pub const NAVIGATED_MESSAGE: &str = "twente-explorer:navigated";

/// On an embedding page's `<iframe>`: the frame holds the explorer, and embed.js fits it
/// (docs/embedding.md).
pub const EMBED_FRAME: &str = "data-twente-embed";

/// Dispatched by the end-to-end test of the panic view, in a build with the `test-hooks` feature
/// only: the app panics on purpose (src/app/fatal.rs).
pub const TEST_PANIC_EVENT: &str = "twente:test-panic";

/// The bundled dataset's address, relative to the page so the app works under any sub-path.
pub const DATASET_PATH: &str = "data/investeren-in-twente.json";

/// The global in which boot.js leaves its request for the bundled dataset, started as the wasm
/// downloads: `[controller, response]` (an `AbortController` and the `fetch` promise). The app
/// takes it (src/app/data.rs) instead of asking for the file only once it runs.
pub const DATASET_REQUEST_GLOBAL: &str = "twenteDataset";

/// The attributes on boot.js's tag that name the app's hashed files (Trunk.toml's pattern_script).
pub const APP_JS: &str = "data-js";
/// See [`APP_JS`].
pub const APP_WASM: &str = "data-wasm";

/// Every shared name, with the files that use it; `tests/contract.rs` checks both directions.
pub const SHARED: &[Shared] = &[
    Shared { name: PRERENDERED, used_in: &["boot.js"] },
    Shared { name: APP_STATE, used_in: &["boot.js", "style/app.css"] },
    Shared { name: RUNNING_EVENT, used_in: &["boot.js"] },
    Shared { name: UPDATES, used_in: &["boot.js", "style/app.css"] },
    Shared { name: SCRIPT, used_in: &["head.js", "style/app.css"] },
    Shared { name: THEME, used_in: &["head.js", "style/tokens.css"] },
    Shared { name: BASE_ROOT, used_in: &["boot.js", "scripts/sw-template.js"] },
    Shared { name: ADDRESS_FILTERS, used_in: &["head.js", "boot.js", "style/app.css"] },
    Shared { name: EMBED, used_in: &["head.js", "style/app.css"] },
    Shared { name: LANG_KEY, used_in: &["head.js"] },
    Shared { name: SCHEME_KEY, used_in: &["head.js"] },
    Shared { name: UPDATE_AVAILABLE_EVENT, used_in: &["boot.js"] },
    Shared { name: UPDATE_AVAILABLE, used_in: &["boot.js"] },
    Shared { name: APPLY_UPDATE_EVENT, used_in: &["boot.js"] },
    Shared { name: CHECK_REQUEST_GLOBAL, used_in: &["check-worker.js"] },
    Shared { name: CACHED_AT_HEADER, used_in: &["scripts/sw-template.js"] },
    Shared { name: FRESH_KEY, used_in: &["boot.js"] },
    Shared { name: BENCH_WASM_GLOBAL, used_in: &["boot.js", "scripts/bench-browser.mjs"] },
    Shared { name: HEIGHT_MESSAGE, used_in: &["docs/embedding.md", "embed.js"] },
    Shared { name: NAVIGATED_MESSAGE, used_in: &["docs/embedding.md", "embed.js"] },
    Shared { name: EMBED_FRAME, used_in: &["docs/embedding.md", "embed.js", "tests/e2e/host-server.mjs"] },
    Shared { name: TEST_PANIC_EVENT, used_in: &["tests/e2e/reliability.spec.js"] },
    Shared { name: DATASET_PATH, used_in: &["boot.js", "scripts/bench-server.mjs", "tests/e2e/helpers.js"] },
    Shared { name: DATASET_REQUEST_GLOBAL, used_in: &["boot.js"] },
    Shared { name: APP_JS, used_in: &["boot.js", "Trunk.toml"] },
    Shared { name: APP_WASM, used_in: &["boot.js", "Trunk.toml"] },
];

/// The values of [`APP_STATE`], which boot.js and the stylesheet write and read as literals too.
pub const APP_STATES: &[&str] = &[APP_FAILED, APP_HYDRATION_FAILED, APP_FRESH, APP_RUNNING];
