//! Small views shared by several pages.

pub mod active_filters;
pub mod chart;
pub mod cite;
pub mod disclosure;
pub mod facets;
pub mod filter_note;
pub mod highlight;
pub mod load_status;
pub mod localized;
pub mod money_answer;
pub mod nav;
pub mod organisation_name;
pub mod page_tools;
pub mod result_list;
pub mod source_ref;
pub mod sources;

pub use localized::Localized;
pub use organisation_name::organisation_name;
pub use source_ref::SourceRef;
