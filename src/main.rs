//! Entry point of the WebAssembly app: mounts the views. Built by Trunk (see README).

#[cfg(target_arch = "wasm32")]
fn main() {
    investeren_in_twente::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app; build it with Trunk (see README). For the dataset checker run `cargo run --bin validate -- FILE`.");
    std::process::exit(2);
}
