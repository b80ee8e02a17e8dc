//! The running summary beside every view: FTE per party, clients per FTE, common costs per party and
//! the number of findings by severity. It is a polite live region, so changes are announced.

use crate::hooks::use_workbench;
use tym_core::check::{clients_per_fte, Severity};
use tym_core::split::basis_label;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(Summary)]
pub fn summary() -> Html {
    let wb = use_workbench();
    let lang = wb.lang;
    let body = match wb.file.as_ref() {
        None => html! { <p>{ wb.t(Msg::UiNoDraftShort) }</p> },
        Some(file) => {
            let a = &file.agreement;
            let report = crate::derived::split(file);
            let findings = crate::derived::findings(file);
            let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
            let ratio = a.staffing.clients_estimate.and_then(|c| clients_per_fte(c, a.total_fte()));
            html! {
                <>
                <dl>
                    <dt>{ wb.t(Msg::UiClientsPerFte) }</dt>
                    <dd>{ ratio.map(|r| lang.dec(tym_core::num::Dec((r.0 + 50) / 100 * 100))).unwrap_or_else(|| "–".into()) }</dd>
                    <dt>{ wb.t(Msg::UiCommonCosts) }</dt>
                    <dd id="summary-common">{ lang.money(report.common_total) }</dd>
                    if report.unsplit > 0 {
                        <dt>{ wb.t(Msg::UiUnsplit) }</dt>
                        <dd id="summary-unsplit">{ lang.money(report.unsplit) }</dd>
                    }
                    <dt>{ wb.t(Msg::UiBasisLegend) }</dt>
                    <dd id="summary-basis">{ wb.t(basis_label(a.costs.staff_basis)) }</dd>
                    <dt>{ wb.t(Msg::UiViewChecks) }</dt>
                    <dd id="summary-findings">{ Severity::ALL.iter().map(|&s| format!("{} {}", count(s), wb.t(s.label()))).collect::<Vec<_>>().join(" · ") }</dd>
                    { for a.parties.iter().zip(&report.totals).map(|(p, t)| html! {
                        <>
                        <dt>{ a.party_name(&p.id, lang) }</dt>
                        <dd data-summary-party={p.id.clone()}>{ lang.dec(a.party_fte(&p.id)) }{ " " }{ wb.t(Msg::UiFteUnit) }{ " · " }{ lang.money(t.common) }</dd>
                        </>
                    }) }
                </dl>
                </>
            }
        }
    };
    html! {
        // The totals come first: with many parties the panel scrolls within the window (tabindex: also
        // from the keyboard), and what the room watches most stays at its top.
        <aside class="summary" aria-labelledby="summary-heading" tabindex="0">
            <h2 id="summary-heading">{ wb.t(Msg::UiSummary) }</h2>
            <div role="status" aria-live="polite" id="summary-live">{ body }</div>
        </aside>
    }
}
