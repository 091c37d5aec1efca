//! Any bytes as a dataset file: loaded or refused with reasons, never a panic; when loaded, every
//! view's logic holds its promises (see `investeren_in_twente::fuzz::dataset`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| investeren_in_twente::fuzz::dataset(data));
