//! The agreement's sections in the order of the agreement. Staffing (8) and costs (10) have views of
//! their own, linked from here.

use crate::components::sections::{
    area::AreaSection, lead_person::LeadPersonSection, objectives::ObjectivesSection, parties::PartiesSection,
    party_choice, signatures::SignaturesSection, steering_group::SteeringGroupSection, validity::ValiditySection,
};
use crate::components::wording_editor::WordingEditor;
use crate::components::{date_field::DateField, no_draft::NoDraft, select_field::SelectField, text_field::TextField};
use crate::hooks::use_workbench;
use crate::pages::Wordings;
use crate::state::View;
use std::rc::Rc;
use tym_core::check::field_id;
use tym_core::model::Status;
use tym_core::wording::Topic;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(AgreementPage)]
pub fn agreement_page() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewAgreement) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let ed = wb.editor();
    // One options list for every party select of the view; the sections compare it by value.
    let parties = Rc::new(party_choice(a, lang));
    let status_opts = vec![
        ("draft".to_string(), lang.t(Msg::UiStatusDraft).to_string()),
        ("signed".to_string(), lang.t(Msg::UiStatusSigned).to_string()),
    ];
    let words = wb.file.as_ref().map(|f| Wordings::of(f, lang));
    let wording = |topic: Topic| {
        words.as_ref().map_or_else(
            Html::default,
            |w| html! { <WordingEditor {topic} data={w.of_topic(topic)} {lang} editor={ed.clone()} /> },
        )
    };
    let link = |view: View, m: Msg, n: &str| {
        let wb = wb.clone();
        let onclick = Callback::from(move |_| wb.go(view));
        html! {
            <section class="linked-section">
                <h2>{ lang.fmt(Msg::UiSectionN, &[n, lang.t(m)]) }</h2>
                <p><button type="button" class="link" {onclick}>{ lang.fmt(Msg::UiEditIn, &[lang.t(m)]) }</button></p>
            </section>
        }
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewAgreement) }</h1>
            <div class="form-grid">
                <TextField id={field_id("meta.title")} label={wb.t(Msg::UiTitle)} value={a.meta.title.clone()} onchange={ed.set(|a, v| a.meta.title = v)} />
                <TextField id={field_id("meta.area_name")} label={wb.t(Msg::UiAreaName)} value={a.meta.area_name.clone()} onchange={ed.set(|a, v| a.meta.area_name = v)} />
                <DateField id={field_id("meta.version_date")} label={wb.t(Msg::UiVersionDate)} value={a.meta.version_date} onchange={ed.set(|a, d| a.meta.version_date = d)} />
                <SelectField id={field_id("meta.status")} label={wb.t(Msg::UiStatus)} options={status_opts}
                    selected={if a.meta.status == Status::Draft { "draft" } else { "signed" }}
                    onchange={ed.set(|a, v: String| a.meta.status = if v == "signed" { Status::Signed } else { Status::Draft })} />
            </div>
            <section aria-labelledby="sec-purpose">
                <h2 id="sec-purpose" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["1", lang.t(Msg::DocH1)]) }</h2>
                { wording(Topic::Purpose) }
            </section>
            <PartiesSection data={a.parties.clone()} {lang} editor={ed.clone()} />
            { wording(Topic::Parties) }
            <AreaSection data={a.area.clone()} {lang} editor={ed.clone()} />
            { wording(Topic::Area) }
            <SteeringGroupSection data={a.steering_group.clone()} {lang} editor={ed.clone()} parties={parties.clone()} />
            { wording(Topic::SteeringGroup) }
            <ObjectivesSection data={(a.objectives.clone(), a.arrangement.clone(), a.services.clone())} {lang} editor={ed.clone()} parties={parties.clone()} />
            { wording(Topic::Objectives) }
            { wording(Topic::Arrangement) }
            { wording(Topic::Services) }
            { link(View::Staffing, Msg::UiViewStaffing, "8") }
            <LeadPersonSection data={a.lead_person.clone()} {lang} editor={ed.clone()} parties={parties.clone()} />
            { wording(Topic::LeadPerson) }
            { link(View::Costs, Msg::UiViewCosts, "10") }
            <ValiditySection data={(a.client_data.clone(), a.validity.clone())} {lang} editor={ed.clone()} />
            { wording(Topic::ClientData) }
            { wording(Topic::Validity) }
            <SignaturesSection data={a.signatures.clone()} {lang} editor={ed.clone()} {parties} />
            { wording(Topic::Signatures) }
            { wording(Topic::Other) }
        </section>
    }
}
