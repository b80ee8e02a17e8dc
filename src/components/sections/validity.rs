//! Sections 11–12: client data clauses, and validity, review, amendment, termination and disputes in
//! every variant the seeds use.

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::SectionProps;
use crate::components::dec_field::{count_upto, parsing};
use tym_core::check::field_id;
use tym_core::law::Prov;
use tym_core::model::{ClientData, TerminationEffect, Validity};
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

/// Sections 11 and 12 as one props value.
pub type ValidityData = (ClientData, Validity);

fn months(v: &str) -> Option<Option<u32>> {
    count_upto(v, 60)
}

fn days(v: &str) -> Option<Option<u32>> {
    count_upto(v, 3650)
}

#[function_component(ValiditySection)]
pub fn validity_section(p: &SectionProps<ValidityData>) -> Html {
    let (lang, ed) = (p.lang, &p.editor);
    let (client_data, v) = &p.data;
    let whole = lang.t(Msg::UiErrWholeNumber);
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
    let allowed_opts: Vec<(String, String)> =
        [("", Msg::UiTermAllowedUnstated), ("yes", Msg::UiTermAllowedYes), ("no", Msg::UiTermAllowedNo)]
            .iter()
            .map(|(c, m)| (c.to_string(), lang.t(*m).to_string()))
            .collect();
    let notice_by = match &t.effect {
        TerminationEffect::AtYearChange { notice_by } => Some(notice_by.clone()),
        _ => None,
    };
    html! {
        <>
        <section aria-labelledby="sec-client-data">
            <h2 id="sec-client-data" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["11", lang.t(Msg::UiClientData)]) }</h2>
            <p class="hint">{ lang.t(Msg::UiNoClientData) }</p>
            <CheckboxField id={field_id("client_data.joint_controllers")} label={lang.fmt(Msg::UiJointControllers, &[&Prov::Act381S13M1.cite(lang, None)])} checked={client_data.joint_controllers} onchange={ed.set(|a, b| a.client_data.joint_controllers = b)} />
            <CheckboxField id={field_id("client_data.privacy_notice_annex")} label={lang.t(Msg::UiPrivacyAnnex)} checked={client_data.privacy_notice_annex} onchange={ed.set(|a, b| a.client_data.privacy_notice_annex = b)} />
        </section>
        <section aria-labelledby="sec-validity">
            <h2 id="sec-validity" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["12", lang.t(Msg::UiValidity)]) }</h2>
            <div class="form-grid">
                <DateField id={field_id("validity.effective_from")} label={lang.t(Msg::UiEffectiveFrom)} value={v.effective_from} onchange={ed.set(|a, d| a.validity.effective_from = d)} />
                <DateField id={field_id("validity.until")} label={lang.t(Msg::UiUntil)} value={v.until} onchange={ed.set(|a, d| a.validity.until = d)} />
                <DecField id={field_id("validity.change_notice_months")} label={lang.t(Msg::UiChangeNotice)} value={v.change_notice_months.map(|m| m.to_string()).unwrap_or_default()} parse={parsing(months, whole, ed.set(|a, n| a.validity.change_notice_months = n))} />
            </div>
            <CheckboxField id={field_id("validity.reviewed_yearly")} label={lang.t(Msg::UiReviewedYearly)} checked={v.reviewed_yearly} onchange={ed.set(|a, b| a.validity.reviewed_yearly = b)} />
            <CheckboxField id={field_id("validity.reviewed_on_demand")} label={lang.t(Msg::UiReviewedOnDemand)} checked={v.reviewed_on_demand} onchange={ed.set(|a, b| a.validity.reviewed_on_demand = b)} />
            <CheckboxField id={field_id("validity.annexes_by_steering_group")} label={lang.t(Msg::UiAnnexesBySg)} checked={v.annexes_by_steering_group} onchange={ed.set(|a, b| a.validity.annexes_by_steering_group = b)} />
            <CheckboxField id={field_id("validity.amendment_in_writing")} label={lang.t(Msg::UiAmendWritten)} checked={v.amendment_in_writing} onchange={ed.set(|a, b| a.validity.amendment_in_writing = b)} />
            <CheckboxField id={field_id("validity.ends_if_law_repealed")} label={lang.t(Msg::UiEndsIfRepealed)} checked={v.ends_if_law_repealed} onchange={ed.set(|a, b| a.validity.ends_if_law_repealed = b)} />
            <h3>{ lang.t(Msg::UiTermination) }</h3>
            <SelectField id={field_id("validity.termination.allowed")} label={lang.t(Msg::UiTerminationAllowed)} options={allowed_opts} selected={match t.allowed { None => "", Some(true) => "yes", Some(false) => "no" }}
                onchange={ed.set(|a, v: String| a.validity.termination.allowed = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })} />
            <div class="form-grid">
                <DecField id={field_id("validity.termination.notice_months")} label={lang.t(Msg::UiNoticeMonths)} value={t.notice_months.map(|m| m.to_string()).unwrap_or_default()} parse={parsing(months, whole, ed.set(|a, n| a.validity.termination.notice_months = n))} />
                <SelectField id={field_id("validity.termination.effect")} label={lang.t(Msg::UiTerminationEffect)} options={effects} selected={effect_code(&t.effect)}
                    onchange={ed.set(|a, s: String| a.validity.termination.effect = match s.as_str() {
                        "after_notice" => TerminationEffect::AfterNotice,
                        "end_of_year" => TerminationEffect::EndOfYear,
                        "at_year_change" => TerminationEffect::AtYearChange { notice_by: "30.6.".into() },
                        "half_year_rule" => TerminationEffect::HalfYearRule,
                        _ => TerminationEffect::NotStated,
                    })} />
                if let Some(nb) = notice_by {
                    <TextField id={field_id("validity.termination.effect.notice_by")} label={lang.t(Msg::UiNoticeBy)} value={nb}
                        onchange={ed.set(|a, s| a.validity.termination.effect = TerminationEffect::AtYearChange { notice_by: s })} />
                }
            </div>
            <CheckboxField id={field_id("validity.termination.written")} label={lang.t(Msg::UiNoticeWritten)} checked={t.written} onchange={ed.set(|a, b| a.validity.termination.written = b)} />
            <CheckboxField id={field_id("validity.termination.own_part")} label={lang.t(Msg::UiOwnPart)} checked={t.own_part} onchange={ed.set(|a, b| a.validity.termination.own_part = b)} />
            <h3>{ lang.t(Msg::UiDisputes) }</h3>
            <CheckboxField id={field_id("validity.dispute.negotiation_first")} label={lang.t(Msg::UiNegotiationFirst)} checked={v.dispute.negotiation_first} onchange={ed.set(|a, b| a.validity.dispute.negotiation_first = b)} />
            <div class="form-grid">
                <DecField id={field_id("validity.dispute.negotiation_days")} label={lang.t(Msg::UiNegotiationDays)} value={v.dispute.negotiation_days.map(|m| m.to_string()).unwrap_or_default()} parse={parsing(days, whole, ed.set(|a, n| a.validity.dispute.negotiation_days = n))} />
                <TextField id={field_id("validity.dispute.court")} label={lang.t(Msg::UiCourt)} value={v.dispute.court.clone()} onchange={ed.set(|a, s| a.validity.dispute.court = s)} />
                <TextField id={field_id("validity.dispute.civil_court")} label={lang.t(Msg::UiCivilCourt)} value={v.dispute.civil_court.clone()} onchange={ed.set(|a, s| a.validity.dispute.civil_court = s)} />
            </div>
        </section>
        </>
    }
}
