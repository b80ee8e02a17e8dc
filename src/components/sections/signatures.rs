//! Signatures: the number of signed copies and a signatory for every party.

use super::super::{
    checkbox_field::CheckboxField, dec_field::DecField, select_field::SelectField, text_field::TextField,
};
use super::{chosen, SectionProps};
use crate::components::dec_field::{count_upto, parsing};
use crate::components::edit_table::{edit_table, RowCx, Table, TableSpec};
use tym_core::model::{Signatory, Signatures};
use tym_core::path::{fields, F};
use tym_core::Msg;
use yew::prelude::*;

fn cells(r: &RowCx<Signatory>) -> Html {
    let s = r.item;
    html! {
        <>
        <td><SelectField id={r.id(fields::SIGNATURES_SIGNATORIES_PARTY)} label={r.label(Msg::UiParty)} in_table=true options={(**r.options).clone()} selected={s.party.clone().unwrap_or_default()} onchange={r.edit_with(fields::SIGNATURES_SIGNATORIES_PARTY, chosen)} /></td>
        <td><TextField id={r.id(fields::SIGNATURES_SIGNATORIES_TITLE)} label={r.label(Msg::UiSignatoryTitle)} in_table=true value={s.title.clone()} onchange={r.edit(fields::SIGNATURES_SIGNATORIES_TITLE)} /></td>
        <td><TextField id={r.id(fields::SIGNATURES_SIGNATORIES_NAME)} label={r.label(Msg::UiSignatoryName)} in_table=true value={s.name.clone()} onchange={r.edit(fields::SIGNATURES_SIGNATORIES_NAME)} /></td>
        </>
    }
}

static SIGNATORIES: TableSpec<Signatory> = TableSpec {
    table: Table {
        id: "signatories-table",
        caption: Msg::UiSignatories,
        caption_hidden: false,
        columns: &[Msg::UiParty, Msg::UiSignatoryTitle, Msg::UiSignatoryName],
        row_actions: true,
        add: Msg::UiAddSignatory,
        focus: F::SignaturesSignatoriesParty,
    },
    list: fields::SIGNATURES_SIGNATORIES,
    cells,
    new: |_| Signatory::default(),
};

#[function_component(SignaturesSection)]
pub fn signatures_section(p: &SectionProps<Signatures>) -> Html {
    let (lang, ed, sig) = (p.lang, &p.editor, &p.data);
    let on_copies = parsing(
        |v| count_upto(v, tym_core::limits::COPIES),
        lang.t(Msg::UiErrWholeNumber),
        ed.set(fields::SIGNATURES_COPIES),
    );
    html! {
        <section aria-labelledby="sec-signatures">
            <h2 id="sec-signatures" tabindex="-1">{ lang.t(Msg::UiSignatures) }</h2>
            <div class="form-grid">
                <DecField id={fields::SIGNATURES_COPIES.id()} label={lang.t(Msg::UiCopies)} value={sig.copies.map(|c| c.to_string()).unwrap_or_default()} parse={on_copies} />
            </div>
            <CheckboxField id={fields::SIGNATURES_ELECTRONIC.id()} label={lang.t(Msg::UiElectronic)} checked={sig.electronic} onchange={ed.set(fields::SIGNATURES_ELECTRONIC)} />
            { edit_table(&SIGNATORIES, &p.file.0, lang, ed, &p.parties, |_, _| Vec::new()) }
        </section>
    }
}
