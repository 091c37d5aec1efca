//! The wasm of the page "Gegevens controleren" (feature `check`): the whole app with the check of a
//! new dataset and its Web Worker. Only that page loads it (index.html's second `rust` link builds
//! it; the build writes it into the check pages), so readers download the app without it.

#[cfg(target_arch = "wasm32")]
fn main() {
    investeren_in_twente::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the dataset check's browser app; build it with Trunk (see README).");
    std::process::exit(2);
}
