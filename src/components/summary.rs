//! The running summary beside every view: the open variant, the number of findings (by severity),
//! clients per FTE, common costs, FTE and common costs per party, as settled after the frame that
//! shows an edit (`use_settled`); its props are all it shows, so a keystroke does not render it. It
//! is a polite live region, so
//! changes are announced. In projector mode (`styles/app.css`, `:root.projector`) the same panel is
//! a band in large type kept at the foot of the window while the user types.

use crate::hooks::Settled;
use tym_core::check::{clients_per_fte, Severity};
use tym_core::split::basis_label;
use tym_core::{Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The open file's results (`None` without one).
    pub settled: Option<Settled>,
    pub lang: Lang,
}

#[function_component(Summary)]
pub fn summary(p: &SummaryProps) -> Html {
    let lang = p.lang;
    let body = match p.settled.clone() {
        None => html! { <p>{ lang.t(Msg::UiNoDraftShort) }</p> },
        Some(Settled { file, findings, split: report, .. }) => {
            let a = &file.agreement;
            let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
            let ratio = a.staffing.clients_estimate.and_then(|c| clients_per_fte(c, a.total_fte()));
            let variant = if file.variant_name.is_empty() {
                lang.t(Msg::UiVariantFirst).to_string()
            } else {
                file.variant_name.clone()
            };
            // Each term with its value in a `div` (allowed in a `dl`): projector mode lays the pairs out
            // as a grid of cards across the screen, the normal panel one under another.
            html! {
                <dl>
                    <div class="s-variant"><dt>{ lang.t(Msg::UiOpenVariant) }</dt><dd id="summary-variant">{ variant }</dd></div>
                    <div class="s-findings"><dt>{ lang.t(Msg::UiViewChecks) }</dt>
                    <dd id="summary-findings"><span id="summary-findings-total">{ lang.findings(findings.len()) }</span>{ ": " }{ Severity::ALL.iter().map(|&s| format!("{} {}", count(s), lang.t(s.label()))).collect::<Vec<_>>().join(" · ") }</dd></div>
                    <div><dt>{ lang.t(Msg::UiClientsPerFte) }</dt>
                    <dd id="summary-ratio">{ ratio.map(|r| lang.dec(tym_core::num::Dec((r.0 + 50) / 100 * 100))).unwrap_or_else(|| "–".into()) }</dd></div>
                    <div><dt>{ lang.t(Msg::UiCommonCosts) }</dt>
                    <dd id="summary-common">{ lang.money(report.common_total) }</dd></div>
                    if report.unsplit > 0 {
                        <div><dt>{ lang.t(Msg::UiUnsplit) }</dt>
                        <dd id="summary-unsplit">{ lang.money(report.unsplit) }</dd></div>
                    }
                    <div><dt>{ lang.t(Msg::UiBasisLegend) }</dt>
                    <dd id="summary-basis">{ lang.t(basis_label(a.costs.staff_basis)) }</dd></div>
                    { for a.parties.iter().zip(&report.totals).map(|(p, t)| html! {
                        <div class="s-party"><dt>{ a.party_name(&p.id, lang) }</dt>
                        <dd data-summary-party={p.id.clone()}>{ lang.dec(a.party_fte(&p.id)) }{ " " }{ lang.t(Msg::UiFteUnit) }{ " · " }{ lang.money(t.common) }</dd></div>
                    }) }
                </dl>
            }
        }
    };
    html! {
        // The totals come first: with many parties the panel scrolls within the window (tabindex: also
        // from the keyboard), and what the room watches most stays at its top.
        <aside class="summary" aria-labelledby="summary-heading" tabindex="0">
            <h2 id="summary-heading">{ lang.t(Msg::UiSummary) }</h2>
            <div role="status" aria-live="polite" id="summary-live">{ body }</div>
        </aside>
    }
}
