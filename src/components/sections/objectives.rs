//! Sections 5–7: objectives (annual, national categories of Act 380/2023 21 §), the ways of arranging
//! the service, and the services with the youth service (381/2023 16 §), its coordinator and cost split.

use super::super::{checkbox_field::CheckboxField, select_field::SelectField, text_field::TextField};
use super::{chosen, SectionProps};
use crate::components::edit_table::{edit_table, RowCx, Table, TableSpec};
use tym_core::law::Prov;
use tym_core::model::{Arrangement, NationalObjective, Objectives, ServiceEntry, Services, YouthOneStop};
use tym_core::order;
use tym_core::path::{fields, F};
use tym_core::Msg;
use yew::prelude::*;

fn cells(r: &RowCx<ServiceEntry>) -> Html {
    let e = r.item;
    html! {
        <>
        <td><SelectField id={r.id(fields::SERVICES_ENTRIES_PARTY)} label={r.label(Msg::UiParty)} in_table=true
            options={(**r.options).clone()} selected={e.party.clone().unwrap_or_default()} onchange={r.edit_with(fields::SERVICES_ENTRIES_PARTY, chosen)} /></td>
        <td><TextField id={r.id(fields::SERVICES_ENTRIES_SERVICE)} label={r.label(Msg::UiService)} in_table=true value={e.service.clone()} onchange={r.edit(fields::SERVICES_ENTRIES_SERVICE)} /></td>
        </>
    }
}

static SERVICES: TableSpec<ServiceEntry> = TableSpec {
    table: Table {
        id: "services-table",
        caption: Msg::UiServiceCatalogue,
        caption_hidden: false,
        columns: &[Msg::UiParty, Msg::UiService],
        row_actions: true,
        add: Msg::UiAddService,
        focus: F::ServicesEntriesParty,
    },
    list: fields::SERVICES_ENTRIES,
    cells,
    new: |_| ServiceEntry::default(),
};

/// Sections 5, 6 and 7 as one props value.
pub type ObjectivesData = (Objectives, Arrangement, Services);

#[function_component(ObjectivesSection)]
pub fn objectives_section(p: &SectionProps<ObjectivesData>) -> Html {
    let (lang, ed) = (p.lang, &p.editor);
    let (objectives, arrangement, services) = &p.data;
    let national = NationalObjective::ALL.iter().enumerate().map(|(k, &o)| {
        let ed = ed.clone();
        let onchange = Callback::from(move |on: bool| {
            ed.edit(move |a| {
                let v = &mut a.objectives.national_considered;
                v.retain(|x| *x != o);
                if on {
                    v.push(o);
                    order::sort_by_key(v, |x| order::rank(&NationalObjective::ALL, x));
                }
            })
        });
        // The first checkbox carries the path of the list, where the checker's findings point.
        let considered = F::ObjectivesNationalConsidered.path();
        let id = if k == 0 { considered.id() } else { considered.id_keyed(&format!("{o:?}")) };
        html! { <CheckboxField {id} label={format!("{}) {}", k + 1, lang.t(o.label()))} checked={objectives.national_considered.contains(&o)} {onchange} /> }
    });
    let youth_opts = vec![
        ("not_stated".to_string(), lang.t(Msg::UiYouthNotStated).to_string()),
        ("included".to_string(), lang.t(Msg::UiYouthIncluded).to_string()),
        ("separate".to_string(), lang.t(Msg::UiYouthSeparate).to_string()),
    ];
    let youth_code = match services.youth_one_stop {
        YouthOneStop::NotStated => "not_stated",
        YouthOneStop::Included => "included",
        YouthOneStop::SeparateAgreement => "separate",
    };
    html! {
        <>
        <section aria-labelledby="sec-objectives">
            <h2 id="sec-objectives" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["5", lang.t(Msg::UiObjectives)]) }</h2>
            <CheckboxField id={fields::OBJECTIVES_SET_ANNUALLY.id()} label={lang.t(Msg::UiSetAnnually)} checked={objectives.set_annually} onchange={ed.set(fields::OBJECTIVES_SET_ANNUALLY)} />
            <fieldset>
                <legend>{ lang.fmt(Msg::UiNationalObjectives, &[&Prov::Act380S21.cite(lang, None)]) }</legend>
                { for national }
            </fieldset>
            // One objective per line; a line left empty is dropped (R9 reports an empty one read from a file).
            <TextField id={fields::OBJECTIVES_ITEMS.id()} label={lang.t(Msg::UiObjectiveItems)} multiline=true value={objectives.items.join("\n")}
                onchange={ed.set_with(fields::OBJECTIVES_ITEMS, |v: String| v.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())} />
        </section>
        <section aria-labelledby="sec-arrangement">
            <h2 id="sec-arrangement" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["6", lang.t(Msg::UiArrangement)]) }</h2>
            <CheckboxField id={fields::ARRANGEMENT_IN_PERSON.id()} label={lang.t(Msg::UiInPerson)} checked={arrangement.in_person} onchange={ed.set(fields::ARRANGEMENT_IN_PERSON)} />
            <CheckboxField id={fields::ARRANGEMENT_REMOTE.id()} label={lang.t(Msg::UiRemote)} checked={arrangement.remote} onchange={ed.set(fields::ARRANGEMENT_REMOTE)} />
        </section>
        <section aria-labelledby="sec-services">
            <h2 id="sec-services" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["7", lang.t(Msg::UiServices)]) }</h2>
            { edit_table(&SERVICES, &p.file.0, lang, ed, &p.parties, |_, _| Vec::new()) }
            <SelectField id={fields::SERVICES_YOUTH_ONE_STOP.id()} label={lang.t(Msg::UiYouthOneStop)} options={youth_opts} selected={youth_code}
                onchange={ed.set_with(fields::SERVICES_YOUTH_ONE_STOP, |v: String| match v.as_str() { "included" => YouthOneStop::Included, "separate" => YouthOneStop::SeparateAgreement, _ => YouthOneStop::NotStated })} />
            if services.youth_one_stop == YouthOneStop::Included {
                <div class="form-grid">
                    <TextField id={fields::SERVICES_YOUTH_COORDINATOR.id()} label={lang.t(Msg::UiYouthCoordinator)} value={services.youth_coordinator.clone()} onchange={ed.set(fields::SERVICES_YOUTH_COORDINATOR)} />
                    <TextField id={fields::SERVICES_YOUTH_COST_SPLIT.id()} label={lang.t(Msg::UiYouthCostSplit)} value={services.youth_cost_split.clone()} onchange={ed.set(fields::SERVICES_YOUTH_COST_SPLIT)} />
                </div>
            }
        </section>
        </>
    }
}
