//! A labelled select of (value, label) options.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub options: Vec<(String, String)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
    /// In a table: named by `aria-label`, as `TextField`.
    #[prop_or_default]
    pub in_table: bool,
}

#[function_component(SelectField)]
pub fn select_field(p: &SelectFieldProps) -> Html {
    let cb = p.onchange.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            cb.emit(s.value());
        }
    });
    // In a table the column header is the visible label; the field names itself with the row number.
    let in_table_label = p.in_table.then(|| p.label.clone());
    html! {
        <div class={classes!("field", p.in_table.then_some("in-table"))}>
            if !p.in_table { <label for={p.id.clone()}>{ &p.label }</label> }
            <select id={p.id.clone()} aria-label={in_table_label} {onchange}>
                { for p.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == *p.selected}>{ l }</option>
                }) }
            </select>
        </div>
    }
}
