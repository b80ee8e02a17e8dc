//! Sections 11–12: client data clauses, and validity, review, amendment, termination and disputes in
//! every variant the seeds use.

use super::super::{
    checkbox_field::CheckboxField, date_field::DateField, dec_field::DecField, select_field::SelectField,
    text_field::TextField,
};
use super::SectionProps;
use crate::components::dec_field::{count_upto, parsing};
use tym_core::law::Prov;
use tym_core::model::{ClientData, TerminationEffect, Validity};
use tym_core::path::{fields, F};
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
    count_upto(v, tym_core::limits::MONTHS)
}

fn days(v: &str) -> Option<Option<u32>> {
    count_upto(v, tym_core::limits::DAYS)
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
    // The date lives in the effect's variant, where no `Field` reaches: its own path still keys its
    // keystrokes.
    let on_notice_by = {
        let ed = ed.clone();
        Callback::from(move |s: String| {
            ed.typed(F::ValidityTerminationEffectNoticeBy.path(), move |a| {
                a.validity.termination.effect = TerminationEffect::AtYearChange { notice_by: s.clone() }
            })
        })
    };
    html! {
        <>
        <section aria-labelledby="sec-client-data">
            <h2 id="sec-client-data" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["11", lang.t(Msg::UiClientData)]) }</h2>
            <p class="hint">{ lang.t(Msg::UiNoClientData) }</p>
            <CheckboxField id={fields::CLIENT_DATA_JOINT_CONTROLLERS.id()} label={lang.fmt(Msg::UiJointControllers, &[&Prov::Act381S13M1.cite(lang, None)])} checked={client_data.joint_controllers} onchange={ed.set(fields::CLIENT_DATA_JOINT_CONTROLLERS)} />
            <CheckboxField id={fields::CLIENT_DATA_PRIVACY_NOTICE_ANNEX.id()} label={lang.t(Msg::UiPrivacyAnnex)} checked={client_data.privacy_notice_annex} onchange={ed.set(fields::CLIENT_DATA_PRIVACY_NOTICE_ANNEX)} />
        </section>
        <section aria-labelledby="sec-validity">
            <h2 id="sec-validity" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["12", lang.t(Msg::UiValidity)]) }</h2>
            <div class="form-grid">
                <DateField id={fields::VALIDITY_EFFECTIVE_FROM.id()} label={lang.t(Msg::UiEffectiveFrom)} value={v.effective_from} onchange={ed.set(fields::VALIDITY_EFFECTIVE_FROM)} />
                <DateField id={fields::VALIDITY_UNTIL.id()} label={lang.t(Msg::UiUntil)} value={v.until} onchange={ed.set(fields::VALIDITY_UNTIL)} />
                <DecField id={fields::VALIDITY_CHANGE_NOTICE_MONTHS.id()} label={lang.t(Msg::UiChangeNotice)} value={v.change_notice_months.map(|m| m.to_string()).unwrap_or_default()} parse={parsing(months, whole, ed.set(fields::VALIDITY_CHANGE_NOTICE_MONTHS))} />
            </div>
            <CheckboxField id={fields::VALIDITY_REVIEWED_YEARLY.id()} label={lang.t(Msg::UiReviewedYearly)} checked={v.reviewed_yearly} onchange={ed.set(fields::VALIDITY_REVIEWED_YEARLY)} />
            <CheckboxField id={fields::VALIDITY_REVIEWED_ON_DEMAND.id()} label={lang.t(Msg::UiReviewedOnDemand)} checked={v.reviewed_on_demand} onchange={ed.set(fields::VALIDITY_REVIEWED_ON_DEMAND)} />
            <CheckboxField id={fields::VALIDITY_ANNEXES_BY_STEERING_GROUP.id()} label={lang.t(Msg::UiAnnexesBySg)} checked={v.annexes_by_steering_group} onchange={ed.set(fields::VALIDITY_ANNEXES_BY_STEERING_GROUP)} />
            <CheckboxField id={fields::VALIDITY_AMENDMENT_IN_WRITING.id()} label={lang.t(Msg::UiAmendWritten)} checked={v.amendment_in_writing} onchange={ed.set(fields::VALIDITY_AMENDMENT_IN_WRITING)} />
            <CheckboxField id={fields::VALIDITY_ENDS_IF_LAW_REPEALED.id()} label={lang.t(Msg::UiEndsIfRepealed)} checked={v.ends_if_law_repealed} onchange={ed.set(fields::VALIDITY_ENDS_IF_LAW_REPEALED)} />
            <h3>{ lang.t(Msg::UiTermination) }</h3>
            <SelectField id={fields::VALIDITY_TERMINATION_ALLOWED.id()} label={lang.t(Msg::UiTerminationAllowed)} options={allowed_opts} selected={match t.allowed { None => "", Some(true) => "yes", Some(false) => "no" }}
                onchange={ed.set_with(fields::VALIDITY_TERMINATION_ALLOWED, |v: String| match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })} />
            <div class="form-grid">
                <DecField id={fields::VALIDITY_TERMINATION_NOTICE_MONTHS.id()} label={lang.t(Msg::UiNoticeMonths)} value={t.notice_months.map(|m| m.to_string()).unwrap_or_default()} parse={parsing(months, whole, ed.set(fields::VALIDITY_TERMINATION_NOTICE_MONTHS))} />
                <SelectField id={fields::VALIDITY_TERMINATION_EFFECT.id()} label={lang.t(Msg::UiTerminationEffect)} options={effects} selected={effect_code(&t.effect)}
                    onchange={ed.set_with(fields::VALIDITY_TERMINATION_EFFECT, |s: String| match s.as_str() {
                        "after_notice" => TerminationEffect::AfterNotice,
                        "end_of_year" => TerminationEffect::EndOfYear,
                        "at_year_change" => TerminationEffect::AtYearChange { notice_by: "30.6.".into() },
                        "half_year_rule" => TerminationEffect::HalfYearRule,
                        _ => TerminationEffect::NotStated,
                    })} />
                if let Some(nb) = notice_by {
                    <TextField id={F::ValidityTerminationEffectNoticeBy.id()} label={lang.t(Msg::UiNoticeBy)} value={nb} onchange={on_notice_by} />
                }
            </div>
            <CheckboxField id={fields::VALIDITY_TERMINATION_WRITTEN.id()} label={lang.t(Msg::UiNoticeWritten)} checked={t.written} onchange={ed.set(fields::VALIDITY_TERMINATION_WRITTEN)} />
            <CheckboxField id={fields::VALIDITY_TERMINATION_OWN_PART.id()} label={lang.t(Msg::UiOwnPart)} checked={t.own_part} onchange={ed.set(fields::VALIDITY_TERMINATION_OWN_PART)} />
            <h3>{ lang.t(Msg::UiDisputes) }</h3>
            <CheckboxField id={fields::VALIDITY_DISPUTE_NEGOTIATION_FIRST.id()} label={lang.t(Msg::UiNegotiationFirst)} checked={v.dispute.negotiation_first} onchange={ed.set(fields::VALIDITY_DISPUTE_NEGOTIATION_FIRST)} />
            <div class="form-grid">
                <DecField id={fields::VALIDITY_DISPUTE_NEGOTIATION_DAYS.id()} label={lang.t(Msg::UiNegotiationDays)} value={v.dispute.negotiation_days.map(|m| m.to_string()).unwrap_or_default()} parse={parsing(days, whole, ed.set(fields::VALIDITY_DISPUTE_NEGOTIATION_DAYS))} />
                <TextField id={fields::VALIDITY_DISPUTE_COURT.id()} label={lang.t(Msg::UiCourt)} value={v.dispute.court.clone()} onchange={ed.set(fields::VALIDITY_DISPUTE_COURT)} />
                <TextField id={fields::VALIDITY_DISPUTE_CIVIL_COURT.id()} label={lang.t(Msg::UiCivilCourt)} value={v.dispute.civil_court.clone()} onchange={ed.set(fields::VALIDITY_DISPUTE_CIVIL_COURT)} />
            </div>
        </section>
        </>
    }
}
