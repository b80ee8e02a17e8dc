//! Sections 5–7: objectives (annual, national categories of Act 380/2023 21 §), the ways of arranging
//! the service, and the services with the youth one-stop.

use super::super::{checkbox_field::CheckboxField, select_field::SelectField, text_field::TextField};
use super::{chosen, clause_text::ClauseText, party_choice};
use crate::components::row_actions::RowActions;
use crate::hooks::use_workbench;
use tym_core::check::field_id;
use tym_core::model::{NationalObjective, ServiceEntry, YouthOneStop};
use tym_core::Msg;
use yew::prelude::*;

#[function_component(ObjectivesSection)]
pub fn objectives_section() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let flag = |f: fn(&mut tym_core::model::Agreement, bool)| {
        let wb = wb.clone();
        Callback::from(move |b: bool| wb.edit(move |a| f(a, b)))
    };
    let text = |f: fn(&mut tym_core::model::Agreement, String)| {
        let wb = wb.clone();
        Callback::from(move |v: String| wb.edit(move |a| f(a, v.clone())))
    };
    let national = NationalObjective::ALL.iter().enumerate().map(|(k, &o)| {
        let wb = wb.clone();
        let onchange = Callback::from(move |on: bool| {
            wb.edit(move |a| {
                let v = &mut a.objectives.national_considered;
                v.retain(|x| *x != o);
                if on {
                    v.push(o);
                    v.sort_by_key(|x| NationalObjective::ALL.iter().position(|y| y == x));
                }
            })
        });
        let id = if k == 0 {
            field_id("objectives.national_considered")
        } else {
            field_id(&format!("objectives.national_considered.{o:?}"))
        };
        html! { <CheckboxField {id} label={format!("{}) {}", k + 1, lang.t(o.label()))} checked={a.objectives.national_considered.contains(&o)} {onchange} /> }
    });
    let youth_opts = vec![
        ("not_stated".to_string(), lang.t(Msg::UiYouthNotStated).to_string()),
        ("included".to_string(), lang.t(Msg::UiYouthIncluded).to_string()),
        ("separate".to_string(), lang.t(Msg::UiYouthSeparate).to_string()),
    ];
    let parties = party_choice(a, None);
    let entries = a.services.entries.iter().enumerate().map(|(i, e)| {
        let n = (i + 1).to_string();
        let edit = |f: fn(&mut ServiceEntry, String)| wb.editor().item_edit(|a| &mut a.services.entries, i, f);
        let remove = wb.editor().remove_item(|a| &mut a.services.entries, i);
        let up = wb.editor().move_item(|a| &mut a.services.entries, i, true);
        let down = wb.editor().move_item(|a| &mut a.services.entries, i, false);
        html! {
            <tr key={i}>
                <td><SelectField id={field_id(&format!("services.entries[{i}].party"))} label={format!("{} {n}", lang.t(Msg::UiParty))} in_table=true
                    options={parties.clone()} selected={e.party.clone().unwrap_or_default()} onchange={edit(|e, v| e.party = chosen(v))} /></td>
                <td><TextField id={field_id(&format!("services.entries[{i}].service"))} label={format!("{} {n}", lang.t(Msg::UiService))} in_table=true
                    value={e.service.clone()} onchange={edit(|e, v| e.service = v)} /></td>
                <td><RowActions n={i + 1} {lang} onup={up} ondown={down} onremove={remove} /></td>
            </tr>
        }
    });
    let add_entry = {
        let wb = wb.clone();
        Callback::from(move |_| wb.edit(|a| a.services.entries.push(ServiceEntry::default())))
    };
    let youth_code = match a.services.youth_one_stop {
        YouthOneStop::NotStated => "not_stated",
        YouthOneStop::Included => "included",
        YouthOneStop::SeparateAgreement => "separate",
    };
    html! {
        <>
        <section aria-labelledby="sec-objectives">
            <h2 id="sec-objectives" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["5", lang.t(Msg::UiObjectives)]) }</h2>
            <CheckboxField id={field_id("objectives.set_annually")} label={wb.t(Msg::UiSetAnnually)} checked={a.objectives.set_annually} onchange={flag(|a, b| a.objectives.set_annually = b)} />
            <fieldset>
                <legend>{ wb.t(Msg::UiNationalObjectives) }</legend>
                { for national }
            </fieldset>
            <ClauseText id={field_id("objectives.text")} value={a.objectives.text.clone()} onchange={text(|a, v| a.objectives.text = v)} />
        </section>
        <section aria-labelledby="sec-arrangement">
            <h2 id="sec-arrangement" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["6", lang.t(Msg::UiArrangement)]) }</h2>
            <CheckboxField id={field_id("arrangement.in_person")} label={wb.t(Msg::UiInPerson)} checked={a.arrangement.in_person} onchange={flag(|a, b| a.arrangement.in_person = b)} />
            <CheckboxField id={field_id("arrangement.remote")} label={wb.t(Msg::UiRemote)} checked={a.arrangement.remote} onchange={flag(|a, b| a.arrangement.remote = b)} />
            <ClauseText id={field_id("arrangement.text")} value={a.arrangement.text.clone()} onchange={text(|a, v| a.arrangement.text = v)} />
        </section>
        <section aria-labelledby="sec-services">
            <h2 id="sec-services" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["7", lang.t(Msg::UiServices)]) }</h2>
            <table class="edit-table" id="services-table">
                <caption>{ wb.t(Msg::UiServiceCatalogue) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiService) }</th>
                    <th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th></tr></thead>
                <tbody>{ for entries }</tbody>
            </table>
            <p><button type="button" id={field_id("services.entries")} onclick={add_entry}>{ wb.t(Msg::UiAddService) }</button></p>
            <SelectField id={field_id("services.youth_one_stop")} label={wb.t(Msg::UiYouthOneStop)} options={youth_opts} selected={youth_code}
                onchange={text(|a, v| a.services.youth_one_stop = match v.as_str() { "included" => YouthOneStop::Included, "separate" => YouthOneStop::SeparateAgreement, _ => YouthOneStop::NotStated })} />
            <ClauseText id={field_id("services.text")} value={a.services.text.clone()} onchange={text(|a, v| a.services.text = v)} />
        </section>
        </>
    }
}
