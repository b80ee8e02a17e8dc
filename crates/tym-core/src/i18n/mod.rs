//! Every user-facing string and legal citation, one file per language (`fi.rs`, `sv.rs`, `en.rs`), so a
//! reviewer can correct the wording of one language in one place. A key missing from a language is a
//! compile error (each file matches every `Msg` exhaustively); tests check that none is left empty.
//!
//! Without the `all-languages` feature (the browser app) only Finnish is compiled in; the app
//! installs Swedish or English from `assets/i18n/{sv,en}.json` (`install`) before it uses them. Those
//! files are generated from `sv.rs` and `en.rs` by `tym catalogue` and a test keeps them equal.

#[cfg(feature = "all-languages")]
mod en;
mod fi;
#[cfg(feature = "all-languages")]
mod sv;

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Fi,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// BCP 47 code for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn t(self, m: Msg) -> &'static str {
        match self {
            Lang::Fi => fi::text(m),
            #[cfg(feature = "all-languages")]
            Lang::Sv => sv::text(m),
            #[cfg(feature = "all-languages")]
            Lang::En => en::text(m),
            // The app installs a catalogue before it switches to it (`is_installed`); Finnish is only
            // a last resort that never shows an empty string.
            #[cfg(not(feature = "all-languages"))]
            _ => {
                slot(self).and_then(|s| s.get()).and_then(|c| c.get(m as usize)).copied().unwrap_or_else(|| fi::text(m))
            }
        }
    }

    /// The message with `{0}`, `{1}`, … replaced by `args`, in one pass over the template: an
    /// argument is user text and is never itself read for placeholders ("{1}" typed in a party name
    /// stays "{1}").
    pub fn fmt(self, m: Msg, args: &[&str]) -> String {
        fill(self.t(m), args)
    }

    /// "1 havainto", "3 havaintoa": the number of findings with the noun in its number.
    pub fn findings(self, n: usize) -> String {
        if n == 1 {
            self.t(Msg::UiFindingsOne).to_string()
        } else {
            self.fmt(Msg::UiFindingsCount, &[&n.to_string()])
        }
    }

    /// Decimal separator of numbers in this language.
    pub fn decimal_sep(self) -> char {
        match self {
            Lang::En => '.',
            _ => ',',
        }
    }

    /// Money as the language writes it: "31 318,24 €" (fi, sv), "€31,318.24" (en).
    pub fn money(self, cents: crate::num::Cents) -> String {
        match self {
            Lang::En => format!("€{}", crate::num::format_cents(cents, ',', '.')),
            _ => format!("{} €", crate::num::format_cents(cents, '\u{a0}', ',')),
        }
    }

    pub fn dec(self, d: crate::num::Dec) -> String {
        d.format(self.decimal_sep())
    }

    /// Dates: 24.11.2026 in Finnish and English use here, 24.11.2026 in Swedish too (Finland Swedish).
    pub fn date(self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        format!("{}.{}.{}", d.day(), d.month(), d.year())
    }
}

/// `template` with each `{n}` whose `n` indexes `args` replaced by that argument; any other brace is
/// kept as written.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let arg = (digits > 0 && after[digits..].starts_with('}'))
            .then(|| after[..digits].parse::<usize>().ok())
            .flatten()
            .and_then(|i| args.get(i));
        match arg {
            Some(a) => {
                out.push_str(a);
                rest = &after[digits + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Swedish and English as installed at run time (`install`) in a build without them compiled in.
static INSTALLED: [OnceLock<Box<[&'static str]>>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> Option<&'static OnceLock<Box<[&'static str]>>> {
    match lang {
        Lang::Fi => None,
        Lang::Sv => Some(&INSTALLED[0]),
        Lang::En => Some(&INSTALLED[1]),
    }
}

/// The language's strings can be used: compiled in, or installed.
pub fn is_installed(lang: Lang) -> bool {
    cfg!(feature = "all-languages") || slot(lang).is_none_or(|s| s.get().is_some())
}

/// Why a catalogue file was not installed.
#[derive(Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// Not a JSON array of strings.
    Malformed,
    /// The file is for another version of the program (its number of keys differs).
    WrongLength { found: usize },
    /// A string's placeholders (`{0}`, `{1}`, …) differ from the Finnish one's.
    Placeholders { key: Msg },
}

fn placeholders(s: &str) -> usize {
    (0..6).filter(|i| s.contains(&format!("{{{i}}}"))).count()
}

/// Checks a catalogue file's text (a JSON array with one string per key, in `Msg::ALL` order) and, in
/// a build without the language compiled in, makes it the language's strings for the rest of the
/// program's life.
pub fn install(lang: Lang, json: &str) -> Result<(), CatalogueError> {
    let strings: Vec<String> = serde_json::from_str(json).map_err(|_| CatalogueError::Malformed)?;
    if strings.len() != Msg::ALL.len() {
        return Err(CatalogueError::WrongLength { found: strings.len() });
    }
    if let Some(&key) =
        Msg::ALL.iter().zip(&strings).find(|(m, s)| placeholders(fi::text(**m)) != placeholders(s)).map(|(m, _)| m)
    {
        return Err(CatalogueError::Placeholders { key });
    }
    if let Some(slot) = slot(lang).filter(|_| !cfg!(feature = "all-languages")) {
        // Leaked once per language: the strings live as long as the page, like compiled-in ones.
        let _ = slot.set(strings.into_iter().map(|s| &*Box::leak(s.into_boxed_str())).collect());
    }
    Ok(())
}

/// A language's catalogue file: a JSON array with one string per key, in `Msg::ALL` order.
#[cfg(feature = "all-languages")]
pub fn catalogue_json(lang: Lang) -> String {
    let strings: Vec<&str> = Msg::ALL.iter().map(|&m| lang.t(m)).collect();
    serde_json::to_string_pretty(&strings).unwrap_or_default() + "\n"
}

macro_rules! keys {
    ($($k:ident),* $(,)?) => {
        /// A key of the string catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($k),* }
        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$k),*];
        }
    };
}

keys! {
    // File format errors.
    ErrTooLarge, ErrMalformed, ErrNotAgreement, ErrNewerVersion, ErrUnknownVersion, ErrWrongType,
    ErrMissing, ErrUnknownValue, ErrOutOfRange, ErrInvalid,
    // Cost split errors.
    SplitAllZero, SplitNegative, SplitUnknownParty, SplitNoParties, SplitTooLarge, SplitPercentSum,
    SplitMissingPopulation, SplitMissingClients, SplitNoMunicipalities, SplitUnknownMunicipality,
    // Party kinds and sectors.
    KindEmploymentAuthority, KindWellbeingCounty, KindKela, KindMunicipality,
    SectorSocial, SectorHealth, SectorEmployment, SectorRehabilitation, SectorOther,
    RoleChair, RoleViceChair, RoleMember, RoleSecretary, RoleExpert,
    BasisPersons, BasisFte,
    RuleByStaff, RuleByParticipants, RuleOnePayer, RuleFixedPercent, RuleEqual,
    SubPopulation, SubClients, SubEqual, SubFixedPercent,
    // The checker: severities, findings R0–R21, rule titles and summaries, citations.
    SevLaw, SevStatutoryDuty, SevPractice, SevConsistency, R1NoEmploymentAuthority, R1NoCounty, R1NoKela, R1AuthorityNotParty,
    R2NoSetter, R2SetterNotAuthority, R2SeveralNotAgreed, R3PartyNoMembers, R3NoDeputy, R4ChairNamerNotStated, R4ChairNamedByOther, R4ViceNamerNotStated,
    R4ViceNamedByOther, R4ChairLeadDifferent, R4NoChairSeat, R4NoViceChairSeat, R5TermMissing, R5TermNotFiveYears, R6CountyNoSocial, R6CountyNoHealth, R7NamerNotStated, R7NamedByOther, R7DeputyNamedByOther,
    R7NotApproved, R7BeyondTerm, R8TaskMissing, R9NotAnnual, R9NationalMissing, R9ObjectiveEmpty, R9ObjectivesReferredEmpty, R10NoArrangement, NotPrinted,
    R11PartyNoStaff, R11RowNoNumber, R11RowNoFte, R11CountyNotItemised, R12NoReview, R12NoAmendment, R13OverThreshold, R13NoThreshold,
    R13NoClients, R14OwnCostsMissing, R14NoSplit, R14OverrideNotRecorded, R14KelaNotStated, R15ItemError, R16FteOverPersons, R16StatedTotalDiffers,
    R17NotStated, R17NoCoordinator, R17NoCostSplit, R18CopiesMismatch, R18PartyNoSignatory, R19NameMismatch, R20NoNotice, R20NoEffect,
    R20NoCourt, R23LeadPlaceholder, R23DeputyPlaceholder, R23MemberPlaceholder, R23SignatoryPlaceholder, R24PartyUnnamed, R24PartyPlaceholder, R25ChairDecisionOther, R25ViceDecisionOther, R25ChairDiffers, R25ViceDiffers, R26SeatDiffers, R26Annex, R26Section, R26Unnumbered, R0BusinessId, R0UnknownPartyRef, CiteSeeds,
    CiteArithmetic, CiteBusinessId, CiteReferences, CiteUnfilled, LawAct381, LawDecree388, LawAct808, LawAct380, CiteFmtSection,
    CiteFmtSubsection, CiteFmtItem, CiteFmtSubItem, CiteFmtOpening, CiteFmtAmended, RuleT0, RuleT1,
    RuleT2, RuleT3, RuleT4, RuleT5,
    RuleT6, RuleT7, RuleT8, RuleT9,
    RuleT10, RuleT11, RuleT12, RuleT13,
    RuleT14, RuleT15, RuleT16, RuleT17,
    RuleT18, RuleT19, RuleT20, RuleT21, RuleT22, RuleT23, RuleT24, RuleT25, RuleT26,
    UiChairNamedBy, UiViceChairNamedBy, UiDecisionChairBy, UiDecisionViceBy, UiYouthCoordinator, UiYouthCostSplit, UiDeputyTitle, UiViewRules, UiRulesIntro,
    UiRuleBasis, UiRuleSeverity,
    // Interface, document and catalogue labels.
    DocAnnexCosts, DocAnnexStaff, DocArea, DocBusinessId, DocClientData, DocCopies, DocCourt, DocDraftMark, DocEffectiveIndefinite, DocEffectiveUntil, DocH1, DocH10, DocH11, DocH12, DocH2, DocH3, DocH4, DocH5, DocH6, DocH7, DocH8, DocH9, DocInPerson, DocLeadNamedBy, DocLeadTasks, DocNotice, DocObjectives, DocOwnCosts, DocPurpose, DocRemote, DocSetBy, DocStaffTotal, DocTerm, DocTermYears, DocTitle, DocYouthIncluded, DocYouthSeparate, PresetEsk, PresetKp, PresetKu, PresetLp, PresetSat, TaskChairMeetings, TaskDevelopCooperation, TaskDevelopProcesses, TaskLeadNetwork, TaskPrepare, TaskReporting, UiAddCostItem, UiAddMunicipality, UiAddParty, UiAddSeat, UiAddStaffRow, UiAmountEuro, UiArea, UiAreaName, UiBasisAsAgreed, UiBasisLegend, UiBusinessId, UiChecksIntro, UiChooseFile, UiClientsEstimate, UiClientsPerFte, UiCommonCosts, UiCompareIntro, UiCompareWith, UiCostItemN, UiCostItems, UiCostName, UiCostsIntro, UiCourt, UiDeputy, UiDifference, UiDiffers, UiDismiss, UiErrEuros, UiErrFte, UiErrPercent, UiErrPositive, UiErrWholeNumber, UiExportCsv, UiExportMarkdown, UiFigure, UiFileUnreadable, UiFindingsCount, UiFromPreset, UiFte, UiFtePerParty, UiFteUnit, UiGoToField, UiKeyFigures, UiKind, UiLanguage, UiMember, UiMunicipalities, UiMunicipality, UiNameFi, UiNameSv, UiNavigation, UiNewBlank, UiNewDraft, UiNoDraft, UiNoDraftShort, UiNoFindings, UiNoticeMonths, UiOpenFile, UiOpenedFile, UiOrganisation, UiOwnStaffCosts, UiParticipants, UiParties, UiPartiesCount, UiParty, UiPayer, UiPersons, UiPopulation, UiPrint, UiPrivacyHeading, UiPrivacyPromise, UiPrivacyText, UiProduct, UiRedo, UiRemove, UiRemoveItem, UiRemoveRow, UiRole, UiSaveFile, UiSeatRole, UiSeats, UiSector, UiServices, UiShareEuro, UiSharePct, UiShown, UiSkipToContent, UiSplitOf, UiSplitRule, UiStaffRows, UiStaffingIntro, UiStartIntro, UiSteeringGroup, UiSubArea, UiSubSplitOf, UiSufficiency, UiSummary, UiThreshold, UiThresholdDefault, UiTitle, UiTotal, UiTotalFte, UiTotalsCaption, UiTotalsPerParty, UiUndo, UiValidity, UiViewAgreement, UiViewChecks, UiViewCompare, UiViewCosts, UiViewDocument, UiViewStaffing, UiViewStart, UiYouthIncluded, UiYouthNotStated, UiYouthOneStop, UiYouthSeparate,
    ObjCooperation, ObjDevelopment, ObjDigitalServices, ObjLabourAvailability, ObjOther, ObjServiceDelivery, UiAddSignatory, UiAmendWritten, UiAnnexesBySg, UiAppointedUntil, UiApprovedBySg, UiArrangement, UiAuthoritiesAgreed, UiChangeNotice, UiCivilCourt, UiClientData, UiClients, UiCopies, UiDecisionBody, UiDecisionDate, UiDecisionSection, UiDeputyNamedBy, UiDisputes, UiEditIn, UiEffectAfterNotice, UiEffectAtYearChange, UiEffectEndOfYear, UiEffectHalfYear, UiEffectNotStated, UiEffectiveFrom, UiElectronic, UiEmployer, UiEndsIfRepealed, UiErrBusinessId, UiInPerson, UiJointControllers, UiLeadMunicipality, UiLeadPerson, UiLeadTasks, UiLeadTitle, UiNamedBy, UiNationalObjectives, UiNegotiationDays, UiNegotiationFirst, UiNoClientData, UiNoticeBy, UiNoticeWritten, UiObjectives, UiOwnPart, UiPrivacyAnnex, UiRemote, UiReviewedYearly, UiSectionN, UiSetAnnually, UiSetBy, UiSignatories, UiSignatoryName, UiSignatoryTitle, UiSignatures, UiStatus, UiStatusDraft, UiStatusSigned, UiTermEnd, UiTermStart, UiTermYears, UiTermination, UiTerminationAllowed, UiTerminationEffect, UiUntil, UiWorkingTime,
    UiAddStatedTotal, UiAddSubArea, UiAmendedOnChange, UiApproximate, UiRowsSum, UiStaffReviewed, UiStatedTotals, UiSubAreaCode, UiSubAreaName, UiSubAreas, UiWording,
    UiCsvDecimalPoint, UiErrYears, UiKelaParticipation, UiMultiYear, UiMultiYearCaption, UiNoSubSplit, UiOverrideRecorded, UiOwnCostsOwn, UiWhatIf, UiNotStated, UiPersonsMissing, UiFteMissing, UiYear, UiYearlyIndex, UiYears,
    UiActions, UiAllSaved, UiCancel, UiConfirm, UiConfirmDelete, UiConfirmDeleteAll, UiConflict, UiCopyOf, UiCurrentDraft, UiDelete, UiDeleteAll, UiDeletedAll, UiDuplicate, UiLastEdited, UiLibrary, UiLibraryEmpty, UiNewName, UiOpen, UiReadOnlyConflict, UiReadOnlyOtherTab, UiReadOnlyTaken, UiRecordDamaged, UiRecordNewer, UiRename, UiSave, UiSaving, UiStorageFailed, UiStorageFull, UiStorageUnavailable, UiStorageWhere, UiTakeOver, UiTakenOver,
    UiChooseOne, UiCompareChoose, UiConfirmDeleteVariant, UiCurrentVariant, UiDeleteVariant, UiDeletedText, UiFieldDifferences, UiFindingsOnly, UiInsertedText, UiMoneyDelta, UiNewVariant, UiNoDifferences, UiOpenVariant, UiPresetOf, UiRedline, UiRedlineOf, UiTakeThis, UiTooMany, UiVariantFirst, UiVariantN, UiVariantName, UiVariantOf, UiVariants,
    DocAnnexLead, DocAnnexObjectives, DocAnnexPrivacy, DocAnnexSteering, DocDecision, DocEmployer, DocPrivacy1, DocPrivacy2, DocPrivacy3, DocPrivacy4, DocPrivacy5, DocSignature, DocUnofficial, DocWorkingTime, UiDocLanguage, UiEditSection, UiExportDocx, UiExportHtml, UiExportStaffCsv, UiPreviewHint,
    DocAnnexEmpty,
    // The wording editor and its fields.
    UiAgreementText, UiWordingHint, UiGenerated, UiPrintsNothing, UiMakeOwn, UiBackToGenerated, UiOwnText, UiOwnTextSv, UiBlockStyle, UiStyleParagraph, UiStyleItem, UiStyleHeading, UiInsertField, UiAddParagraph, UiTableBlock, UiPartHeading, UiPartHeadingSv, UiOtherParts, UiBlockN, UiMoveBlockUp, UiMoveBlockDown, UiUntranslatedHint, UiTermAllowedUnstated, UiTermAllowedYes, UiTermAllowedNo, UiReviewedOnDemand, UiVersionDate, FieldArea, FieldParty, FieldMunicipalities, FieldFte, FieldPartyFte, FieldPersons, FieldClients, FieldAnnex, FieldNoticeMonths, FieldChangeNotice, FieldEffectiveFrom, FieldUntil, FieldCourt, FieldCopies, FieldLeadTitle, FieldTermYears, FieldNegotiationDays, FieldPlaceDate, FieldCostTotal,
    // The clause library of the document (text.rs).
    DocChairNamedBy, DocViceChairNamedBy, DocYouthCoordinator, DocYouthCostSplit, R21FieldMissing, R22Untranslated, CiteWording, DocStatedAbout, DocSubSplit, DocAnd, DocAnnexHeading, DocBetween, DocVersion, DocUnnamedParty, DocFieldMissing, DocUntranslated, DocContacts, DocSubAreas, DocAuthoritiesAgreed, DocMembers, DocChairs, DocCompositionAnnex, DocObjectivesAnnex, DocNationalConsidered, DocAreaObjectives, DocPremises, DocServices, DocStaffPersons, DocStaffAnnex, DocClients, DocMaxClients, DocStaffReview, DocStaffAmend, DocLeadOnlyNamedBy, DocLeadTitle, DocLeadApproved, DocLeadUntil, DocDeputyNamedBy, DocDeputyTitle, DocLeadTasksAnnex, DocLeadTasksIntro, DocLeadOtherIntro, DocPerYear, DocItemByStaff, DocBasisPersons, DocBasisFte, DocItemByParticipants, DocItemByParticipantsLater, DocItemOnePayer, DocItemFixed, DocItemEqual, DocOverride, DocCostAnnex, DocIndex, DocPrivacyAnnex, DocReviewYearly, DocReviewOnDemand, DocAnnexesBySg, DocAmendWritten, DocChangeNotice, DocNoTermination, DocTermAllowed, DocTermOwnPart, DocTermWritten, DocTermAfterNotice, DocTermEndOfYear, DocTermEndOfYearNotice, DocTermAtYearChange, DocTermNoticeBy, DocTermHalfYear, DocLawRepealed, DocNegotiation, DocNegotiationDays, DocCivilCourt, DocElectronic, DocPlaceDateBlank, DocRuleColumn, DocSubtotal, DocUnsplit, DocItemUnsplit, UiUnsplit, UiAddress,
    UiClose, UiCopyLink, UiEncryptedSaved, UiFromLink, UiImport, UiImportAsNew, UiImported, UiIncoming, UiLinkReady, UiLinkTooLong, UiNeedPassphrase, UiPassphrase, UiPassphraseHint, UiSaveEncrypted, UiShare, UiShareDamaged, UiShareFailed, UiShareIntro, UiTheLink, UiUnlock, UiWrongPassphrase,
    A11yDate, A11yFeedback, A11yHow, A11yKnown, A11yScope, A11yStatus, UiAccessibility, UiProjector,
    UiDropHere,
    UiHeadcountsHere,
    UiErrBusinessIdShape, UiOfflineDownload, UiOfflineHeading, UiOfflineText, UiSingleFileText, UiStorageUnavailableFile,
    UiAddService, UiService, UiServiceCatalogue,
    UiDraftOf,
    PasteTitle, PasteIntro, PasteSummary, PasteByHeader, PasteByPosition, PasteLeftOut, PasteRow, PasteNewRow, PasteCellError, PasteFix, PasteTooMany, PasteConfirm, PasteApplied, PasteYes, PasteNo, PasteWhyUnknownParty, PasteWhyAmbiguousParty, PasteWhyEmpty, PasteWhyNotNumber, PasteWhyNotWholeNumber, PasteWhyOutOfRange, PasteWhyUnknownSector, PasteWhyUnknownRole, PasteWhyNotYesNo, PasteWhyTooLong,
    UiMoveDown, UiMoveUp,
    UiLanguageLoading, UiLanguageUnavailable,
    UiPresetUnavailable, UiCompareReading, UiCompareUnreadable,
    // The importer (import/).
    ImpErrEmpty, ImpErrTooLarge, ImpErrPdf, ImpErrNotDocx, ImpErrCorrupt, ImpErrBomb, ImpErrNoSections, ImpErrOldLaw, ImpWarnHetu, ImpWarnOldLaw, ImpPreamble, ImpSection, ImpSectionUnplaced, ImpMissingHeading, ImpSummary, ImpFound, ImpUncertain, ImpMissing, ImpFParty, ImpFBusinessId, ImpFMunicipalities, ImpFLead, ImpFDecision, ImpFStaffRow, ImpFStatedTotal, ImpFEffectiveFrom, ImpFNotice, ImpFTermination, ImpFCourt, ImpFCivilCourt, ImpFCopies, ImpFLeadTitle, ImpFSignatory, ImpFSeats, UiImportTitle, UiImportIntro, UiImportFile, UiImportPaste, UiImportPasteButton, UiImportReport, UiImportDone, UiRemoveHetu, UiHetuRemoved, UiImportReading, ImpGroup, UiImportAsIs, UiLazyUnavailable, UiLazyLoading, ImpWarnNames, UiReplaceNames, UiKeepNames,
    R19CountyNotParty,
    // Statute texts (crate::law), Finnish and Swedish authentic.
    LawAct381S2M1, LawAct381S9M1, LawAct381S9M2, LawAct381S10M1, LawAct381S10M2, LawAct381S13M1, LawAct381S16M1, LawAct381S16M3, LawDecree388S1M1, LawDecree388S1M2, LawDecree388S1M3, LawDecree388S2M1, LawDecree388S3, LawDecree388S3K1, LawDecree388S3K2, LawDecree388S3K3, LawDecree388S3K4, LawDecree388S3K5, LawDecree388S4M1, LawDecree388S4M2,
    UiMunicipalityAuthority, UiObjectiveItems,
    // Limits, encodings and links (issue 17).
    ErrTooMany, ErrTooManyKeys, ErrTooLong, ErrTooDeep, ErrTooManyValues, ErrUtf16, ErrNotUtf8, UiLinkNewer, UiLinkTooLarge, UiShareHistory, SplitSumTooLarge, UiRecovered, UiEditsInJournal, UiEditsOnlyHere,
    // The annex tables as a spreadsheet (xlsx.rs).
    UiExportXlsx, XlsxSheetStaff, XlsxSheetSteering, XlsxSheetCosts, XlsxSheetMunicipalities, XlsxShareOf, XlsxWeightOf, XlsxNote,
    // The comparison's labels and values (issue 20).
    CmpRowN, CmpItemN, CmpPartN, CmpNRows, CmpNItems, CmpYes, CmpNo, CmpMeta, CmpSource, CmpId, CmpContact, CmpCostPerFte, CmpPremises, CmpOtherTasks, CmpRuleParties, CmpCount, CmpApprovalDate, CmpDocTitle, CmpInFi, CmpInSv, CmpLangFi, CmpLangSv, CmpPartKind, CmpPartSection, CmpPartAnnex, CmpPartUnnumbered, CmpTopic, CmpBlockKind, CmpReplaces, CmpTable, CmpClauseOf, CmpSubSplits, CmpOther, CmpSeeRedline,
    // Merging a returned copy; comparing with a file or an earlier version (issue 20).
    MrgTitle, MrgIntro, MrgOffer, MrgOpenNew, MrgSummary, MrgNoBase, MrgTaken, MrgConflicts, MrgNothing, MrgBase, MrgOurs, MrgTheirs, MrgApply, MrgDone, MrgFailed, MrgOtherVariant, MrgSwitchVariant, MrgApplyHere, UiCompareFile, UiFileOf, UiSentOf,
    // The agreement view's section list and the projector's summary (issue 21).
    UiSectionList, UiFindingsOne,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "all-languages")]
    fn every_key_has_text_in_every_language() {
        for &m in Msg::ALL {
            for l in Lang::ALL {
                assert!(!l.t(m).trim().is_empty(), "{m:?} is empty in {l:?}");
            }
        }
    }

    /// A string that is the same in Finnish and Swedish was probably not translated; the few that are
    /// rightly identical are listed here.
    #[test]
    #[cfg(feature = "all-languages")]
    fn swedish_and_english_are_translated() {
        const SAME: &[Msg] = &[Msg::UiSectionN, Msg::CiteFmtSection, Msg::CiteFmtSubsection, Msg::CiteFmtAmended];
        for &m in Msg::ALL {
            if !SAME.contains(&m) {
                assert_ne!(Lang::Fi.t(m), Lang::Sv.t(m), "{m:?} is not translated to Swedish");
                assert_ne!(Lang::Fi.t(m), Lang::En.t(m), "{m:?} is not translated to English");
            }
        }
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn placeholders_agree_between_languages() {
        for &m in Msg::ALL {
            assert_eq!(placeholders(Lang::Fi.t(m)), placeholders(Lang::Sv.t(m)), "{m:?} fi/sv");
            assert_eq!(placeholders(Lang::Fi.t(m)), placeholders(Lang::En.t(m)), "{m:?} fi/en");
        }
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn the_catalogue_files_are_generated_from_the_sources() {
        // assets/i18n/*.json are what the browser app loads; regenerate with `tym catalogue sv|en`.
        assert_eq!(
            include_str!("../../../../assets/i18n/sv.json"),
            catalogue_json(Lang::Sv),
            "run `tym catalogue sv > assets/i18n/sv.json`"
        );
        assert_eq!(
            include_str!("../../../../assets/i18n/en.json"),
            catalogue_json(Lang::En),
            "run `tym catalogue en > assets/i18n/en.json`"
        );
    }

    #[test]
    fn a_catalogue_file_is_checked_before_it_is_installed() {
        assert_eq!(install(Lang::Sv, "{}"), Err(CatalogueError::Malformed));
        assert_eq!(install(Lang::Sv, r#"["a"]"#), Err(CatalogueError::WrongLength { found: 1 }));
        let mut strings: Vec<String> = Msg::ALL.iter().map(|&m| fi::text(m).to_string()).collect();
        let i = Msg::ALL.iter().position(|&m| m == Msg::UiSectionN).unwrap();
        strings[i] = "{0} only".into();
        let json = serde_json::to_string(&strings).unwrap();
        assert_eq!(install(Lang::En, &json), Err(CatalogueError::Placeholders { key: Msg::UiSectionN }));
    }

    #[test]
    #[cfg(not(feature = "all-languages"))]
    fn an_installed_catalogue_is_used() {
        assert!(!is_installed(Lang::Sv));
        assert_eq!(Lang::Sv.t(Msg::UiSave), fi::text(Msg::UiSave));
        let mut strings: Vec<String> = Msg::ALL.iter().map(|&m| fi::text(m).to_string()).collect();
        let i = Msg::ALL.iter().position(|&m| m == Msg::UiSave).unwrap();
        strings[i] = "Spara".into();
        install(Lang::Sv, &serde_json::to_string(&strings).unwrap()).unwrap();
        assert!(is_installed(Lang::Sv));
        assert_eq!(Lang::Sv.t(Msg::UiSave), "Spara");
    }

    #[test]
    fn money_and_dates_follow_the_language() {
        assert_eq!(Lang::Fi.money(3_131_824), "31\u{a0}318,24 €");
        assert_eq!(Lang::En.money(3_131_824), "€31,318.24");
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(Lang::Fi.date(d), "24.11.2026");
    }
}
