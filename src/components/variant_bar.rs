//! The open draft's variants: which one is open, switching, naming, a new variant from the open one,
//! and deleting another variant (with confirmation).

use crate::components::{confirm_dialog::ConfirmDialog, select_field::SelectField, text_field::TextField};
use crate::hooks::use_workbench;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(VariantBar)]
pub fn variant_bar() -> Html {
    let wb = use_workbench();
    let deleting = use_state(|| None::<usize>);
    let Some(file) = wb.file.clone() else { return html! {} };
    let lang = wb.lang;
    let current =
        if file.variant_name.is_empty() { lang.t(Msg::UiVariantFirst).to_string() } else { file.variant_name.clone() };
    let mut options = vec![("current".to_string(), current.clone())];
    options.extend(file.variants.iter().enumerate().map(|(i, v)| (i.to_string(), v.name.clone())));
    let on_switch = {
        let wb = wb.clone();
        Callback::from(move |v: String| {
            if let Ok(i) = v.parse() {
                wb.switch_variant(i);
            }
        })
    };
    let on_name = {
        let wb = wb.clone();
        Callback::from(move |v: String| wb.rename_variant(v))
    };
    let new_variant = {
        let wb = wb.clone();
        let n = file.variants.len() + 2;
        Callback::from(move |_| wb.new_variant(wb.lang.fmt(Msg::UiVariantN, &[&n.to_string()])))
    };
    let ask_delete = {
        let deleting = deleting.clone();
        Callback::from(move |v: String| deleting.set(v.parse().ok()))
    };
    let confirm = {
        let (wb, deleting) = (wb.clone(), deleting.clone());
        Callback::from(move |_| {
            if let Some(i) = *deleting {
                wb.delete_variant(i);
            }
            deleting.set(None);
        })
    };
    let cancel = {
        let deleting = deleting.clone();
        Callback::from(move |_| deleting.set(None))
    };
    let delete_options: Vec<(String, String)> = std::iter::once((String::new(), "–".to_string()))
        .chain(file.variants.iter().enumerate().map(|(i, v)| (i.to_string(), v.name.clone())))
        .collect();
    let delete_name = deleting.and_then(|i| file.variants.get(i)).map(|v| v.name.clone()).unwrap_or_default();
    html! {
        <section class="variant-bar no-print" aria-labelledby="variants-heading">
            <h2 id="variants-heading" class="visually-hidden">{ lang.t(Msg::UiVariants) }</h2>
            <SelectField id="variant-switch" label={lang.t(Msg::UiOpenVariant)} options={options} selected="current" onchange={on_switch} />
            <TextField id="variant-name" label={lang.t(Msg::UiVariantName)} value={current.clone()} onchange={on_name} />
            <button type="button" id="new-variant" onclick={new_variant}>{ lang.t(Msg::UiNewVariant) }</button>
            if !file.variants.is_empty() {
                <SelectField id="variant-delete" label={lang.t(Msg::UiDeleteVariant)} options={delete_options} selected="" onchange={ask_delete} />
            }
            <ConfirmDialog id="confirm-delete-variant" open={deleting.is_some()} message={lang.fmt(Msg::UiConfirmDeleteVariant, &[&delete_name])}
                confirm_label={lang.t(Msg::UiConfirm)} cancel_label={lang.t(Msg::UiCancel)} onconfirm={confirm} oncancel={cancel} />
        </section>
    }
}
