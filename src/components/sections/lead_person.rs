//! Section 9: the lead person and deputy — who names them, the steering group's approval, the
//! administrative employer, the share of working time and the tasks (Decree 388/2024 4 §).

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::{chosen, clause_text::ClauseText, party_choice};
use crate::hooks::use_workbench;
use tym_core::check::field_id;
use tym_core::model::{LeadPerson, LeadTask};
use tym_core::num::Dec;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(LeadPersonSection)]
pub fn lead_person_section() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let lp = &a.lead_person;
    let set = |f: fn(&mut LeadPerson, String)| {
        let wb = wb.clone();
        Callback::from(move |v: String| wb.edit(move |a| f(&mut a.lead_person, v.clone())))
    };
    let on_approved = {
        let wb = wb.clone();
        Callback::from(move |b: bool| wb.edit(move |a| a.lead_person.approved_by_steering_group = b))
    };
    let on_until = {
        let wb = wb.clone();
        Callback::from(move |d| wb.edit(move |a| a.lead_person.appointed_until = d))
    };
    let on_share = {
        let wb = wb.clone();
        Callback::from(move |v: String| -> Result<(), String> {
            if v.trim().is_empty() {
                wb.edit(|a| a.lead_person.working_time_pct = None);
                return Ok(());
            }
            match Dec::parse(&v) {
                Some(d) if (0..=100_000).contains(&d.0) => {
                    wb.edit(move |a| a.lead_person.working_time_pct = Some(d));
                    Ok(())
                }
                _ => Err(wb.t(Msg::UiErrPercent).to_string()),
            }
        })
    };
    let parties = party_choice(a, None);
    let tasks = LeadTask::ALL.iter().enumerate().map(|(k, &task)| {
        let wb = wb.clone();
        let onchange = Callback::from(move |on: bool| {
            wb.edit(move |a| {
                let t = &mut a.lead_person.tasks;
                t.retain(|x| *x != task);
                if on {
                    t.push(task);
                    // Keep the catalogue's order so that the document lists tasks the same way every time.
                    t.sort_by_key(|x| LeadTask::ALL.iter().position(|y| y == x));
                }
            })
        });
        // The first checkbox carries the path of the list, where the checker's findings point.
        let id = if k == 0 { field_id("lead_person.tasks") } else { field_id(&format!("lead_person.tasks.{task:?}")) };
        html! { <CheckboxField {id} label={lang.t(task.label())} checked={lp.tasks.contains(&task)} {onchange} /> }
    });
    html! {
        <section aria-labelledby="sec-lead-person">
            <h2 id="sec-lead-person" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["9", lang.t(Msg::UiLeadPerson)]) }</h2>
            <div class="form-grid">
                <TextField id={field_id("lead_person.title")} label={wb.t(Msg::UiLeadTitle)} value={lp.title.clone()} onchange={set(|l, v| l.title = v)} />
                <SelectField id={field_id("lead_person.named_by")} label={wb.t(Msg::UiNamedBy)} options={parties.clone()} selected={lp.named_by.clone().unwrap_or_default()} onchange={set(|l, v| l.named_by = chosen(v))} />
                <SelectField id={field_id("lead_person.deputy_named_by")} label={wb.t(Msg::UiDeputyNamedBy)} options={parties.clone()} selected={lp.deputy_named_by.clone().unwrap_or_default()} onchange={set(|l, v| l.deputy_named_by = chosen(v))} />
                <SelectField id={field_id("lead_person.administrative_employer")} label={wb.t(Msg::UiEmployer)} options={parties} selected={lp.administrative_employer.clone().unwrap_or_default()} onchange={set(|l, v| l.administrative_employer = chosen(v))} />
                <DecField id={field_id("lead_person.working_time_pct")} label={wb.t(Msg::UiWorkingTime)} value={lp.working_time_pct.map(|d| lang.dec(d)).unwrap_or_default()} parse={on_share} unit="%" />
                <DateField id={field_id("lead_person.appointed_until")} label={wb.t(Msg::UiAppointedUntil)} value={lp.appointed_until} onchange={on_until} />
            </div>
            <CheckboxField id={field_id("lead_person.approved_by_steering_group")} label={wb.t(Msg::UiApprovedBySg)} checked={lp.approved_by_steering_group} onchange={on_approved} />
            <fieldset>
                <legend>{ wb.t(Msg::UiLeadTasks) }</legend>
                { for tasks }
            </fieldset>
            <ClauseText id={field_id("lead_person.text")} value={lp.text.clone()} onchange={set(|l, v| l.text = v)} />
        </section>
    }
}
