//! Section 4: the steering group — who sets it, the decision (and whom it has choose the chairs), the term and the seats with personal
//! deputies (Decree 388/2024 1 §).

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::{chosen, SectionProps};
use crate::components::dec_field::{count_upto, parsing};
use crate::components::edit_table::{edit_table, RowCx, Table, TableSpec};
use crate::pages::{sector_code, sector_from, sector_options};
use tym_core::model::{Seat, SeatRole, SteeringGroup};
use tym_core::path::{fields, F};
use tym_core::Msg;
use yew::prelude::*;

const ROLES: [(SeatRole, &str, Msg); 5] = [
    (SeatRole::Chair, "chair", Msg::RoleChair),
    (SeatRole::ViceChair, "vice_chair", Msg::RoleViceChair),
    (SeatRole::Member, "member", Msg::RoleMember),
    (SeatRole::Secretary, "secretary", Msg::RoleSecretary),
    (SeatRole::Expert, "expert", Msg::RoleExpert),
];

fn cells(r: &RowCx<Seat>) -> Html {
    let s = r.item;
    let role_opts: Vec<(String, String)> =
        ROLES.iter().map(|(_, c, m)| (c.to_string(), r.lang.t(*m).to_string())).collect();
    let role_code = ROLES.iter().find(|(x, _, _)| *x == s.role).map(|(_, c, _)| *c).unwrap_or("member");
    html! {
        <>
        <td><SelectField id={r.id(fields::STEERING_GROUP_SEATS_PARTY)} label={r.label(Msg::UiParty)} in_table=true options={(**r.options).clone()} selected={s.party.clone().unwrap_or_default()} onchange={r.edit_with(fields::STEERING_GROUP_SEATS_PARTY, chosen)} /></td>
        <td><TextField id={r.id(fields::STEERING_GROUP_SEATS_ORGANISATION)} label={r.label(Msg::UiOrganisation)} in_table=true value={s.organisation.clone()} onchange={r.edit(fields::STEERING_GROUP_SEATS_ORGANISATION)} /></td>
        <td><SelectField id={r.id(fields::STEERING_GROUP_SEATS_SECTOR)} label={r.label(Msg::UiSector)} in_table=true options={sector_options(r.lang)} selected={sector_code(s.sector)} onchange={r.edit_with(fields::STEERING_GROUP_SEATS_SECTOR, |v: String| sector_from(&v))} /></td>
        <td><SelectField id={r.id(fields::STEERING_GROUP_SEATS_ROLE)} label={r.label(Msg::UiSeatRole)} in_table=true options={role_opts} selected={role_code}
            onchange={r.edit_with(fields::STEERING_GROUP_SEATS_ROLE, |v: String| ROLES.iter().find(|(_, c, _)| *c == v).map(|(x, _, _)| *x).unwrap_or_default())} /></td>
        <td><TextField id={r.id(fields::STEERING_GROUP_SEATS_MEMBER)} label={r.label(Msg::UiMember)} in_table=true value={s.member.clone()} onchange={r.edit(fields::STEERING_GROUP_SEATS_MEMBER)} /></td>
        <td><TextField id={r.id(fields::STEERING_GROUP_SEATS_DEPUTY)} label={r.label(Msg::UiDeputy)} in_table=true value={s.deputy.clone()} onchange={r.edit(fields::STEERING_GROUP_SEATS_DEPUTY)} /></td>
        </>
    }
}

static SEATS: TableSpec<Seat> = TableSpec {
    table: Table {
        id: "seats-table",
        caption: Msg::UiSeats,
        caption_hidden: false,
        columns: &[Msg::UiParty, Msg::UiOrganisation, Msg::UiSector, Msg::UiSeatRole, Msg::UiMember, Msg::UiDeputy],
        row_actions: true,
        add: Msg::UiAddSeat,
        focus: F::SteeringGroupSeatsParty,
    },
    list: fields::STEERING_GROUP_SEATS,
    cells,
    new: |_| Seat::default(),
};

#[function_component(SteeringGroupSection)]
pub fn steering_group_section(p: &SectionProps<SteeringGroup>) -> Html {
    let (lang, ed, sg) = (p.lang, &p.editor, &p.data);
    let on_years = parsing(
        |v| count_upto(v, tym_core::limits::TERM_YEARS),
        lang.t(Msg::UiErrWholeNumber),
        ed.set(fields::STEERING_GROUP_TERM_YEARS),
    );
    let parties = (*p.parties).clone();
    html! {
        <section aria-labelledby="sec-steering-group">
            <h2 id="sec-steering-group" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["4", lang.t(Msg::UiSteeringGroup)]) }</h2>
            <div class="form-grid">
                <SelectField id={fields::STEERING_GROUP_SET_BY.id()} label={lang.t(Msg::UiSetBy)} options={parties} selected={sg.set_by.clone().unwrap_or_default()} onchange={ed.set_with(fields::STEERING_GROUP_SET_BY, chosen)} />
                <SelectField id={fields::STEERING_GROUP_CHAIR_NAMED_BY.id()} label={lang.t(Msg::UiChairNamedBy)} options={(*p.parties).clone()} selected={sg.chair_named_by.clone().unwrap_or_default()} onchange={ed.set_with(fields::STEERING_GROUP_CHAIR_NAMED_BY, chosen)} />
                <SelectField id={fields::STEERING_GROUP_VICE_CHAIR_NAMED_BY.id()} label={lang.t(Msg::UiViceChairNamedBy)} options={(*p.parties).clone()} selected={sg.vice_chair_named_by.clone().unwrap_or_default()} onchange={ed.set_with(fields::STEERING_GROUP_VICE_CHAIR_NAMED_BY, chosen)} />
                <TextField id={fields::STEERING_GROUP_DECISION_BODY.id()} label={lang.t(Msg::UiDecisionBody)} value={sg.decision.body.clone()} onchange={ed.set(fields::STEERING_GROUP_DECISION_BODY)} />
                <DateField id={fields::STEERING_GROUP_DECISION_DATE.id()} label={lang.t(Msg::UiDecisionDate)} value={sg.decision.date} onchange={ed.set(fields::STEERING_GROUP_DECISION_DATE)} />
                <TextField id={fields::STEERING_GROUP_DECISION_SECTION.id()} label={lang.t(Msg::UiDecisionSection)} value={sg.decision.section.clone()} onchange={ed.set(fields::STEERING_GROUP_DECISION_SECTION)} />
                // Who the decision itself has choose the chairs, as its wording says: R25 compares it with the fields above.
                <SelectField id={fields::STEERING_GROUP_DECISION_CHAIR_NAMED_BY.id()} label={lang.t(Msg::UiDecisionChairBy)} options={(*p.parties).clone()} selected={sg.decision.chair_named_by.clone().unwrap_or_default()} onchange={ed.set_with(fields::STEERING_GROUP_DECISION_CHAIR_NAMED_BY, chosen)} />
                <SelectField id={fields::STEERING_GROUP_DECISION_VICE_CHAIR_NAMED_BY.id()} label={lang.t(Msg::UiDecisionViceBy)} options={(*p.parties).clone()} selected={sg.decision.vice_chair_named_by.clone().unwrap_or_default()} onchange={ed.set_with(fields::STEERING_GROUP_DECISION_VICE_CHAIR_NAMED_BY, chosen)} />
                <DateField id={fields::STEERING_GROUP_TERM_START.id()} label={lang.t(Msg::UiTermStart)} value={sg.term_start} onchange={ed.set(fields::STEERING_GROUP_TERM_START)} />
                <DateField id={fields::STEERING_GROUP_TERM_END.id()} label={lang.t(Msg::UiTermEnd)} value={sg.term_end} onchange={ed.set(fields::STEERING_GROUP_TERM_END)} />
                <DecField id={fields::STEERING_GROUP_TERM_YEARS.id()} label={lang.t(Msg::UiTermYears)} value={sg.term_years.map(|y| y.to_string()).unwrap_or_default()} parse={on_years} />
            </div>
            <CheckboxField id={fields::STEERING_GROUP_AUTHORITIES_AGREED.id()} label={lang.t(Msg::UiAuthoritiesAgreed)} checked={sg.authorities_agreed} onchange={ed.set(fields::STEERING_GROUP_AUTHORITIES_AGREED)} />
            { edit_table(&SEATS, &p.file.0, lang, ed, &p.parties, |_, _| Vec::new()) }
        </section>
    }
}
