//! Generates the typed `i18n` module from locales/{nl,en,de}.json (leptos_i18n). The WebAssembly
//! apps and the pre-rendering use it. Texts with parts are written `{name}` and filled by
//! `core::text::fill`, not by leptos_i18n's interpolation (which generates code per text and language).
//!
//! Each app gets the texts of its own pages only: the readers' app is built without the tools'
//! texts (`check.*`, `builder.*`), so a tool's key used by a reader's view fails to compile instead
//! of adding the tool's texts to every reader's download.

use leptos_i18n_build::{Config, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

/// The texts of the tools' pages, and the feature that builds each tool's app.
const TOOLS: &[(&str, &str)] = &[("check", "CARGO_FEATURE_CHECK"), ("builder", "CARGO_FEATURE_BUILDER")];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if !wasm && std::env::var_os("CARGO_FEATURE_PRERENDER").is_none() {
        return Ok(());
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    let config = Config::new("nl")?.add_locales(["en", "de"])?;
    let locales = out.with_file_name("locales");
    std::fs::create_dir_all(&locales)?;
    for lang in ["nl", "en", "de"] {
        let text = std::fs::read_to_string(format!("locales/{lang}.json"))?;
        let mut texts: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text)?;
        for (tool, feature) in TOOLS {
            if std::env::var_os(feature).is_none() {
                texts.remove(*tool);
            }
        }
        std::fs::write(locales.join(format!("{lang}.json")), serde_json::to_string(&texts)?)?;
    }
    // leptos_i18n reads `<dir>/locales/<lang>.json`.
    let translations = TranslationsInfos::parse_at_dir(out.parent().ok_or("OUT_DIR has no parent")?, config)?;
    translations.emit_diagnostics();
    translations.generate_i18n_module(out)?;
    Ok(())
}
