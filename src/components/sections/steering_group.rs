//! Section 4: the steering group — who sets it, the decision, the term and the seats with personal
//! deputies (Decree 388/2024 1 §).

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::{area::parse_count, chosen, clause_text::ClauseText, party_choice};
use crate::components::row_actions::RowActions;
use crate::hooks::use_workbench;
use crate::pages::{sector_code, sector_from, sector_options};
use tym_core::check::field_id;
use tym_core::model::{Seat, SeatRole, SteeringGroup};
use tym_core::Msg;
use yew::prelude::*;

const ROLES: [(SeatRole, &str, Msg); 5] = [
    (SeatRole::Chair, "chair", Msg::RoleChair),
    (SeatRole::ViceChair, "vice_chair", Msg::RoleViceChair),
    (SeatRole::Member, "member", Msg::RoleMember),
    (SeatRole::Secretary, "secretary", Msg::RoleSecretary),
    (SeatRole::Expert, "expert", Msg::RoleExpert),
];

#[function_component(SteeringGroupSection)]
pub fn steering_group_section() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let sg = &a.steering_group;
    let set = |f: fn(&mut SteeringGroup, String)| {
        let wb = wb.clone();
        Callback::from(move |v: String| wb.edit(move |a| f(&mut a.steering_group, v.clone())))
    };
    let set_date = |f: fn(&mut SteeringGroup, Option<chrono::NaiveDate>)| {
        let wb = wb.clone();
        Callback::from(move |d| wb.edit(move |a| f(&mut a.steering_group, d)))
    };
    let on_agreed = {
        let wb = wb.clone();
        Callback::from(move |b: bool| wb.edit(move |a| a.steering_group.authorities_agreed = b))
    };
    let on_years = {
        let wb = wb.clone();
        Callback::from(move |v: String| -> Result<(), String> {
            let y = parse_count(&v).ok().filter(|y| y.is_none_or(|y| y <= 50)).ok_or(wb.t(Msg::UiErrWholeNumber))?;
            wb.edit(move |a| a.steering_group.term_years = y.map(|y| y as u32));
            Ok(())
        })
    };
    let parties = party_choice(a, None);
    let role_opts: Vec<(String, String)> =
        ROLES.iter().map(|(_, c, m)| (c.to_string(), lang.t(*m).to_string())).collect();
    let seats = sg.seats.iter().enumerate().map(|(i, s)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let edit = |f: fn(&mut Seat, String)| wb.editor().item_edit(|a| &mut a.steering_group.seats, i, f);
        let role_code = ROLES.iter().find(|(r, _, _)| *r == s.role).map(|(_, c, _)| *c).unwrap_or("member");
        let remove = wb.editor().remove_item(|a| &mut a.steering_group.seats, i);
        let up = wb.editor().move_item(|a| &mut a.steering_group.seats, i, true);
        let down = wb.editor().move_item(|a| &mut a.steering_group.seats, i, false);
        let path = |f: &str| field_id(&format!("steering_group.seats[{i}].{f}"));
        html! {
            <tr key={i}>
                <td><SelectField id={path("party")} label={lbl(Msg::UiParty)} in_table=true options={parties.clone()} selected={s.party.clone().unwrap_or_default()} onchange={edit(|s, v| s.party = chosen(v))} /></td>
                <td><TextField id={path("organisation")} label={lbl(Msg::UiOrganisation)} in_table=true value={s.organisation.clone()} onchange={edit(|s, v| s.organisation = v)} /></td>
                <td><SelectField id={path("sector")} label={lbl(Msg::UiSector)} in_table=true options={sector_options(lang)} selected={sector_code(s.sector)} onchange={edit(|s, v| s.sector = sector_from(&v))} /></td>
                <td><SelectField id={path("role")} label={lbl(Msg::UiSeatRole)} in_table=true options={role_opts.clone()} selected={role_code}
                    onchange={edit(|s, v| s.role = ROLES.iter().find(|(_, c, _)| *c == v).map(|(r, _, _)| *r).unwrap_or_default())} /></td>
                <td><TextField id={path("member")} label={lbl(Msg::UiMember)} in_table=true value={s.member.clone()} onchange={edit(|s, v| s.member = v)} /></td>
                <td><TextField id={path("deputy")} label={lbl(Msg::UiDeputy)} in_table=true value={s.deputy.clone()} onchange={edit(|s, v| s.deputy = v)} /></td>
                <td><RowActions n={i + 1} {lang} onup={up} ondown={down} onremove={remove} /></td>
            </tr>
        }
    });
    let add = {
        let wb = wb.clone();
        let n = sg.seats.len();
        Callback::from(move |_| {
            wb.edit(|a| a.steering_group.seats.push(Seat::default()));
            crate::platform::focus_soon(field_id(&format!("steering_group.seats[{n}].party")));
        })
    };
    html! {
        <section aria-labelledby="sec-steering-group">
            <h2 id="sec-steering-group" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["4", lang.t(Msg::UiSteeringGroup)]) }</h2>
            <div class="form-grid">
                <SelectField id={field_id("steering_group.set_by")} label={wb.t(Msg::UiSetBy)} options={parties.clone()} selected={sg.set_by.clone().unwrap_or_default()} onchange={set(|g, v| g.set_by = chosen(v))} />
                <TextField id={field_id("steering_group.decision.body")} label={wb.t(Msg::UiDecisionBody)} value={sg.decision.body.clone()} onchange={set(|g, v| g.decision.body = v)} />
                <DateField id={field_id("steering_group.decision.date")} label={wb.t(Msg::UiDecisionDate)} value={sg.decision.date} onchange={set_date(|g, d| g.decision.date = d)} />
                <TextField id={field_id("steering_group.decision.section")} label={wb.t(Msg::UiDecisionSection)} value={sg.decision.section.clone()} onchange={set(|g, v| g.decision.section = v)} />
                <DateField id={field_id("steering_group.term_start")} label={wb.t(Msg::UiTermStart)} value={sg.term_start} onchange={set_date(|g, d| g.term_start = d)} />
                <DateField id={field_id("steering_group.term_end")} label={wb.t(Msg::UiTermEnd)} value={sg.term_end} onchange={set_date(|g, d| g.term_end = d)} />
                <DecField id={field_id("steering_group.term_years")} label={wb.t(Msg::UiTermYears)} value={sg.term_years.map(|y| y.to_string()).unwrap_or_default()} parse={on_years} />
            </div>
            <CheckboxField id={field_id("steering_group.authorities_agreed")} label={wb.t(Msg::UiAuthoritiesAgreed)} checked={sg.authorities_agreed} onchange={on_agreed} />
            <table class="edit-table" id="seats-table">
                <caption>{ wb.t(Msg::UiSeats) }</caption>
                <thead><tr>
                    <th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiOrganisation) }</th>
                    <th scope="col">{ wb.t(Msg::UiSector) }</th><th scope="col">{ wb.t(Msg::UiSeatRole) }</th>
                    <th scope="col">{ wb.t(Msg::UiMember) }</th><th scope="col">{ wb.t(Msg::UiDeputy) }</th>
                    <th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th>
                </tr></thead>
                <tbody>{ for seats }</tbody>
            </table>
            <p><button type="button" id={field_id("steering_group.seats")} onclick={add}>{ wb.t(Msg::UiAddSeat) }</button></p>
            <ClauseText id={field_id("steering_group.text")} value={sg.text.clone()} onchange={set(|g, v| g.text = v)} />
        </section>
    }
}
