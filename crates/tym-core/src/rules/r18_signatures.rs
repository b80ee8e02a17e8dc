//! R18: the number of signed copies equals the number of parties, and every party has a signatory
//! (the real agreements; no statute sets the number of copies).

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Seeds];

pub const RULE: Rule = Rule {
    id: RuleId::R18,
    title: Msg::RuleT18,
    #[cfg(feature = "all-languages")]
    summary: "As many copies as parties; every party has a signatory.",
    severities: &[Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let sig = &a.signatures;
    let parties = a.parties.len();
    if let Some(c) = sig.copies {
        if c as usize != parties {
            o.add(
                Consistency,
                BASIS,
                Msg::R18CopiesMismatch,
                &[&c.to_string(), &parties.to_string()],
                F::SignaturesCopies,
            );
        }
    }
    for (i, p) in a.parties.iter().enumerate() {
        if !sig.signatories.iter().any(|s| s.party.as_deref() == Some(p.id.as_str())) {
            let args = vec![Arg::party(a, &p.id)];
            o.add_args(Consistency, BASIS, Msg::R18PartyNoSignatory, args, F::Parties.at(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_on_copies_and_a_party_without_signatory() {
        fires(RuleId::R18, Consistency, |a| a.signatures.copies = Some(4));
        fires(RuleId::R18, Consistency, |a| {
            a.signatures.signatories.pop();
        });
    }

    #[test]
    fn quiet_with_one_copy_per_party() {
        quiet(RuleId::R18, |a| a.signatures.copies = Some(3));
    }
}
