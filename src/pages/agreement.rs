//! The agreement's sections in the order of the agreement, with a section list at the top: a link per
//! section that moves focus to its heading and the number of its findings (the core's
//! `wording::topic_of` maps each finding to its section, as the checks list groups them).
//! Staffing (8) and costs (10) have views of their own, linked from here.

use crate::components::sections::{
    area::AreaSection, lead_person::LeadPersonSection, objectives::ObjectivesSection, parties::PartiesSection,
    party_choice, signatures::SignaturesSection, steering_group::SteeringGroupSection, validity::ValiditySection,
    Uncompared,
};
use crate::components::wording_editor::WordingEditor;
use crate::components::{date_field::DateField, no_draft::NoDraft, select_field::SelectField, text_field::TextField};
use crate::hooks::{use_workbench, SectionCounts};
use crate::pages::Wordings;
use crate::state::View;
use std::rc::Rc;
use tym_core::model::Status;
use tym_core::path::fields;
use tym_core::wording::Topic;
use tym_core::Msg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AgreementPageProps {
    /// The settled findings per section (`hooks::use_settled`): a keystroke does not wait for the rules.
    pub findings: SectionCounts,
}

#[function_component(AgreementPage)]
pub fn agreement_page(p: &AgreementPageProps) -> Html {
    let wb = use_workbench();
    let Some(file) = wb.file.clone() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewAgreement) }</h1><NoDraft /></section> };
    };
    let a = &file.agreement;
    let lang = wb.lang;
    let ed = wb.editor();
    // One options list for every party select of the view; the sections compare it by value.
    let parties = Rc::new(party_choice(a, lang));
    let status_opts = vec![
        ("draft".to_string(), lang.t(Msg::UiStatusDraft).to_string()),
        ("signed".to_string(), lang.t(Msg::UiStatusSigned).to_string()),
    ];
    let words = Wordings::all(&file, lang);
    let wording =
        |topic: Topic| html! { <WordingEditor {topic} data={words.of_topic(topic)} {lang} editor={ed.clone()} /> };
    let link = |view: View, m: Msg, n: &str, id: &'static str| {
        let wb = wb.clone();
        let onclick = Callback::from(move |_| wb.go(view));
        html! {
            <section class="linked-section">
                <h2 {id} tabindex="-1">{ lang.fmt(Msg::UiSectionN, &[n, lang.t(m)]) }</h2>
                <p><button type="button" class="link" {onclick}>{ lang.fmt(Msg::UiEditIn, &[lang.t(m)]) }</button></p>
            </section>
        }
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewAgreement) }</h1>
            { section_list(lang, &p.findings) }
            <div class="form-grid">
                <TextField id={fields::META_TITLE.id()} label={wb.t(Msg::UiTitle)} value={a.meta.title.clone()} onchange={ed.set(fields::META_TITLE)} />
                <TextField id={fields::META_AREA_NAME.id()} label={wb.t(Msg::UiAreaName)} value={a.meta.area_name.clone()} onchange={ed.set(fields::META_AREA_NAME)} />
                <DateField id={fields::META_VERSION_DATE.id()} label={wb.t(Msg::UiVersionDate)} value={a.meta.version_date} onchange={ed.set(fields::META_VERSION_DATE)} />
                <SelectField id={fields::META_STATUS.id()} label={wb.t(Msg::UiStatus)} options={status_opts}
                    selected={if a.meta.status == Status::Draft { "draft" } else { "signed" }}
                    onchange={ed.set_with(fields::META_STATUS, |v: String| if v == "signed" { Status::Signed } else { Status::Draft })} />
            </div>
            <section aria-labelledby="sec-purpose">
                <h2 id="sec-purpose" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["1", lang.t(Msg::DocH1)]) }</h2>
                { wording(Topic::Purpose) }
            </section>
            <PartiesSection data={a.parties.clone()} file={Uncompared(file.clone())} {lang} editor={ed.clone()} />
            { wording(Topic::Parties) }
            <AreaSection data={a.area.clone()} file={Uncompared(file.clone())} {lang} editor={ed.clone()} />
            { wording(Topic::Area) }
            <SteeringGroupSection data={a.steering_group.clone()} file={Uncompared(file.clone())} {lang} editor={ed.clone()} parties={parties.clone()} />
            { wording(Topic::SteeringGroup) }
            <ObjectivesSection data={(a.objectives.clone(), a.arrangement.clone(), a.services.clone())} file={Uncompared(file.clone())} {lang} editor={ed.clone()} parties={parties.clone()} />
            { wording(Topic::Objectives) }
            { wording(Topic::Arrangement) }
            { wording(Topic::Services) }
            { link(View::Staffing, Msg::UiViewStaffing, "8", "sec-staffing") }
            <LeadPersonSection data={a.lead_person.clone()} file={Uncompared(file.clone())} {lang} editor={ed.clone()} parties={parties.clone()} />
            { wording(Topic::LeadPerson) }
            { link(View::Costs, Msg::UiViewCosts, "10", "sec-costs") }
            <ValiditySection data={(a.client_data.clone(), a.validity.clone())} file={Uncompared(file.clone())} {lang} editor={ed.clone()} />
            { wording(Topic::ClientData) }
            { wording(Topic::Validity) }
            <SignaturesSection data={a.signatures.clone()} file={Uncompared(file.clone())} {lang} editor={ed.clone()} {parties} />
            { wording(Topic::Signatures) }
            { wording(Topic::Other) }
        </section>
    }
}

/// The section list: each section's heading id is `sec-` and its topic's path ("sec-steering-group").
/// The counts are the settled findings', so they follow every edit a frame later, as the summary does.
fn section_list(lang: tym_core::Lang, counts: &SectionCounts) -> Html {
    let items = Topic::ALL[..13].iter().map(|&t| {
        let id = format!("sec-{}", t.path().replace('_', "-"));
        let n = counts[t as usize];
        let label = match t.number() {
            Some(k) => lang.fmt(Msg::UiSectionN, &[&k.to_string(), lang.t(t.label())]),
            None => lang.t(t.label()).to_string(),
        };
        let href = format!("#{id}");
        // Focus, not the address: the fragment is the app's (shared links), and focus tells a screen
        // reader where the user now is.
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            crate::platform::focus(&id);
        });
        // The badge's figure is for the eye; a screen reader reads the words after the section's name
        // (the hidden text is out of flow, so browsers set it apart with a space).
        html! {
            <li><a {href} {onclick}>{ label }<span class={if n == 0 { "badge zero" } else { "badge" }} aria-hidden="true">{ n }</span><span class="visually-hidden">{ lang.findings(n) }</span></a></li>
        }
    });
    html! {
        <nav class="section-list no-print" aria-labelledby="section-list-heading">
            <h2 id="section-list-heading">{ lang.t(Msg::UiSectionList) }</h2>
            <ol>{ for items }</ol>
        </nav>
    }
}
