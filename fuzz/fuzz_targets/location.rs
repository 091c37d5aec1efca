//! Any bytes as the page address's query string: read without a panic, and the link the app
//! writes for it leads back to the same place.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| investeren_in_twente::fuzz::location(data));
