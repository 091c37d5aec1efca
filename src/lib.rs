//! Investeren in Twente: an explorer of the regional investment programmes of Twente.
//!
//! `core` is pure Rust and runs on the host; `app` holds the Leptos views and exists only in the
//! WebAssembly build.

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;

#[cfg(not(target_arch = "wasm32"))]
pub mod fuzz;

#[cfg(target_arch = "wasm32")]
pub mod app;
