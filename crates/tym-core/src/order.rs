//! Stable sorting by a key, with few copies of the sorting code in the WebAssembly build: every call
//! sorts `(key, index)` pairs with the one unstable sort of that key type, and the index keeps equal
//! keys in their original order. (Each `sort_by_key` call site is its own copy of the standard
//! library's stable sort, about 3 kB of wasm each.)

/// Sorts `v` by `key`, keeping the order of items with equal keys.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    let mut keyed: Vec<(K, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    keyed.sort_unstable();
    let mut items: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(keyed.into_iter().filter_map(|(_, i)| items[i].take()));
}

/// Position of `x` in `order`, for sorting by a catalogue's order; items not in it go last.
pub fn rank<T: PartialEq>(order: &[T], x: &T) -> u64 {
    order.iter().position(|y| y == x).map_or(u64::MAX, |p| p as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_equal_keys_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w: Vec<u8> = Vec::new();
        sort_by_key(&mut w, |x| *x);
        assert!(w.is_empty());
        assert_eq!(rank(&['x', 'y'], &'y'), 1);
        assert_eq!(rank(&['x', 'y'], &'z'), u64::MAX);
    }
}
