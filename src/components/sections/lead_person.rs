//! Section 9: the lead person and deputy — who names them, the steering group's approval, the
//! administrative employer, the share of working time and the tasks (Decree 388/2024 4 §).

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::{chosen, SectionProps};
use crate::components::dec_field::{decimal_in, parsing};
use tym_core::model::{LeadPerson, LeadTask};
use tym_core::order;
use tym_core::path::{fields, F};
use tym_core::Msg;
use yew::prelude::*;

#[function_component(LeadPersonSection)]
pub fn lead_person_section(p: &SectionProps<LeadPerson>) -> Html {
    let (lang, ed, lp) = (p.lang, &p.editor, &p.data);
    let on_share = parsing(
        |v| decimal_in(v, tym_core::limits::PERCENT.range()),
        lang.t(Msg::UiErrPercent),
        ed.set(fields::LEAD_PERSON_WORKING_TIME_PCT),
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
        let list = F::LeadPersonTasks.path();
        let id = if k == 0 { list.id() } else { list.id_keyed(&format!("{task:?}")) };
        html! { <CheckboxField {id} label={lang.t(task.label())} checked={lp.tasks.contains(&task)} {onchange} /> }
    });
    let parties = || (*p.parties).clone();
    html! {
        <section aria-labelledby="sec-lead-person">
            <h2 id="sec-lead-person" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["9", lang.t(Msg::UiLeadPerson)]) }</h2>
            <div class="form-grid">
                <TextField id={fields::LEAD_PERSON_TITLE.id()} label={lang.t(Msg::UiLeadTitle)} value={lp.title.clone()} onchange={ed.set(fields::LEAD_PERSON_TITLE)} />
                <TextField id={fields::LEAD_PERSON_DEPUTY_TITLE.id()} label={lang.t(Msg::UiDeputyTitle)} value={lp.deputy_title.clone()} onchange={ed.set(fields::LEAD_PERSON_DEPUTY_TITLE)} />
                <SelectField id={fields::LEAD_PERSON_NAMED_BY.id()} label={lang.t(Msg::UiNamedBy)} options={parties()} selected={lp.named_by.clone().unwrap_or_default()} onchange={ed.set_with(fields::LEAD_PERSON_NAMED_BY, chosen)} />
                <SelectField id={fields::LEAD_PERSON_DEPUTY_NAMED_BY.id()} label={lang.t(Msg::UiDeputyNamedBy)} options={parties()} selected={lp.deputy_named_by.clone().unwrap_or_default()} onchange={ed.set_with(fields::LEAD_PERSON_DEPUTY_NAMED_BY, chosen)} />
                <SelectField id={fields::LEAD_PERSON_ADMINISTRATIVE_EMPLOYER.id()} label={lang.t(Msg::UiEmployer)} options={parties()} selected={lp.administrative_employer.clone().unwrap_or_default()} onchange={ed.set_with(fields::LEAD_PERSON_ADMINISTRATIVE_EMPLOYER, chosen)} />
                <DecField id={fields::LEAD_PERSON_WORKING_TIME_PCT.id()} label={lang.t(Msg::UiWorkingTime)} value={lp.working_time_pct.map(|d| lang.dec(d)).unwrap_or_default()} parse={on_share} unit="%" />
                <DateField id={fields::LEAD_PERSON_APPOINTED_UNTIL.id()} label={lang.t(Msg::UiAppointedUntil)} value={lp.appointed_until} onchange={ed.set(fields::LEAD_PERSON_APPOINTED_UNTIL)} />
            </div>
            <CheckboxField id={fields::LEAD_PERSON_APPROVED_BY_STEERING_GROUP.id()} label={lang.t(Msg::UiApprovedBySg)} checked={lp.approved_by_steering_group} onchange={ed.set(fields::LEAD_PERSON_APPROVED_BY_STEERING_GROUP)} />
            <fieldset>
                <legend>{ lang.t(Msg::UiLeadTasks) }</legend>
                { for tasks }
            </fieldset>
        </section>
    }
}
