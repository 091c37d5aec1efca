//! Investeren in Twente: an explorer of the regional investment programmes of Twente.
//!
//! `core` is pure Rust and runs on the host; `app` holds the Leptos views: in the WebAssembly build,
//! and on the build machine with the `prerender` feature, which renders them to HTML.

#![warn(missing_docs)]

pub mod contract;
pub mod core;

#[cfg(all(feature = "dev-tools", not(target_arch = "wasm32")))]
pub mod synthetic;

#[cfg(all(feature = "dev-tools", not(target_arch = "wasm32")))]
pub mod fuzz;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
