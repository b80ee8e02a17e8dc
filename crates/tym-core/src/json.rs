//! The file format's reading and writing of the model: each type to and from a `serde_json::Value`,
//! by a small trait and two macros instead of serde's derive. The derive generated about 150 kB of
//! the app's WebAssembly for the model's forty types (a visitor per type and per deserializer); this
//! is about 40 kB, and the download 21 kB gzip smaller. Parsing and printing the text stay with
//! serde_json.
//!
//! The model keeps serde's `Serialize` derive: schemars writes the JSON Schema's defaults with it, and
//! a test holds this writer equal to it. The app never calls it, so it is not in the WebAssembly.
//!
//! The rules every impl follows, so files read as they always have:
//! - A missing key (and, for `Option`, a `null`) reads as the field's default: every section may be
//!   left out. Keys the model does not know are ignored.
//! - A value of the wrong type, an unknown enum value or a number out of the type's range is an error
//!   naming the field's path ("agreement.staffing.rows[0].fte"), built as the reader descends.
//! - Objects are written with every field, `None` as `null`, keys sorted (serde_json's map).

use crate::format::{FieldProblem, LoadError};
use crate::num::{iso_date, Dec};
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::rc::Rc;

/// Where a value sits in the file. Lives on the stack while reading; rendered only for an error.
pub enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    pub fn path(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(parent, key) => {
                let p = parent.path();
                if p.is_empty() {
                    (*key).to_string()
                } else {
                    format!("{p}.{key}")
                }
            }
            At::Index(parent, i) => format!("{}[{i}]", parent.path()),
        }
    }

    pub fn error(&self, problem: FieldProblem) -> LoadError {
        LoadError::Field { path: self.path(), problem }
    }

    pub fn wrong_type(&self, found: &Value, expected: &str) -> LoadError {
        let found = match found {
            Value::Null => "null".to_string(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
            Value::Number(n) => format!("integer `{n}`"),
            Value::String(s) => format!("string {s:?}"),
            Value::Array(_) => "sequence".into(),
            Value::Object(_) => "map".into(),
        };
        self.error(FieldProblem::WrongType { detail: format!("invalid type: {found}, expected {expected}") })
    }

    fn out_of_range(&self, n: &serde_json::Number, expected: &str) -> LoadError {
        self.error(FieldProblem::OutOfRange { detail: format!("invalid value: integer `{n}`, expected {expected}") })
    }
}

/// A type of the file format.
pub trait Json: Sized {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError>;
    fn write(&self) -> Value;
}

/// The object a struct is read from.
pub fn object<'v>(v: &'v Value, at: &At) -> Result<&'v Map<String, Value>, LoadError> {
    v.as_object().ok_or_else(|| at.wrong_type(v, "a map"))
}

/// The value of `key`. Not inlined: a map search at each of the model's 250 fields would be most of
/// the reading code.
#[inline(never)]
fn get<'v>(o: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    o.get(key)
}

/// A field that may be left out: its default when the key is missing.
pub fn optional<T: Json + Default>(o: &Map<String, Value>, at: &At, key: &str) -> Result<T, LoadError> {
    match get(o, key) {
        Some(v) => T::read(v, &At::Key(at, key)),
        None => Ok(T::default()),
    }
}

/// Reads a field that may be left out into `slot`, which holds its default. Filling a default struct
/// field by field keeps the reading code small: on an error only the whole struct is dropped, where
/// a struct literal would drop each field read so far, at every field.
pub fn fill<T: Json>(o: &Map<String, Value>, at: &At, key: &str, slot: &mut T) -> Result<(), LoadError> {
    if let Some(v) = get(o, key) {
        *slot = T::read(v, &At::Key(at, key))?;
    }
    Ok(())
}

/// A field the file must give.
pub fn required<T: Json>(o: &Map<String, Value>, at: &At, key: &str) -> Result<T, LoadError> {
    match get(o, key) {
        Some(v) => T::read(v, &At::Key(at, key)),
        None => Err(At::Key(at, key).error(FieldProblem::Missing)),
    }
}

/// Reads an enum of names ("snake_case" strings) from its table of names and values.
pub fn read_name<T: Copy>(v: &Value, at: &At, names: &[(&'static str, T)]) -> Result<T, LoadError> {
    let Some(s) = v.as_str() else { return Err(at.wrong_type(v, "a string")) };
    names.iter().find(|(n, _)| *n == s).map(|(_, x)| *x).ok_or_else(|| unknown(at, s, names.iter().map(|(n, _)| *n)))
}

/// The `kind` of a tagged object (split rules, termination effects).
pub fn kind<'v>(o: &'v Map<String, Value>, at: &At) -> Result<&'v str, LoadError> {
    let at = At::Key(at, "kind");
    let Some(v) = get(o, "kind") else { return Err(at.error(FieldProblem::Missing)) };
    v.as_str().ok_or_else(|| at.wrong_type(v, "a string"))
}

/// The error for a `kind` that is none of `kinds`.
pub fn unknown_kind(at: &At, found: &str, kinds: &[&str]) -> LoadError {
    unknown(&At::Key(at, "kind"), found, kinds.iter().copied())
}

fn unknown<'n>(at: &At, found: &str, names: impl Iterator<Item = &'n str>) -> LoadError {
    let expected: Vec<String> = names.map(|n| format!("`{n}`")).collect();
    at.error(FieldProblem::UnknownValue {
        detail: format!("unknown variant `{found}`, expected one of {}", expected.join(", ")),
    })
}

/// Writes a field. The insertion is not inlined, for the same reason as `get`.
/// Whether `x` is its type's default (`json_struct!`'s `unless_default` fields are then left out).
pub fn is_default<T: Default + PartialEq>(x: &T) -> bool {
    *x == T::default()
}

pub fn put<T: Json>(m: &mut Map<String, Value>, key: &str, x: &T) {
    insert(m, key, x.write());
}

#[inline(never)]
fn insert(m: &mut Map<String, Value>, key: &str, v: Value) {
    m.insert(key.to_string(), v);
}

/// The object of a tagged enum's variant: its `kind` and its fields.
pub fn tagged(kind: &str, fields: Vec<(&str, Value)>) -> Value {
    let mut m = Map::new();
    insert(&mut m, "kind", Value::from(kind));
    for (k, v) in fields {
        insert(&mut m, k, v);
    }
    Value::Object(m)
}

/// `Json` for a struct from its fields. `json_struct!(T { a, b })`: every field may be left out (the
/// struct's `Default` is filled in). `json_struct!(T { required: [a], optional: [b] })`: the required
/// ones must be present. Every field must be listed: `write` destructures the struct whole, so a new
/// field that is not listed does not compile.
#[macro_export]
macro_rules! json_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl $crate::json::Json for $t {
            fn read(v: &serde_json::Value, at: &$crate::json::At) -> Result<Self, $crate::format::LoadError> {
                let o = $crate::json::object(v, at)?;
                let mut x = $t::default();
                $($crate::json::fill(o, at, stringify!($f), &mut x.$f)?;)*
                Ok(x)
            }
            fn write(&self) -> serde_json::Value {
                let $t { $($f,)* } = self;
                let mut m = serde_json::Map::new();
                $($crate::json::put(&mut m, stringify!($f), $f);)*
                serde_json::Value::Object(m)
            }
        }
    };
    ($t:ident { required: [$($r:ident),* $(,)?], optional: [$($f:ident),* $(,)?] }) => {
        $crate::json_struct!($t { required: [$($r),*], optional: [$($f),*], unless_default: [] });
    };
    // `unless_default`: optional fields written only when they differ from their default, so that a
    // file without them is written back as it was read.
    ($t:ident { required: [$($r:ident),* $(,)?], optional: [$($f:ident),* $(,)?], unless_default: [$($d:ident),* $(,)?] $(,)? }) => {
        impl $crate::json::Json for $t {
            fn read(v: &serde_json::Value, at: &$crate::json::At) -> Result<Self, $crate::format::LoadError> {
                let o = $crate::json::object(v, at)?;
                Ok($t {
                    $($r: $crate::json::required(o, at, stringify!($r))?,)*
                    $($f: $crate::json::optional(o, at, stringify!($f))?,)*
                    $($d: $crate::json::optional(o, at, stringify!($d))?,)*
                })
            }
            fn write(&self) -> serde_json::Value {
                let $t { $($r,)* $($f,)* $($d,)* } = self;
                let mut m = serde_json::Map::new();
                $($crate::json::put(&mut m, stringify!($r), $r);)*
                $($crate::json::put(&mut m, stringify!($f), $f);)*
                $(if !$crate::json::is_default($d) {
                    $crate::json::put(&mut m, stringify!($d), $d);
                })*
                serde_json::Value::Object(m)
            }
        }
    };
}

/// `Json` for an enum of unit variants, written as the given names.
#[macro_export]
macro_rules! json_names {
    ($t:ident { $($v:ident = $n:literal),* $(,)? }) => {
        impl $t {
            const NAMES: &'static [(&'static str, $t)] = &[$(($n, $t::$v)),*];
        }
        impl $crate::json::Json for $t {
            fn read(v: &serde_json::Value, at: &$crate::json::At) -> Result<Self, $crate::format::LoadError> {
                $crate::json::read_name(v, at, Self::NAMES)
            }
            fn write(&self) -> serde_json::Value {
                // A match, not the table: a variant without a name does not compile.
                serde_json::Value::from(match self { $($t::$v => $n),* })
            }
        }
    };
}

/// `Json` for an enum written as an object tagged by `kind`. Each variant gives its kind, then its
/// required fields and, after `;`, its optional ones:
/// `json_tagged!(T { Unit = "unit", WithFields = "with_fields" { a ; b } })`. Each kind is written
/// once: the reader, the writer and the list an unknown kind is reported with all come from it, and
/// `write` matches every variant whole, so a new variant or field that is not listed does not compile.
#[macro_export]
macro_rules! json_tagged {
    ($t:ident { $($v:ident = $k:literal $({ $($r:ident),* $(; $($o:ident),*)? })?),* $(,)? }) => {
        impl $t {
            const KINDS: &'static [&'static str] = &[$($k),*];
        }
        impl $crate::json::Json for $t {
            fn read(v: &serde_json::Value, at: &$crate::json::At) -> Result<Self, $crate::format::LoadError> {
                let o = $crate::json::object(v, at)?;
                Ok(match $crate::json::kind(o, at)? {
                    $($k => $t::$v $({
                        $($r: $crate::json::required(o, at, stringify!($r))?,)*
                        $($($o: $crate::json::optional(o, at, stringify!($o))?,)*)?
                    })?,)*
                    other => return Err($crate::json::unknown_kind(at, other, Self::KINDS)),
                })
            }
            fn write(&self) -> serde_json::Value {
                let (kind, fields) = match self {
                    $($t::$v $({ $($r,)* $($($o,)*)? })? => ($k, vec![$(
                        $((stringify!($r), $crate::json::Json::write($r)),)*
                        $($((stringify!($o), $crate::json::Json::write($o)),)*)?
                    )?]),)*
                };
                $crate::json::tagged(kind, fields)
            }
        }
    };
}

/// Every text of a file passes `escape::clean_text` as it is read: a control character pasted into a
/// file never reaches the model, whatever output it would go to.
impl Json for String {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        v.as_str().map(|s| crate::escape::clean_text(s).into_owned()).ok_or_else(|| at.wrong_type(v, "a string"))
    }
    fn write(&self) -> Value {
        Value::from(self.as_str())
    }
}

impl Json for bool {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        v.as_bool().ok_or_else(|| at.wrong_type(v, "a boolean"))
    }
    fn write(&self) -> Value {
        Value::from(*self)
    }
}

/// An integer of the file: `expected` names the type as serde did ("u32").
fn integer<T: TryFrom<i128>>(v: &Value, at: &At, expected: &str) -> Result<T, LoadError> {
    let Value::Number(n) = v else { return Err(at.wrong_type(v, expected)) };
    let wide = n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from));
    match wide {
        Some(i) => T::try_from(i).map_err(|_| at.out_of_range(n, expected)),
        None => Err(at.wrong_type(v, expected)),
    }
}

macro_rules! json_integer {
    ($($t:ty),*) => {$(
        impl Json for $t {
            fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
                integer(v, at, stringify!($t))
            }
            fn write(&self) -> Value {
                Value::from(*self)
            }
        }
    )*};
}

json_integer!(u32, u64, i64);

/// A decimal as a number (at most three decimals) or as a string such as "1,5".
impl Json for Dec {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        const WHAT: &str = "a decimal number with at most three decimals";
        let invalid = || at.error(FieldProblem::Invalid { detail: WHAT.into() });
        match v {
            Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) if i.abs() > 1_000_000_000_000 => {
                    Err(at.error(FieldProblem::OutOfRange { detail: "number out of range".into() }))
                }
                (Some(i), _) => Ok(Dec::from_int(i)),
                (None, _) if n.is_u64() => {
                    Err(at.error(FieldProblem::OutOfRange { detail: "number out of range".into() }))
                }
                (None, Some(f)) => Dec::from_f64(f).ok_or_else(invalid),
                (None, None) => Err(invalid()),
            },
            Value::String(s) => file_decimal(s).ok_or_else(invalid),
            _ => Err(at.wrong_type(v, WHAT)),
        }
    }
    fn write(&self) -> Value {
        if self.0 % 1000 == 0 {
            Value::from(self.0 / 1000)
        } else {
            // Shortest round-trip float text of a value with three decimals is that decimal itself.
            Value::from(self.0 as f64 / 1000.0)
        }
    }
}

/// A decimal written as a string in a file: `limits::DEC_PATTERN` exactly ("0,665", "-1.5", "12"),
/// stricter than what the editor takes from a user (spaces, ",5"), so that the JSON Schema can say
/// with a pattern which strings the reader takes.
fn file_decimal(s: &str) -> Option<Dec> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once(['.', ',']) {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let ok = (1..=12).contains(&int.len())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| (1..=3).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        Dec::parse(s)
    } else {
        None
    }
}

/// A decimal field's value, if it is one (for the limits, which leave a wrong one to the reader).
pub(crate) fn read_dec(v: &Value) -> Option<Dec> {
    Dec::read(v, &At::Root).ok()
}

/// A date as "YYYY-MM-DD".
impl Json for NaiveDate {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        let Some(s) = v.as_str() else { return Err(at.wrong_type(v, "a date as YYYY-MM-DD")) };
        iso_date::parse(s).ok_or_else(|| at.error(FieldProblem::Invalid { detail: "a date as YYYY-MM-DD".into() }))
    }
    fn write(&self) -> Value {
        Value::from(iso_date::format(*self))
    }
}

impl<T: Json> Json for Option<T> {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        match v {
            Value::Null => Ok(None),
            v => T::read(v, at).map(Some),
        }
    }
    fn write(&self) -> Value {
        self.as_ref().map_or(Value::Null, Json::write)
    }
}

impl<T: Json> Json for Vec<T> {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        let Some(items) = v.as_array() else { return Err(at.wrong_type(v, "a sequence")) };
        items.iter().enumerate().map(|(i, x)| T::read(x, &At::Index(at, i))).collect()
    }
    fn write(&self) -> Value {
        Value::Array(self.iter().map(Json::write).collect())
    }
}

impl<T: Json> Json for Rc<T> {
    fn read(v: &Value, at: &At) -> Result<Self, LoadError> {
        T::read(v, at).map(Rc::new)
    }
    fn write(&self) -> Value {
        (**self).write()
    }
}
