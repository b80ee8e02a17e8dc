//! The agreement's sections other than staffing and costs: title and status, parties, area,
//! steering group, lead person, validity and disputes.

use super::{kind_label, party_options, sector_code, sector_from, sector_options};
use crate::components::{dec_field::DecField, no_draft::NoDraft, select_field::SelectField, text_field::TextField};
use crate::hooks::use_workbench;
use tym_core::check::field_id;
use tym_core::model::{Municipality, Party, PartyKind, Seat, SeatRole, YouthOneStop};
use tym_core::{Lang, Msg};
use yew::prelude::*;

const KINDS: [(PartyKind, &str); 4] = [
    (PartyKind::EmploymentAuthority, "employment_authority"),
    (PartyKind::WellbeingCounty, "wellbeing_county"),
    (PartyKind::Kela, "kela"),
    (PartyKind::Municipality, "municipality"),
];
const ROLES: [(SeatRole, &str, Msg); 5] = [
    (SeatRole::Chair, "chair", Msg::RoleChair),
    (SeatRole::ViceChair, "vice_chair", Msg::RoleViceChair),
    (SeatRole::Member, "member", Msg::RoleMember),
    (SeatRole::Secretary, "secretary", Msg::RoleSecretary),
    (SeatRole::Expert, "expert", Msg::RoleExpert),
];

fn kind_options(lang: Lang) -> Vec<(String, String)> {
    KINDS.iter().map(|(k, c)| (c.to_string(), lang.t(kind_label(*k)).to_string())).collect()
}

#[function_component(AgreementPage)]
pub fn agreement_page() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewAgreement) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    macro_rules! text_cb {
        ($($field:tt)+) => {{ let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.$($field)+ = v.clone())) }};
    }
    let parties = a.parties.iter().enumerate().map(|(i, p)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let on_kind = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.parties[i].kind = KINDS.iter().find(|(_, c)| *c == v).map(|(k, _)| *k).unwrap_or_default())) };
        let code = KINDS.iter().find(|(k, _)| *k == p.kind).map(|(_, c)| *c).unwrap_or("");
        let remove = { let wb = wb.clone(); Callback::from(move |_| wb.edit(move |a| { if i < a.parties.len() { a.parties.remove(i); } })) };
        html! {
            <tr key={i}>
                <td><TextField id={field_id(&format!("parties[{i}].name_fi"))} label={lbl(Msg::UiNameFi)} in_table=true value={p.name_fi.clone()} onchange={text_cb!(parties[i].name_fi)} /></td>
                <td><TextField id={field_id(&format!("parties[{i}].name_sv"))} label={lbl(Msg::UiNameSv)} in_table=true value={p.name_sv.clone()} onchange={text_cb!(parties[i].name_sv)} /></td>
                <td><SelectField id={field_id(&format!("parties[{i}]"))} label={lbl(Msg::UiKind)} in_table=true options={kind_options(lang)} selected={code} onchange={on_kind} /></td>
                <td><TextField id={field_id(&format!("parties[{i}].business_id"))} label={lbl(Msg::UiBusinessId)} in_table=true value={p.business_id.clone()} onchange={text_cb!(parties[i].business_id)} /></td>
                <td><button type="button" class="remove" onclick={remove} aria-label={lbl(Msg::UiRemoveRow)}>{ lang.t(Msg::UiRemove) }</button></td>
            </tr>
        }
    });
    let add_party = {
        let wb = wb.clone();
        Callback::from(move |_| {
            wb.edit(|a| {
                let id = format!("p{}", a.parties.len() + 1);
                a.parties.push(Party { id, ..Default::default() });
            })
        })
    };
    let munis = a.area.municipalities.iter().enumerate().map(|(i, m)| {
        let on_pop = {
            let wb = wb.clone();
            Callback::from(move |v: String| -> Result<(), String> {
                let t = v.trim().replace([' ', '\u{a0}'], "");
                if t.is_empty() { wb.edit(move |a| a.area.municipalities[i].population = None); return Ok(()); }
                match t.parse::<u64>() { Ok(p) => { wb.edit(move |a| a.area.municipalities[i].population = Some(p)); Ok(()) }, Err(_) => Err(wb.t(Msg::UiErrWholeNumber).to_string()) }
            })
        };
        let remove = { let wb = wb.clone(); Callback::from(move |_| wb.edit(move |a| { if i < a.area.municipalities.len() { a.area.municipalities.remove(i); } })) };
        let n = (i + 1).to_string();
        html! {
            <tr key={i}>
                <td><TextField id={field_id(&format!("area.municipalities[{i}].name"))} label={format!("{} {n}", lang.t(Msg::UiMunicipality))} in_table=true value={m.name.clone()} onchange={text_cb!(area.municipalities[i].name)} /></td>
                <td><DecField id={field_id(&format!("area.municipalities[{i}].population"))} label={format!("{} {n}", lang.t(Msg::UiPopulation))} in_table=true value={m.population.map(|p| p.to_string()).unwrap_or_default()} parse={on_pop} /></td>
                <td><button type="button" class="remove" onclick={remove} aria-label={format!("{} {n}", lang.t(Msg::UiRemoveRow))}>{ lang.t(Msg::UiRemove) }</button></td>
            </tr>
        }
    });
    let add_muni = {
        let wb = wb.clone();
        Callback::from(move |_| wb.edit(|a| a.area.municipalities.push(Municipality::default())))
    };
    let mut party_opts = vec![(String::new(), "–".to_string())];
    party_opts.extend(party_options(a));
    let role_opts: Vec<(String, String)> =
        ROLES.iter().map(|(_, c, m)| (c.to_string(), lang.t(*m).to_string())).collect();
    let seats = a.steering_group.seats.iter().enumerate().map(|(i, s)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let on_party = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.steering_group.seats[i].party = Some(v.clone()).filter(|v| !v.is_empty()))) };
        let on_sector = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.steering_group.seats[i].sector = sector_from(&v))) };
        let on_role = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.steering_group.seats[i].role = ROLES.iter().find(|(_, c, _)| *c == v).map(|(r, _, _)| *r).unwrap_or_default())) };
        let role_code = ROLES.iter().find(|(r, _, _)| *r == s.role).map(|(_, c, _)| *c).unwrap_or("member");
        let remove = { let wb = wb.clone(); Callback::from(move |_| wb.edit(move |a| { if i < a.steering_group.seats.len() { a.steering_group.seats.remove(i); } })) };
        html! {
            <tr key={i}>
                <td><SelectField id={field_id(&format!("steering_group.seats[{i}].party"))} label={lbl(Msg::UiParty)} in_table=true options={party_opts.clone()} selected={s.party.clone().unwrap_or_default()} onchange={on_party} /></td>
                <td><TextField id={field_id(&format!("steering_group.seats[{i}].organisation"))} label={lbl(Msg::UiOrganisation)} in_table=true value={s.organisation.clone()} onchange={text_cb!(steering_group.seats[i].organisation)} /></td>
                <td><SelectField id={field_id(&format!("steering_group.seats[{i}].sector"))} label={lbl(Msg::UiSector)} in_table=true options={sector_options(lang)} selected={sector_code(s.sector)} onchange={on_sector} /></td>
                <td><SelectField id={field_id(&format!("steering_group.seats[{i}].role"))} label={lbl(Msg::UiSeatRole)} in_table=true options={role_opts.clone()} selected={role_code} onchange={on_role} /></td>
                <td><TextField id={field_id(&format!("steering_group.seats[{i}].member"))} label={lbl(Msg::UiMember)} in_table=true value={s.member.clone()} onchange={text_cb!(steering_group.seats[i].member)} /></td>
                <td><TextField id={field_id(&format!("steering_group.seats[{i}].deputy"))} label={lbl(Msg::UiDeputy)} in_table=true value={s.deputy.clone()} onchange={text_cb!(steering_group.seats[i].deputy)} /></td>
                <td><button type="button" class="remove" onclick={remove} aria-label={lbl(Msg::UiRemoveRow)}>{ lang.t(Msg::UiRemove) }</button></td>
            </tr>
        }
    });
    let add_seat = {
        let wb = wb.clone();
        Callback::from(move |_| wb.edit(|a| a.steering_group.seats.push(Seat::default())))
    };
    let youth_opts = vec![
        ("not_stated".to_string(), lang.t(Msg::UiYouthNotStated).to_string()),
        ("included".to_string(), lang.t(Msg::UiYouthIncluded).to_string()),
        ("separate".to_string(), lang.t(Msg::UiYouthSeparate).to_string()),
    ];
    let youth_code = match a.services.youth_one_stop {
        YouthOneStop::NotStated => "not_stated",
        YouthOneStop::Included => "included",
        YouthOneStop::SeparateAgreement => "separate",
    };
    let on_youth = {
        let wb = wb.clone();
        Callback::from(move |v: String| {
            wb.edit(move |a| {
                a.services.youth_one_stop = match v.as_str() {
                    "included" => YouthOneStop::Included,
                    "separate" => YouthOneStop::SeparateAgreement,
                    _ => YouthOneStop::NotStated,
                }
            })
        })
    };
    let on_notice = {
        let wb = wb.clone();
        Callback::from(move |v: String| -> Result<(), String> {
            if v.trim().is_empty() {
                wb.edit(|a| a.validity.termination.notice_months = None);
                return Ok(());
            }
            match v.trim().parse::<u32>() {
                Ok(m) if m <= 60 => {
                    wb.edit(move |a| a.validity.termination.notice_months = Some(m));
                    Ok(())
                }
                _ => Err(wb.t(Msg::UiErrWholeNumber).to_string()),
            }
        })
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewAgreement) }</h1>
            <div class="form-grid">
                <TextField id={field_id("meta.title")} label={wb.t(Msg::UiTitle)} value={a.meta.title.clone()} onchange={text_cb!(meta.title)} />
                <TextField id={field_id("meta.area_name")} label={wb.t(Msg::UiAreaName)} value={a.meta.area_name.clone()} onchange={text_cb!(meta.area_name)} />
            </div>
            <h2>{ wb.t(Msg::UiParties) }</h2>
            <table class="edit-table" id="parties-table">
                <caption>{ wb.t(Msg::UiParties) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiNameFi) }</th><th scope="col">{ wb.t(Msg::UiNameSv) }</th><th scope="col">{ wb.t(Msg::UiKind) }</th><th scope="col">{ wb.t(Msg::UiBusinessId) }</th><th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th></tr></thead>
                <tbody>{ for parties }</tbody>
            </table>
            <p><button type="button" onclick={add_party}>{ wb.t(Msg::UiAddParty) }</button></p>
            <h2>{ wb.t(Msg::UiArea) }</h2>
            <table class="edit-table" id="municipalities-table">
                <caption>{ wb.t(Msg::UiMunicipalities) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiMunicipality) }</th><th scope="col">{ wb.t(Msg::UiPopulation) }</th><th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th></tr></thead>
                <tbody>{ for munis }</tbody>
            </table>
            <p><button type="button" onclick={add_muni}>{ wb.t(Msg::UiAddMunicipality) }</button></p>
            <h2>{ wb.t(Msg::UiSteeringGroup) }</h2>
            <table class="edit-table" id="seats-table">
                <caption>{ wb.t(Msg::UiSeats) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiOrganisation) }</th><th scope="col">{ wb.t(Msg::UiSector) }</th><th scope="col">{ wb.t(Msg::UiSeatRole) }</th><th scope="col">{ wb.t(Msg::UiMember) }</th><th scope="col">{ wb.t(Msg::UiDeputy) }</th><th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th></tr></thead>
                <tbody>{ for seats }</tbody>
            </table>
            <p><button type="button" onclick={add_seat}>{ wb.t(Msg::UiAddSeat) }</button></p>
            <h2>{ wb.t(Msg::UiServices) }</h2>
            <SelectField id={field_id("services.youth_one_stop")} label={wb.t(Msg::UiYouthOneStop)} options={youth_opts} selected={youth_code} onchange={on_youth} />
            <h2>{ wb.t(Msg::UiValidity) }</h2>
            <div class="form-grid">
                <DecField id={field_id("validity.termination.notice_months")} label={wb.t(Msg::UiNoticeMonths)} value={a.validity.termination.notice_months.map(|m| m.to_string()).unwrap_or_default()} parse={on_notice} />
                <TextField id={field_id("validity.dispute.court")} label={wb.t(Msg::UiCourt)} value={a.validity.dispute.court.clone()} onchange={text_cb!(validity.dispute.court)} />
            </div>
        </section>
    }
}
