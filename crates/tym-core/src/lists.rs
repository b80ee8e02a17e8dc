//! Edits of the agreement's lists that change their length or order (a row removed, moved, added, a
//! spreadsheet pasted), and keeping what refers to a list's items by position on the same items.
//! The one such reference is a composition table's selection of seats (`Block::Table::rows`, seat
//! indexes): without this, removing the first seat would make Läntinen Pirkanmaa's annex 1 print
//! other members than before. Every verb of the app that reorders or resizes a list comes here.
//!
//! The generic functions only do the list operation; the renumbering is one non-generic function
//! (`renumber`), so the WebAssembly build has one copy of it rather than one per list type; the
//! generic ones are inlined into the app's row verbs, as the list operations were before.

use crate::model::{Agreement, Seat};

/// A list of the agreement, as the app's tables name it (`|a| &mut a.steering_group.seats`).
pub type List<T> = fn(&mut Agreement) -> &mut Vec<T>;

/// What an edit did to a list: where each item that was there before is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The item at this index was removed; the later ones moved up by one.
    Removed(usize),
    /// The items at these two indexes changed places.
    Swapped(usize, usize),
    /// Items were added or overwritten at the end or in place (an added row, a paste); the list
    /// had this many items before. An index at or past it referred to no item and is dropped, so a
    /// new item is never selected by a stale index.
    Kept(usize),
}

impl Change {
    /// The new index of the item that was at `i`; `None` when it is gone.
    pub fn to(self, i: usize) -> Option<usize> {
        match self {
            Change::Removed(r) if i == r => None,
            Change::Removed(r) if i > r => Some(i - 1),
            Change::Swapped(x, y) if i == x => Some(y),
            Change::Swapped(x, y) if i == y => Some(x),
            Change::Kept(n) if i >= n => None,
            _ => Some(i),
        }
    }
}

/// Removes item `i` of `list` (nothing when it is gone already).
#[inline]
pub fn remove<T>(a: &mut Agreement, list: List<T>, i: usize) {
    let l = list(a);
    if i < l.len() {
        l.remove(i);
        let l: *const Vec<T> = l;
        renumber(a, l.cast(), Change::Removed(i));
    }
}

/// Swaps items `i` and `j` of `list` (nothing when either is gone).
#[inline]
pub fn swap<T>(a: &mut Agreement, list: List<T>, i: usize, j: usize) {
    let l = list(a);
    if i < l.len() && j < l.len() && i != j {
        l.swap(i, j);
        let l: *const Vec<T> = l;
        renumber(a, l.cast(), Change::Swapped(i, j));
    }
}

/// Adds `item` at the end of `list` when it has fewer than `max` items.
#[inline]
pub fn push<T>(a: &mut Agreement, list: List<T>, item: T, max: usize) {
    let l = list(a);
    let n = l.len();
    if n < max {
        l.push(item);
        let l: *const Vec<T> = l;
        renumber(a, l.cast(), Change::Kept(n));
    }
}

/// Keeps the references to the items of the list at `list` (its address, compared with the lists
/// that have references) on the same items after `change`. The address, not the item type, says
/// which list it is: it is exact whatever types other lists share.
pub fn renumber(a: &mut Agreement, list: *const (), change: Change) {
    let seats: *const Vec<Seat> = &a.steering_group.seats;
    if std::ptr::eq(list, seats.cast()) {
        a.wording.seats_renumbered(change);
    }
}

/// Where each seat of `from` is in `to`, another version of the same list (the other side of a merge,
/// another agreement's list taken over), so that a selection of seats can name the same people in
/// `to`. By content, not position (the lists may be the same length and still differ by a seat
/// removed from each): a seat is the same seat if it is equal (the first unmatched equal one: a seat
/// moved or left in place), or else if only its role, sector or deputy changed (the same party,
/// organisation and member); a seat matched by neither is gone (`None`).
pub fn seat_moves(from: &[Seat], to: &[Seat]) -> Vec<Option<usize>> {
    let mut at: Vec<Option<usize>> = vec![None; from.len()];
    let mut used = vec![false; to.len()];
    // Equal seats first, all of them, so that an edited seat does not take the place of an equal one.
    for exact in [true, false] {
        for (i, x) in from.iter().enumerate() {
            if at[i].is_some() {
                continue;
            }
            let same = |y: &Seat| {
                if exact {
                    x == y
                } else {
                    x.party == y.party && x.organisation == y.organisation && x.member == y.member
                }
            };
            if let Some(j) = (0..to.len()).find(|&j| !used[j] && same(&to[j])) {
                at[i] = Some(j);
                used[j] = true;
            }
        }
    }
    at
}

/// A composition table's selection of `from`'s seats (their indexes) as the same seats of `to`
/// (`seat_moves`); a seat that is gone drops out.
pub fn selection_in(rows: &[u32], from: &[Seat], to: &[Seat]) -> Vec<u32> {
    let at = seat_moves(from, to);
    rows.iter().filter_map(|&r| at.get(r as usize).copied().flatten()).map(|j| j as u32).collect()
}

/// The composition tables' selections of `a` with their field paths, renumbered onto `seats`,
/// another version of `a`'s seats: what keeps them on the same people when `seats` replaces `a`'s
/// list (a list taken over from another agreement). Only the selections that change are listed.
pub fn selections_onto(a: &Agreement, seats: &[Seat]) -> Vec<(crate::path::Path, Vec<u32>)> {
    let mut out = Vec::new();
    for (p, part) in a.wording.parts.iter().enumerate() {
        for (k, block) in part.blocks.iter().enumerate() {
            if let crate::wording::Block::Table { table: crate::wording::TableId::Composition, rows: Some(rows) } =
                block
            {
                let moved = selection_in(rows, &a.steering_group.seats, seats);
                if moved != *rows {
                    out.push((crate::path::F::WordingPartsBlocksRows.at2(p, k), moved));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::{template, Block, TableId};

    const SEATS: List<Seat> = |a| &mut a.steering_group.seats;

    /// Four seats named s0..s3 and a composition table printing `rows`.
    fn with_selection(rows: &[u32]) -> Agreement {
        let mut a = Agreement::default();
        a.steering_group.seats = (0..4).map(|i| Seat { member: format!("s{i}"), ..Seat::default() }).collect();
        a.wording.parts = template();
        a.wording.parts[0].blocks.push(Block::Table { table: TableId::Composition, rows: Some(rows.to_vec()) });
        a
    }

    /// The members the table prints, in its order (the seats').
    fn printed(a: &Agreement) -> Vec<String> {
        let rows = a.wording.parts[0].blocks.iter().find_map(|b| match b {
            Block::Table { table: TableId::Composition, rows: Some(r) } => Some(r.clone()),
            _ => None,
        });
        let seats = a.steering_group.seats.iter().enumerate();
        seats.filter(|(i, _)| crate::text::shows(rows.as_deref(), *i)).map(|(_, s)| s.member.clone()).collect()
    }

    #[test]
    fn a_removed_selected_seat_drops_out_of_the_selection() {
        let mut a = with_selection(&[0, 1, 3]);
        remove(&mut a, SEATS, 1);
        assert_eq!(printed(&a), ["s0", "s3"]);
    }

    #[test]
    fn removing_an_earlier_seat_shifts_the_indexes() {
        let mut a = with_selection(&[1, 3]);
        remove(&mut a, SEATS, 0);
        assert_eq!(printed(&a), ["s1", "s3"]);
        // Gone already (another edit removed it): nothing changes.
        let before = a.clone();
        remove(&mut a, SEATS, 9);
        assert_eq!(a, before);
    }

    #[test]
    fn a_moved_seat_is_followed() {
        let mut a = with_selection(&[0, 1, 3]);
        swap(&mut a, SEATS, 1, 2);
        assert_eq!(printed(&a), ["s0", "s1", "s3"]);
        // The table prints in the seats' order: s3 now comes before s1.
        swap(&mut a, SEATS, 3, 2);
        assert_eq!(printed(&a), ["s0", "s3", "s1"]);
        assert_eq!(a.steering_group.seats[3].member, "s1");
    }

    #[test]
    fn an_added_seat_is_not_selected_even_by_a_stale_index() {
        // Index 4 names no seat of four: the new fifth seat must not inherit it.
        let mut a = with_selection(&[0, 4]);
        push(&mut a, SEATS, Seat { member: "new".into(), ..Seat::default() }, 100);
        assert_eq!(a.steering_group.seats.len(), 5);
        assert_eq!(printed(&a), ["s0"]);
    }

    #[test]
    fn another_list_leaves_the_selection_alone() {
        let mut a = with_selection(&[1, 3]);
        a.parties = vec![Default::default(), Default::default()];
        remove(&mut a, |a| &mut a.parties, 0);
        assert_eq!(a.parties.len(), 1);
        assert_eq!(printed(&a), ["s1", "s3"]);
    }

    #[test]
    fn a_selection_follows_its_seats_into_another_version_of_the_list() {
        let a = with_selection(&[1, 3]);
        let mut other = a.steering_group.seats.clone();
        // The other version: s0 removed, s3 moved to the front, s1's deputy named, two seats added.
        other.remove(0);
        other.swap(0, 2);
        other[2].deputy = "varajäsen".into();
        other.push(Seat { member: "uusi".into(), ..Seat::default() });
        other.push(Seat { member: "toinen uusi".into(), ..Seat::default() });
        let names =
            |rows: &[u32], seats: &[Seat]| rows.iter().map(|&r| seats[r as usize].member.clone()).collect::<Vec<_>>();
        assert_eq!(names(&selection_in(&[1, 3], &a.steering_group.seats, &other), &other), ["s1", "s3"]);
        // A selected seat that is gone drops out; a new member is a new person.
        let mut fewer = other.clone();
        fewer.retain(|s| s.member != "s1" && s.member != "uusi");
        fewer[0].member = "s3, uusi nimi".into();
        assert_eq!(selection_in(&[0, 1, 3], &a.steering_group.seats, &fewer), Vec::<u32>::new());
        // The same list: every seat where it is, equal seats in their order.
        let mut twins = other.clone();
        twins.push(other[1].clone());
        assert_eq!(seat_moves(&twins, &twins), (0..twins.len()).map(Some).collect::<Vec<_>>());
        // One length, other seats: a seat removed from each side is not matched by its place.
        let (mut x, mut y) = (a.steering_group.seats.clone(), a.steering_group.seats.clone());
        x.remove(0);
        y.remove(3);
        assert_eq!(seat_moves(&x, &y), [Some(1), Some(2), None]);
        // The paths of the selections to renumber, for a list taken over.
        let onto = selections_onto(&a, &other);
        assert_eq!(onto.len(), 1);
        let path = onto[0].0.to_string();
        assert!(path.starts_with("wording.parts[0].blocks[") && path.ends_with("].rows"), "{path}");
        assert_eq!(names(&onto[0].1, &other), ["s1", "s3"]);
        assert!(selections_onto(&a, &a.steering_group.seats).is_empty());
    }

    #[test]
    fn every_table_without_a_selection_still_prints_every_seat() {
        let mut a = with_selection(&[1]);
        remove(&mut a, SEATS, 0);
        let all = a
            .wording
            .parts
            .iter()
            .flat_map(|p| &p.blocks)
            .filter(|b| matches!(b, Block::Table { table: TableId::Composition | TableId::Staffing, rows: None }));
        assert!(all.count() > 0);
    }
}
