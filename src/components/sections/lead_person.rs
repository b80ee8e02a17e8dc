//! Section 9: the lead person and deputy — who names them, the steering group's approval, the
//! administrative employer, the share of working time and the tasks (Decree 388/2024 4 §).

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::{chosen, SectionProps};
use crate::components::dec_field::{decimal_in, parsing};
use tym_core::check::field_id;
use tym_core::model::{LeadPerson, LeadTask};
use tym_core::order;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(LeadPersonSection)]
pub fn lead_person_section(p: &SectionProps<LeadPerson>) -> Html {
    let (lang, ed, lp) = (p.lang, &p.editor, &p.data);
    let on_share = parsing(
        |v| decimal_in(v, tym_core::limits::PERCENT.range()),
        lang.t(Msg::UiErrPercent),
        ed.set(|a, d| a.lead_person.working_time_pct = d),
    );
    let tasks = LeadTask::ALL.iter().enumerate().map(|(k, &task)| {
        let ed = ed.clone();
        let onchange = Callback::from(move |on: bool| {
            ed.edit(move |a| {
                let t = &mut a.lead_person.tasks;
                t.retain(|x| *x != task);
                if on {
                    t.push(task);
                    // Keep the catalogue's order so that the document lists tasks the same way every time.
                    order::sort_by_key(t, |x| order::rank(&LeadTask::ALL, x));
                }
            })
        });
        // The first checkbox carries the path of the list, where the checker's findings point.
        let id = if k == 0 { field_id("lead_person.tasks") } else { field_id(&format!("lead_person.tasks.{task:?}")) };
        html! { <CheckboxField {id} label={lang.t(task.label())} checked={lp.tasks.contains(&task)} {onchange} /> }
    });
    let parties = || (*p.parties).clone();
    html! {
        <section aria-labelledby="sec-lead-person">
            <h2 id="sec-lead-person" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["9", lang.t(Msg::UiLeadPerson)]) }</h2>
            <div class="form-grid">
                <TextField id={field_id("lead_person.title")} label={lang.t(Msg::UiLeadTitle)} value={lp.title.clone()} onchange={ed.set(|a, v| a.lead_person.title = v)} />
                <TextField id={field_id("lead_person.deputy_title")} label={lang.t(Msg::UiDeputyTitle)} value={lp.deputy_title.clone()} onchange={ed.set(|a, v| a.lead_person.deputy_title = v)} />
                <SelectField id={field_id("lead_person.named_by")} label={lang.t(Msg::UiNamedBy)} options={parties()} selected={lp.named_by.clone().unwrap_or_default()} onchange={ed.set(|a, v| a.lead_person.named_by = chosen(v))} />
                <SelectField id={field_id("lead_person.deputy_named_by")} label={lang.t(Msg::UiDeputyNamedBy)} options={parties()} selected={lp.deputy_named_by.clone().unwrap_or_default()} onchange={ed.set(|a, v| a.lead_person.deputy_named_by = chosen(v))} />
                <SelectField id={field_id("lead_person.administrative_employer")} label={lang.t(Msg::UiEmployer)} options={parties()} selected={lp.administrative_employer.clone().unwrap_or_default()} onchange={ed.set(|a, v| a.lead_person.administrative_employer = chosen(v))} />
                <DecField id={field_id("lead_person.working_time_pct")} label={lang.t(Msg::UiWorkingTime)} value={lp.working_time_pct.map(|d| lang.dec(d)).unwrap_or_default()} parse={on_share} unit="%" />
                <DateField id={field_id("lead_person.appointed_until")} label={lang.t(Msg::UiAppointedUntil)} value={lp.appointed_until} onchange={ed.set(|a, d| a.lead_person.appointed_until = d)} />
            </div>
            <CheckboxField id={field_id("lead_person.approved_by_steering_group")} label={lang.t(Msg::UiApprovedBySg)} checked={lp.approved_by_steering_group} onchange={ed.set(|a, b| a.lead_person.approved_by_steering_group = b)} />
            <fieldset>
                <legend>{ lang.t(Msg::UiLeadTasks) }</legend>
                { for tasks }
            </fieldset>
        </section>
    }
}
