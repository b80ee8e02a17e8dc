//! R8: the lead person's tasks — lead the network's organisation within the steering group's frame,
//! prepare and present matters to the group, develop cooperation practices and client processes
//! (388/2024 4 § 2 mom.; the frame 2 § 1 mom.). The decree assigns them; an agreement need not list
//! them, so a task not listed is a statutory duty to keep in mind, not a breach.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::{Arg, Severity::StatutoryDuty};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::LeadTask;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Decree388S4M2, Prov::Decree388S2M1];

pub const RULE: Rule = Rule {
    id: RuleId::R8,
    title: Msg::RuleT8,
    #[cfg(feature = "all-languages")]
    summary: "The Decree assigns the tasks; the agreement need not list them.",
    severities: &[StatutoryDuty],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let lp = &cx.a.lead_person;
    for task in LeadTask::REQUIRED.into_iter().filter(|t| !lp.tasks.contains(t)) {
        o.add_args(StatutoryDuty, &BASIS[..1], Msg::R8TaskMissing, vec![Arg::Msg(task.label())], F::LeadPersonTasks);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_for_a_task_not_listed() {
        fires(RuleId::R8, StatutoryDuty, |a| a.lead_person.tasks.retain(|t| *t != LeadTask::DevelopClientProcesses));
    }

    #[test]
    fn quiet_with_every_task_and_more() {
        quiet(RuleId::R8, |a| a.lead_person.tasks.push(LeadTask::Reporting));
    }
}
