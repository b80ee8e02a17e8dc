//! `Shared<T>`: an item of a long list that the versions of an agreement share until one of them
//! changes it. The app keeps a version per undo step and makes a new one per keystroke; with the
//! staff table's rows shared, a keystroke copies one row instead of all of them, and comparing two
//! versions skips the rows they share by pointer (docs/performance.md).
//!
//! Reading goes through `Deref`; writing through `DerefMut` copies the item first if another version
//! still holds it (`Rc::make_mut`), so code that edits an item reads as if it owned it. Any `&mut`
//! access copies, even one that writes an equal value: a loop over every item with `iter_mut` copies
//! them all, so edit through the one item that changes. In the file and its schema an item is written
//! as the item itself; `Debug` prints the item.

use crate::format::LoadError;
use crate::json::{At, Json};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

#[derive(Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(transparent)]
pub struct Shared<T>(Rc<T>);

impl<T: std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T> Shared<T> {
    /// Both are the same item, not only equal ones.
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        Rc::make_mut(&mut self.0)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(item: T) -> Self {
        Shared(Rc::new(item))
    }
}

impl<T: Json> Json for Shared<T> {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        T::read(v, at).map(Shared::from)
    }
    fn write(&self) -> Value {
        self.0.write()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_copies_only_an_item_another_version_holds() {
        let a: Vec<Shared<String>> = vec!["x".to_string().into(), "y".to_string().into()];
        let mut b = a.clone();
        b[1].push('!');
        assert!(Shared::ptr_eq(&a[0], &b[0]), "the unchanged item is still shared");
        assert_eq!((a[1].as_str(), b[1].as_str()), ("y", "y!"), "the other version keeps its item");
        assert_ne!(a, b);
        b[1].pop();
        assert_eq!(a, b, "equal by value, not only by pointer");
    }
}
