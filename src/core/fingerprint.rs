//! A short fingerprint of a dataset file, written into every pre-rendered page, so the app in the
//! browser can tell whether the dataset it fetched is the one the page was rendered from (then it
//! attaches to the page) or another (then it renders the page anew).
//!
//! FNV-1a by hand: a few lines, no table, and it only has to tell versions of one file apart (it is
//! not a defence against anyone); a hashing crate would add code to every reader's download.

/// The fingerprint of `content` (a text, or a file's bytes): 64-bit FNV-1a, as 16 hexadecimal digits.
pub fn fingerprint(content: impl AsRef<[u8]>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in content.as_ref() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn known_values_of_fnv_1a() {
        // The published test vectors of 64-bit FNV-1a.
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
        assert_eq!(fingerprint("foobar"), "85944171f73967e8");
    }

    #[test]
    fn one_changed_figure_changes_the_fingerprint() {
        let text = r#"{"amount": 1000000}"#;
        assert_ne!(fingerprint(text), fingerprint(text.replace('1', "2")));
        assert_eq!(fingerprint(text).len(), 16);
    }
}
