//! R13: the parties allocate enough staff for the number of clients (381/2023 9 § 2 mom.). No national
//! norm exists: the threshold of clients per FTE is the parties' own, and a finding based on the
//! default says so. A duty of the parties: the finding asks the user to check, with the missing FTE.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::{Arg, Severity::StatutoryDuty};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::num::Dec;
use crate::path::{Path, F};

const BASIS: &[Prov] = &[Prov::Act381S9M2];

/// Clients per FTE assumed when the parties have set no threshold. No national norm exists: this is
/// only a default and every finding based on it says so.
pub const DEFAULT_MAX_CLIENTS_PER_FTE: Dec = Dec(40_000);

pub const RULE: Rule = Rule {
    id: RuleId::R13,
    title: Msg::RuleT13,
    #[cfg(feature = "all-languages")]
    summary: "Clients per FTE within the parties' own threshold; there is no national norm.",
    severities: &[StatutoryDuty],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let st = &a.staffing;
    let threshold = match st.max_clients_per_fte {
        Some(t) => t,
        None => {
            let args = vec![DEFAULT_MAX_CLIENTS_PER_FTE.into()];
            o.add_args(StatutoryDuty, BASIS, Msg::R13NoThreshold, args, F::StaffingMaxClientsPerFte);
            DEFAULT_MAX_CLIENTS_PER_FTE
        }
    };
    let mut any_clients = false;
    for (i, sa) in a.area.sub_areas.iter().enumerate() {
        if let Some(clients) = sa.clients {
            any_clients = true;
            let fte: Dec =
                st.rows.iter().filter(|r| r.sub_area.as_deref() == Some(sa.id.as_str())).filter_map(|r| r.fte).sum();
            sufficiency(o, &sa.name, clients, fte, threshold, F::AreaSubAreasClients.at(i));
        }
    }
    if let Some(clients) = st.clients_estimate {
        any_clients = true;
        let name = if a.meta.area_name.is_empty() { "—" } else { a.meta.area_name.as_str() };
        sufficiency(o, name, clients, a.total_fte(), threshold, F::StaffingClientsEstimate.path());
    }
    if !any_clients {
        o.add(StatutoryDuty, BASIS, Msg::R13NoClients, &[], F::StaffingClientsEstimate);
    }
}

/// Clients per FTE against the threshold; the finding says how many FTE are missing.
pub fn clients_per_fte(clients: u64, fte: Dec) -> Option<Dec> {
    if fte.0 <= 0 {
        return None;
    }
    // clients / (fte/1000), in thousandths, rounded half up.
    let v = (u128::from(clients) * 1_000_000 + (fte.0 as u128) / 2) / fte.0 as u128;
    Some(Dec(v.min(i64::MAX as u128) as i64))
}

fn sufficiency(o: &mut Out, name: &str, clients: u64, fte: Dec, threshold: Dec, path: Path) {
    // Needed FTE = clients / threshold, rounded up to the thousandth.
    let needed = (u128::from(clients) * 1_000_000).div_ceil(threshold.0.max(1) as u128);
    let needed = Dec(needed.min(i64::MAX as u128) as i64);
    if needed > fte {
        let ratio = clients_per_fte(clients, fte).map(|d| Arg::Dec(round1(d))).unwrap_or_else(|| "∞".into());
        let missing = Dec(needed.0.saturating_sub(fte.0));
        let args = vec![name.into(), ratio, threshold.into(), missing.into()];
        o.add_args(StatutoryDuty, BASIS, Msg::R13OverThreshold, args, path);
    }
}

fn round1(d: Dec) -> Dec {
    Dec((d.0 + 50) / 100 * 100)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;
    use crate::i18n::Lang;
    use crate::model::SubArea;

    #[test]
    fn fires_over_the_threshold_and_names_the_missing_fte() {
        // 400 clients at most 50 per FTE need 8 FTE; the rows have 5.8.
        let f = fires(RuleId::R13, StatutoryDuty, |a| a.staffing.clients_estimate = Some(400));
        assert!(f[0].message(Lang::Fi).contains("Puuttuu 2,2 htv"), "{}", f[0].message(Lang::Fi));
        fires(RuleId::R13, StatutoryDuty, |a| a.staffing.max_clients_per_fte = None);
        fires(RuleId::R13, StatutoryDuty, |a| a.staffing.clients_estimate = None);
        fires(RuleId::R13, StatutoryDuty, |a| {
            a.area.sub_areas = vec![SubArea { id: "n".into(), name: "Pohjoinen".into(), clients: Some(200) }];
            a.staffing.rows[0].sub_area = Some("n".into());
        });
    }

    #[test]
    fn quiet_within_the_threshold() {
        quiet(RuleId::R13, |a| a.staffing.clients_estimate = Some(290));
    }
}
