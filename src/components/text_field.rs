//! A labelled text input or textarea that reports every change, cleaned of control characters
//! (`escape::clean_text`).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    /// In a table the column header is the visible label and the field is named by `aria-label` (the
    /// label with the row number): no hidden label elements, which cost hit-testing on every frame.
    #[prop_or_default]
    pub in_table: bool,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A passphrase: typed characters are hidden.
    #[prop_or_default]
    pub password: bool,
    /// The most characters the field takes: the file format's limit of a text, so that the app never
    /// makes a draft its own loader would refuse. `None` for a field that is not stored (a paste).
    #[prop_or(Some(tym_core::limits::TEXT_CHARS))]
    pub max_chars: Option<usize>,
}

#[function_component(TextField)]
pub fn text_field(p: &TextFieldProps) -> Html {
    let onchange = p.onchange.clone();
    let max = p.max_chars;
    let oninput = Callback::from(move |e: InputEvent| {
        let v = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| e.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
            .unwrap_or_default();
        // A control character from a paste (a vertical tab from Word or Excel) never reaches the model.
        let mut v = tym_core::escape::clean_text(&v).into_owned();
        // `maxlength` stops typing and pasting; a value set by a script is cut here.
        if let Some((cut, _)) = max.and_then(|m| v.char_indices().nth(m)) {
            v.truncate(cut);
        }
        onchange.emit(v);
    });
    let hint_id = format!("{}-hint", p.id);
    let described = p.hint.as_ref().map(|_| hint_id.clone());
    // In a table the column header is the visible label; the field names itself with the row number.
    let in_table_label = p.in_table.then(|| p.label.clone());
    html! {
        <div class={classes!("field", p.in_table.then_some("in-table"))}>
            if !p.in_table { <label for={p.id.clone()}>{ &p.label }</label> }
            if p.multiline {
                <textarea id={p.id.clone()} aria-label={in_table_label.clone()} value={p.value.clone()} {oninput} rows="4" aria-describedby={described} maxlength={max.map(|m| m.to_string())} />
            } else {
                <input id={p.id.clone()} aria-label={in_table_label.clone()} type={if p.password { "password" } else { "text" }} value={p.value.clone()} {oninput} aria-describedby={described} autocomplete={if p.password { "off" } else { "on" }} maxlength={max.map(|m| m.to_string())} />
            }
            if let Some(h) = &p.hint { <p class="hint" id={hint_id}>{ h }</p> }
        </div>
    }
}
