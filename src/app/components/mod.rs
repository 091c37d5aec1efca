//! Small views shared by several pages.

pub mod active_filters;
pub mod facets;
pub mod highlight;
pub mod localized;
pub mod result_list;
pub mod source_ref;

pub use localized::Localized;
pub use source_ref::SourceRef;
