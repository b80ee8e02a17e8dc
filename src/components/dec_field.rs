//! A labelled decimal input (FTE, per cent, euros) that accepts "1,5" and "1.5", keeps what the user
//! typed while it is not a number, and shows the problem next to the field instead of losing input;
//! and the parsers its callers give it (in each, empty text means "not stated"). Every parser takes its
//! range from `tym_core::limits`, the declaration the loader and the JSON Schema use too.

use std::ops::RangeInclusive;
use tym_core::limits;
use tym_core::num::Dec;
use yew::prelude::*;

/// A parse callback for a `DecField`: emits the parsed value, or returns the message to show.
pub fn parsing<V: 'static>(
    parse: impl Fn(&str) -> Option<V> + 'static,
    msg: &'static str,
    set: Callback<V>,
) -> Callback<String, Result<(), String>> {
    Callback::from(move |v: String| -> Result<(), String> {
        set.emit(parse(&v).ok_or(msg)?);
        Ok(())
    })
}

/// A count of people (population, clients, participants) as users type it ("10 400"), up to the
/// file format's limit; `None` when the text is not one.
pub fn count(v: &str) -> Option<Option<u64>> {
    whole(v).filter(|n| n.is_none_or(|n| n <= limits::PEOPLE))
}

fn whole(v: &str) -> Option<Option<u64>> {
    let t: String = v.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return Some(None);
    }
    t.parse::<u64>().ok().map(Some)
}

/// A whole number up to `max`.
pub fn count_upto(v: &str, max: u32) -> Option<Option<u32>> {
    whole(v).filter(|n| n.is_none_or(|n| n <= u64::from(max))).map(|n| n.map(|n| n as u32))
}

/// A decimal ("0,75", "0.75") whose thousandths lie in `range`.
pub fn decimal_in(v: &str, range: RangeInclusive<i64>) -> Option<Option<Dec>> {
    if v.trim().is_empty() {
        return Some(None);
    }
    Dec::parse(v).filter(|d| range.contains(&d.0)).map(Some)
}

/// FTE of a staff row or a stated total.
pub fn fte(v: &str) -> Option<Option<Dec>> {
    decimal_in(v, limits::FTE.range())
}

#[derive(Properties, PartialEq)]
pub struct DecFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The value as the model holds it, formatted for display.
    pub value: AttrValue,
    /// Parses the text; `Err` carries the message shown next to the field.
    pub parse: Callback<String, Result<(), String>>,
    /// In a table: named by `aria-label`, as `TextField`.
    #[prop_or_default]
    pub in_table: bool,
    #[prop_or_default]
    pub unit: Option<AttrValue>,
}

#[function_component(DecField)]
pub fn dec_field(p: &DecFieldProps) -> Html {
    let text = use_state(|| p.value.to_string());
    let error = use_state(|| None::<String>);
    {
        // An outside change (undo, another field) replaces the text unless the user is mid-correction.
        let text = text.clone();
        let error = error.clone();
        use_effect_with(p.value.clone(), move |v| {
            if error.is_none() {
                text.set(v.to_string());
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let parse = p.parse.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let v = input.value();
            text.set(v.clone());
            error.set(parse.emit(v).err());
        })
    };
    let err_id = format!("{}-error", p.id);
    // In a table the column header is the visible label; the field names itself with the row number.
    let in_table_label = p.in_table.then(|| p.label.clone());
    html! {
        <div class={classes!("field", p.in_table.then_some("in-table"))}>
            if !p.in_table { <label for={p.id.clone()}>{ &p.label }</label> }
            <span class="with-unit">
                <input id={p.id.clone()} aria-label={in_table_label.clone()} type="text" inputmode="decimal" value={(*text).clone()} {oninput}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| err_id.clone())} />
                if let Some(u) = &p.unit { <span class="unit" aria-hidden="true">{ u }</span> }
            </span>
            if let Some(e) = &*error { <p class="field-error" id={err_id}>{ e }</p> }
        </div>
    }
}
