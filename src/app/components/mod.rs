//! Small views shared by several pages.

pub mod localized;
pub mod source_ref;

pub use localized::Localized;
pub use source_ref::SourceRef;
