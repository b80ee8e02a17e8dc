//! A labelled select of (value, label) options.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub options: Vec<(String, String)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
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
    html! {
        <div class={classes!("field", p.in_table.then_some("in-table"))}>
            <label for={p.id.clone()} class={classes!(p.in_table.then_some("visually-hidden"))}>{ &p.label }</label>
            <select id={p.id.clone()} {onchange}>
                { for p.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == *p.selected}>{ l }</option>
                }) }
            </select>
        </div>
    }
}
