//! Sections 11–12: client data clauses, and validity, review, amendment, termination and disputes in
//! every variant the seeds use.

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::{area::parse_count, clause_text::ClauseText};
use crate::hooks::use_workbench;
use tym_core::check::field_id;
use tym_core::model::{Agreement, TerminationEffect};
use tym_core::Msg;
use yew::prelude::*;

fn effect_code(e: &TerminationEffect) -> &'static str {
    match e {
        TerminationEffect::NotStated => "not_stated",
        TerminationEffect::AfterNotice => "after_notice",
        TerminationEffect::EndOfYear => "end_of_year",
        TerminationEffect::AtYearChange { .. } => "at_year_change",
        TerminationEffect::HalfYearRule => "half_year_rule",
    }
}

#[function_component(ValiditySection)]
pub fn validity_section() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let v = &a.validity;
    let flag = |f: fn(&mut Agreement, bool)| {
        let wb = wb.clone();
        Callback::from(move |b: bool| wb.edit(move |a| f(a, b)))
    };
    let text = |f: fn(&mut Agreement, String)| {
        let wb = wb.clone();
        Callback::from(move |s: String| wb.edit(move |a| f(a, s.clone())))
    };
    let date = |f: fn(&mut Agreement, Option<chrono::NaiveDate>)| {
        let wb = wb.clone();
        Callback::from(move |d| wb.edit(move |a| f(a, d)))
    };
    let months = |f: fn(&mut Agreement, Option<u32>), max: u64| {
        let wb = wb.clone();
        Callback::from(move |s: String| -> Result<(), String> {
            let n = parse_count(&s).ok().filter(|n| n.is_none_or(|n| n <= max)).ok_or(wb.t(Msg::UiErrWholeNumber))?;
            wb.edit(move |a| f(a, n.map(|n| n as u32)));
            Ok(())
        })
    };
    let effects: Vec<(String, String)> = [
        ("not_stated", Msg::UiEffectNotStated),
        ("after_notice", Msg::UiEffectAfterNotice),
        ("end_of_year", Msg::UiEffectEndOfYear),
        ("at_year_change", Msg::UiEffectAtYearChange),
        ("half_year_rule", Msg::UiEffectHalfYear),
    ]
    .iter()
    .map(|(c, m)| (c.to_string(), lang.t(*m).to_string()))
    .collect();
    let t = &v.termination;
    let notice_by = match &t.effect {
        TerminationEffect::AtYearChange { notice_by } => Some(notice_by.clone()),
        _ => None,
    };
    html! {
        <>
        <section aria-labelledby="sec-client-data">
            <h2 id="sec-client-data" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["11", lang.t(Msg::UiClientData)]) }</h2>
            <p class="hint">{ wb.t(Msg::UiNoClientData) }</p>
            <CheckboxField id={field_id("client_data.joint_controllers")} label={wb.t(Msg::UiJointControllers)} checked={a.client_data.joint_controllers} onchange={flag(|a, b| a.client_data.joint_controllers = b)} />
            <CheckboxField id={field_id("client_data.privacy_notice_annex")} label={wb.t(Msg::UiPrivacyAnnex)} checked={a.client_data.privacy_notice_annex} onchange={flag(|a, b| a.client_data.privacy_notice_annex = b)} />
            <ClauseText id={field_id("client_data.text")} value={a.client_data.text.clone()} onchange={text(|a, s| a.client_data.text = s)} />
        </section>
        <section aria-labelledby="sec-validity">
            <h2 id="sec-validity" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["12", lang.t(Msg::UiValidity)]) }</h2>
            <div class="form-grid">
                <DateField id={field_id("validity.effective_from")} label={wb.t(Msg::UiEffectiveFrom)} value={v.effective_from} onchange={date(|a, d| a.validity.effective_from = d)} />
                <DateField id={field_id("validity.until")} label={wb.t(Msg::UiUntil)} value={v.until} onchange={date(|a, d| a.validity.until = d)} />
                <DecField id={field_id("validity.change_notice_months")} label={wb.t(Msg::UiChangeNotice)} value={v.change_notice_months.map(|m| m.to_string()).unwrap_or_default()} parse={months(|a, n| a.validity.change_notice_months = n, 60)} />
            </div>
            <CheckboxField id={field_id("validity.reviewed_yearly")} label={wb.t(Msg::UiReviewedYearly)} checked={v.reviewed_yearly} onchange={flag(|a, b| a.validity.reviewed_yearly = b)} />
            <CheckboxField id={field_id("validity.annexes_by_steering_group")} label={wb.t(Msg::UiAnnexesBySg)} checked={v.annexes_by_steering_group} onchange={flag(|a, b| a.validity.annexes_by_steering_group = b)} />
            <CheckboxField id={field_id("validity.amendment_in_writing")} label={wb.t(Msg::UiAmendWritten)} checked={v.amendment_in_writing} onchange={flag(|a, b| a.validity.amendment_in_writing = b)} />
            <CheckboxField id={field_id("validity.ends_if_law_repealed")} label={wb.t(Msg::UiEndsIfRepealed)} checked={v.ends_if_law_repealed} onchange={flag(|a, b| a.validity.ends_if_law_repealed = b)} />
            <h3>{ wb.t(Msg::UiTermination) }</h3>
            <CheckboxField id={field_id("validity.termination.allowed")} label={wb.t(Msg::UiTerminationAllowed)} checked={t.allowed} onchange={flag(|a, b| a.validity.termination.allowed = b)} />
            <div class="form-grid">
                <DecField id={field_id("validity.termination.notice_months")} label={wb.t(Msg::UiNoticeMonths)} value={t.notice_months.map(|m| m.to_string()).unwrap_or_default()} parse={months(|a, n| a.validity.termination.notice_months = n, 60)} />
                <SelectField id={field_id("validity.termination.effect")} label={wb.t(Msg::UiTerminationEffect)} options={effects} selected={effect_code(&t.effect)}
                    onchange={text(|a, s| a.validity.termination.effect = match s.as_str() {
                        "after_notice" => TerminationEffect::AfterNotice,
                        "end_of_year" => TerminationEffect::EndOfYear,
                        "at_year_change" => TerminationEffect::AtYearChange { notice_by: "30.6.".into() },
                        "half_year_rule" => TerminationEffect::HalfYearRule,
                        _ => TerminationEffect::NotStated,
                    })} />
                if let Some(nb) = notice_by {
                    <TextField id={field_id("validity.termination.effect.notice_by")} label={wb.t(Msg::UiNoticeBy)} value={nb}
                        onchange={text(|a, s| a.validity.termination.effect = TerminationEffect::AtYearChange { notice_by: s })} />
                }
            </div>
            <CheckboxField id={field_id("validity.termination.written")} label={wb.t(Msg::UiNoticeWritten)} checked={t.written} onchange={flag(|a, b| a.validity.termination.written = b)} />
            <CheckboxField id={field_id("validity.termination.own_part")} label={wb.t(Msg::UiOwnPart)} checked={t.own_part} onchange={flag(|a, b| a.validity.termination.own_part = b)} />
            <h3>{ wb.t(Msg::UiDisputes) }</h3>
            <CheckboxField id={field_id("validity.dispute.negotiation_first")} label={wb.t(Msg::UiNegotiationFirst)} checked={v.dispute.negotiation_first} onchange={flag(|a, b| a.validity.dispute.negotiation_first = b)} />
            <div class="form-grid">
                <DecField id={field_id("validity.dispute.negotiation_days")} label={wb.t(Msg::UiNegotiationDays)} value={v.dispute.negotiation_days.map(|m| m.to_string()).unwrap_or_default()} parse={months(|a, n| a.validity.dispute.negotiation_days = n, 3650)} />
                <TextField id={field_id("validity.dispute.court")} label={wb.t(Msg::UiCourt)} value={v.dispute.court.clone()} onchange={text(|a, s| a.validity.dispute.court = s)} />
                <TextField id={field_id("validity.dispute.civil_court")} label={wb.t(Msg::UiCivilCourt)} value={v.dispute.civil_court.clone()} onchange={text(|a, s| a.validity.dispute.civil_court = s)} />
            </div>
            <ClauseText id={field_id("validity.text")} value={v.text.clone()} onchange={text(|a, s| a.validity.text = s)} />
        </section>
        </>
    }
}
