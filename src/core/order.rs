//! One sort for every list the app orders.
//!
//! Each `sort_by` with a closure of its own, and each `sort` of another element type, puts a whole
//! sorting algorithm into the wasm (1.5 to 3 KB each before compression; docs/benchmarks.md). The
//! app's lists are ordered through [`sort_positions`] instead: it sorts positions with the
//! comparison passed as a trait object, so the wasm holds one stable sort. Lists too short to matter
//! are kept in order as they are built, without a sort at all.

use std::cmp::Ordering;

/// Sorts `positions` stably by `compare`.
pub fn sort_positions(positions: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    positions.sort_by(|&a, &b| compare(a, b));
}

/// Puts `items` in order by `compare`, stably, through [`sort_positions`].
pub fn sort_items<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut positions: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut positions, &|a, b| compare(&items[a as usize], &items[b as usize]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(positions.iter().filter_map(|&p| slots[p as usize].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_and_keeps_every_item() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_items(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let keys = ["c", "a", "b"];
        let mut positions = vec![0, 1, 2];
        sort_positions(&mut positions, &|a, b| keys[a as usize].cmp(keys[b as usize]));
        assert_eq!(positions, [1, 2, 0]);
    }
}
