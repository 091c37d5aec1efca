//! The wasm of the page "Insluiten op uw website" (feature `builder`): the whole app with the embed
//! builder. Only that page loads it (index.html's third `rust` link builds it; the build writes its
//! files into the builder's pages), so readers and the dataset check download the app without it.

#[cfg(target_arch = "wasm32")]
fn main() {
    investeren_in_twente::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the embed builder's browser app; build it with Trunk (see README).");
    std::process::exit(2);
}
