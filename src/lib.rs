//! Investeren in Twente: an explorer of the regional investment programmes of Twente.
//!
//! `core` is pure Rust and runs on the host; `app` holds the Leptos views and exists only in the
//! WebAssembly build.

#![warn(missing_docs)]

pub mod core;

#[cfg(all(feature = "dev-tools", not(target_arch = "wasm32")))]
pub mod synthetic;

#[cfg(all(feature = "dev-tools", not(target_arch = "wasm32")))]
pub mod fuzz;

#[cfg(target_arch = "wasm32")]
pub mod app;
