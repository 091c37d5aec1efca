//! The pure core: everything that decides something, free of any browser dependency and tested on
//! the host. The views in `app` call into it; it never calls them.

pub mod charts;
pub mod check;
pub mod cite;
pub mod data_source;
pub mod date;
pub mod dictionary;
pub mod diff;
pub mod downloads;
pub mod embed;
pub mod explore;
pub mod export;
pub mod facets;
pub mod feed;
pub mod fingerprint;
pub mod fold;
pub mod format;
pub mod guide;
pub mod import;
pub mod index;
pub mod json_path;
pub mod load;
pub mod metadata;
pub mod model;
pub mod money;
pub mod order;
pub mod organisations;
pub mod places;
pub mod problem;
pub mod publish;
pub mod quality;
pub mod query;
pub mod route;
pub mod search;
pub mod settings;
pub mod site;
pub mod statement;
pub mod text;
pub mod validate;
pub mod wordforms;

/// The bundled dataset, loaded and checked: the shared fixture of the core's unit tests.
#[cfg(test)]
pub(crate) fn bundled_dataset() -> model::Dataset {
    let text = std::fs::read_to_string("public/data/investeren-in-twente.json").expect("the bundled dataset");
    load::load_dataset(&text).expect("the bundled dataset loads")
}
