//! Where the views run: in the browser, or on the build machine that pre-renders them to HTML.

/// Whether the views run in the browser, not on the build machine that pre-renders them to HTML.
/// Views call browser APIs (window, storage, listeners) only when it is true; effects and event
/// handlers run only in the browser anyway.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");
