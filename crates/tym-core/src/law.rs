//! The legal basis as dated data: every provision the checker cites, to the subsection ("mom.") and
//! item ("kohta"), with each version of its wording in Finnish and Swedish (both authentic) and the
//! date from which that version is in force. An amendment is one more `Version` in one place: the
//! checker then cites, for each agreement, the version in force on its `validity.effective_from`.
//!
//! The wording is quoted from the statutes as first published (Finlex open data; statutes are not
//! protected by copyright, 404/1961 9 §), with 381/2023 9 § 1–2 mom. as amended by 437/2024. How a
//! citation is written ("381/2023 9 § 2 mom.", "388/2024 3 § 2 punkten", "Decree 388/2024 s. 3(1)(2)")
//! comes from the i18n catalogues; the numbers and the wording come from here only.

use crate::i18n::{Lang, Msg};
use chrono::NaiveDate;

/// A statute cited by the checker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Statute {
    /// Laki työllistymisen monialaisesta edistämisestä (381/2023).
    Act381,
    /// Valtioneuvoston asetus työllistymistä edistävän monialaisen tuen yhteistoimintamallin
    /// organisoimisesta (388/2024).
    Decree388,
    /// Laki oikeudenkäynnistä hallintoasioissa (808/2019).
    Act808,
    /// Laki työvoimapalveluiden järjestämisestä (380/2023).
    Act380,
}

impl Statute {
    /// "laki 381/2023", "lag 381/2023", "Act 381/2023".
    pub fn name(self) -> Msg {
        match self {
            Statute::Act381 => Msg::LawAct381,
            Statute::Decree388 => Msg::LawDecree388,
            Statute::Act808 => Msg::LawAct808,
            Statute::Act380 => Msg::LawAct380,
        }
    }
}

/// Where in a statute: section, subsection, item. `subsection: None` with an item is an item of a
/// section that has one subsection (388/2024 3 §); with `opening` the section's opening words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub statute: Statute,
    pub section: u16,
    pub subsection: Option<u8>,
    pub item: Option<u8>,
    pub opening: bool,
}

/// One wording of a provision and the day it came into force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version {
    /// In force from (year, month, day).
    pub from: (i32, u32, u32),
    /// The amending statute, `None` for the text as first enacted.
    pub amended_by: Option<&'static str>,
    pub fi: &'static str,
    pub sv: &'static str,
}

impl Version {
    pub fn from_date(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.from.0, self.from.1, self.from.2).unwrap_or_default()
    }
}

/// A basis of a rule: a provision of a statute, or one of the bases that are not law.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Statute(Place, &'static [Version]),
    /// What the five real agreements agree on.
    Practice,
    /// Arithmetic: the figures of the draft agree with each other.
    Arithmetic,
    /// The business ID's check digit.
    CheckDigit,
    /// Every reference in the file names something the file holds.
    References,
    /// A place left to be filled in.
    Unfilled,
}

macro_rules! provisions {
    ($($id:ident = $src:expr;)*) => {
        /// A provision or other basis that a rule cites; `Prov::source` gives its place and wording.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Prov { $($id),* }
        /// The table: one constant per provision, so its wording is a `'static` slice.
        #[allow(non_upper_case_globals)]
        mod table {
            use super::*;
            $(pub const $id: Source = $src;)*
        }
        impl Prov {
            pub const ALL: &'static [Prov] = &[$(Prov::$id),*];
            pub fn source(self) -> Source {
                match self { $(Prov::$id => table::$id),* }
            }
        }
    };
}

const fn at(statute: Statute, section: u16, subsection: Option<u8>, item: Option<u8>) -> Place {
    Place { statute, section, subsection, item, opening: false }
}

const fn v(from: (i32, u32, u32), amended_by: Option<&'static str>, fi: &'static str, sv: &'static str) -> Version {
    Version { from, amended_by, fi, sv }
}

const Y2025: (i32, u32, u32) = (2025, 1, 1);
use Statute::*;

provisions! {
    Act381S2M1 = Source::Statute(at(Act381, 2, Some(1), None), &[v(Y2025, None,
        "Työllistymistä edistävän monialaisen tuen yhteistoimintamallissa työvoimaviranomainen, hyvinvointialue ja Kansaneläkelaitos yhdessä arvioivat työttömän monialaisen palvelutarpeen, suunnittelevat ja yhteensovittavat työttömien työllistymisen kannalta tarkoituksenmukaiset palvelut kokonaisuuksiksi sekä vastaavat työllistymisprosessin etenemisestä ja seurannasta.",
        "Samarbetsmodellen för sektorsövergripande stöd som främjar sysselsättningen är en modell där arbetskraftsmyndigheten, välfärdsområdet och Folkpensionsanstalten tillsammans bedömer en arbetslös persons servicebehov på ett sektorsövergripande plan, planerar och samordnar den service som är ändamålsenlig för att arbetslösa ska få arbete så att den bildar en sammanhängande helhet samt ansvarar för att serviceprocessen framskrider och följs upp.")]);
    Act381S9M1 = Source::Statute(at(Act381, 9, Some(1), None), &[
        v(Y2025, None,
        "Jokaisen hyvinvointialueen toimialueella on oltava monialaisen tuen yhteistoimintamallin organisointia varten vähintään yksi monialaisen tuen johtoryhmä. Hyvinvointialueen toimialueen työvoimaviranomaiset, hyvinvointialue ja Kansaneläkelaitos neuvottelevat johtoryhmien määrästä ennen johtoryhmien asettamista. Johtoryhmän toimialueen työvoimaviranomainen asettaa johtoryhmän ja nimeää henkilöt, jotka johtavat monialaisen tuen yhteistoimintamallin organisointia johtoryhmän asettamissa puitteissa. Johtoryhmän on hyväksyttävä johtavat henkilöt ennen heidän nimeämistään.",
        "Inom verksamhetsområdet för varje välfärdsområde ska det för organisering av samarbetsmodellen för sektorsövergripande stöd finnas minst en ledningsgrupp för sektorsövergripande stöd. Arbetskraftsmyndigheterna inom välfärdsområdets verksamhetsområde, välfärdsområdet och Folkpensionsanstalten ska överlägga antalet ledningsgrupper innan dessa tillsätts. Arbetskraftsmyndigheten i ledningsgruppens verksamhetsområde ska tillsätta ledningsgruppen och utse de personer som ska leda organiseringen av samarbetsmodellen för sektorsövergripande stöd inom de ramar som ledningsgruppen anger. Ledningsgruppen ska godkänna ledande personer innan de utses."),
        v(Y2025, Some("437/2024"),
        "Jokaisen hyvinvointialueen toimialueella on oltava monialaisen tuen yhteistoimintamallin organisointia varten vähintään yksi, kuitenkin enintään alueen järjestämisvastuussa olevien työvoimaviranomaisten määrää vastaava määrä monialaisen tuen johtoryhmiä. Hyvinvointialueen, hyvinvointialueen toimialueen työvoimaviranomaisten ja Kansaneläkelaitoksen on neuvoteltava johtoryhmien määrästä ja toimialueista ennen johtoryhmien asettamista. Työvoimaviranomainen asettaa johtoryhmän ja nimeää henkilöt, jotka johtavat monialaisen tuen yhteistoimintamallin organisointia johtoryhmän asettamissa puitteissa. Johtoryhmä, johon kuuluu useampi työvoimaviranomainen, voidaan muodostaa vain, jos työvoimaviranomaiset sopivat johtoryhmän asettavasta sekä johtavan henkilön ja johtoryhmän puheenjohtajan nimeävästä työvoimaviranomaisesta. Johtoryhmän on hyväksyttävä johtavat henkilöt ennen heidän nimeämistään.",
        "Inom verksamhetsområdet för varje välfärdsområde ska det för organisering av samarbetsmodellen för sektorsövergripande stöd finnas minst en ledningsgrupp för sektorsövergripande stöd, dock högst det antal sådana ledningsgrupper som motsvarar antalet arbetskraftsmyndigheter med organiseringsansvar i området. Välfärdsområdet, arbetskraftsmyndigheterna inom välfärdsområdets verksamhetsområde och Folkpensionsanstalten ska förhandla om antalet ledningsgrupper och gruppernas verksamhetsområden innan de tillsätts. Arbetskraftsmyndigheten ska tillsätta ledningsgruppen och utse de personer som ska leda organiseringen av samarbetsmodellen för sektorsövergripande stöd inom de ramar som ledningsgruppen anger. En ledningsgrupp som består av flera arbetskraftsmyndigheter kan bildas endast om arbetskraftsmyndigheterna kommer överens om vilken arbetskraftsmyndighet som ska tillsätta ledningsgruppen och utse den ledande personen samt ordföranden för ledningsgruppen. Ledningsgruppen ska godkänna de ledande personerna innan de utses."),
    ]);
    Act381S9M2 = Source::Statute(at(Act381, 9, Some(2), None), &[
        v(Y2025, None,
        "Työvoimaviranomainen, hyvinvointialue ja Kansaneläkelaitos osoittavat monialaisen tuen yhteistoimintamalliin palvelua tarvitsevien asiakkaiden määrä huomioon ottaen riittävän määrän henkilöstöä. Johtoryhmä tekee yhteistyösopimuksen monialaisen tuen yhteistoimintamallin organisoimisesta ja resursoimisesta johtoryhmän toimialueella.",
        "Arbetskraftsmyndigheten, välfärdsområdet och Folkpensionsanstalten ska anvisa tillräckligt med personal för samarbetsmodellen för sektorsövergripande stöd med beaktande av antalet personer som behöver sådan service. Ledningsgruppen ska ingå ett samarbetsavtal som gäller organisering av samarbetsmodellen för sektorsövergripande stöd och allokering av resurser inom ledningsgruppens verksamhetsområde."),
        v(Y2025, Some("437/2024"),
        "Työvoimaviranomainen, hyvinvointialue ja Kansaneläkelaitos osoittavat monialaisen tuen yhteistoimintamalliin palvelua tarvitsevien asiakkaiden määrä huomioon ottaen riittävän määrän henkilöstöä. Johtoryhmään kuuluvien työvoimaviranomaisten, hyvinvointialueiden ja Kansaneläkelaitoksen on sovittava yhteistyösopimuksessa johtoryhmänsä toimialueen yhteistoimintamallin organisoimisesta ja resursoimisesta.",
        "Arbetskraftsmyndigheten, välfärdsområdet och Folkpensionsanstalten ska anvisa tillräckligt med personal för samarbetsmodellen för sektorsövergripande stöd med beaktande av antalet personer som behöver sådan service. De i ledningsgruppen ingående arbetskraftsmyndigheterna, välfärdsområdena och Folkpensionsanstalten ska i ett samarbetsavtal avtala om organiseringen av och resursallokeringen för samarbetsmodellen inom ledningsgruppens verksamhetsområde."),
    ]);
    Act381S10M1 = Source::Statute(at(Act381, 10, Some(1), None), &[v(Y2025, None,
        "Työvoimaviranomainen, hyvinvointialue ja Kansaneläkelaitos vastaavat yhteistoimintamalliin osallistuvan henkilöstönsä palkkaus- ja henkilöstökustannuksista.",
        "Arbetskraftsmyndigheten, välfärdsområdet och Folkpensionsanstalten ska svara för lönekostnaderna och andra personalkostnader för egna anställda som medverkar i samarbetsmodellen.")]);
    Act381S10M2 = Source::Statute(at(Act381, 10, Some(2), None), &[v(Y2025, None,
        "Muut yhteisestä toiminnasta aiheutuvat kustannukset jaetaan työvoimaviranomaisen ja hyvinvointialueen kesken yhteistoimintamalliin osallistuvan henkilöstön määrän mukaisessa suhteessa, elleivät työvoimaviranomainen ja hyvinvointialue toisin sovi. Kansaneläkelaitos osallistuu kustannuksiin yhteistyösopimuksessa sovitulla tavalla.",
        "Övriga kostnader för samarbetet ska fördelas mellan arbetskraftsmyndigheten och välfärdsområdet i proportion till antalet anställda som medverkar i samarbetsmodellen, om inte arbetskraftsmyndigheten och välfärdsområdet kommer överens om något annat. Folkpensionsanstalten deltar i kostnaderna i enlighet med samarbetsavtalet.")]);
    Act381S13M1 = Source::Statute(at(Act381, 13, Some(1), None), &[v(Y2025, None,
        "Kehittämis- ja hallintokeskus, työvoimaviranomaiset, hyvinvointialueet ja Kansaneläkelaitos ovat 11 §:ssä tarkoitettujen tietojen yhteisrekisterinpitäjiä.",
        "Utvecklings- och förvaltningscentret, arbetskraftsmyndigheterna, välfärdsområdena och Folkpensionsanstalten är gemensamt personuppgiftsansvariga för de uppgifter som avses i 11 §.")]);
    Act381S16M1 = Source::Statute(at(Act381, 16, Some(1), None), &[v(Y2025, None,
        "Työvoimaviranomainen järjestää toimintaedellytykset nuorten työllistymistä edistävälle monialaisen tuen yhteispalvelulle. Nuorten työllistymistä edistävällä monialaisen tuen yhteispalvelulla tarkoitetaan viranomaisten ja muiden toimijoiden alle 30-vuotiaille nuorille tarjoamaa monialaista neuvontaa, ohjausta ja palveluita, joiden tarkoituksena on edistää nuorten opiskelumahdollisuuksia, työllistymistä, toimintavalmiuksia ja hyvinvointia.",
        "Arbetskraftsmyndigheten ska ordna med verksamhetsförutsättningar för sysselsättningsfrämjande samservice för unga inom det sektorsövergripande stödet. Med sysselsättningsfrämjande samservice för unga inom det sektorsövergripande stödet avses sektorsövergripande rådgivning, vägledning och tjänster som myndigheter och andra aktörer tillhandahåller unga under 30 år i syfte att ge dem bättre studiemöjligheter och handlingsfärdigheter, hjälpa dem få arbete och främja deras välbefinnande.")]);
    Act381S16M3 = Source::Statute(at(Act381, 16, Some(3), None), &[v(Y2025, None,
        "Työvoimaviranomaisen on varmistettava, että sen toimialueen yhteispalvelulla on sovittuna palveluiden ja toiminnan yhteensovittamisesta vastaava henkilö. Yhteispalvelun osapuolet sopivat yhteispalvelun organisoinnista ja kustannusten jaosta.",
        "Arbetskraftsmyndigheten ska säkerställa att det inom samservicen i myndighetens verksamhetsområde finns en överenskommen samordningsansvarig för servicen och verksamheten. Parterna i samservicen ska komma överens om hur den ska organiseras och hur kostnaderna ska fördelas.")]);
    Decree388S1M1 = Source::Statute(at(Decree388, 1, Some(1), None), &[v(Y2025, None,
        "Johtoryhmä asetetaan viideksi vuodeksi kerrallaan.",
        "Ledningsgruppen tillsätts för fem år i sänder.")]);
    Decree388S1M2 = Source::Statute(at(Decree388, 1, Some(2), None), &[v(Y2025, None,
        "Monialaisen tuen yhteistoimintamallin johtoryhmän jäseninä ovat kunkin johtoryhmän toimialueelle kuuluvan hyvinvointialueen ja työvoimaviranomaisen sekä Kansaneläkelaitoksen nimeämät henkilöt. Hyvinvointialueen, työvoimaviranomaisen ja Kansaneläkelaitoksen on nimettävä jäsenet ja näille henkilökohtaiset varajäsenet jokaiseen johtoryhmään, jonka toimialueeseen ne kuuluvat.",
        "Medlemmarna i en ledningsgrupp för samarbetsmodellen för sektorsövergripande stöd är de personer som utsetts av varje välfärdsområde och arbetskraftsmyndighet som hör till ledningsgruppens verksamhetsområde och av Folkpensionsanstalten. Välfärdsområdet, arbetskraftsmyndigheten och Folkpensionsanstalten ska utse medlemmarna och deras personliga ersättare i varje ledningsgrupp till vars verksamhetsområde de hör.")]);
    Decree388S1M3 = Source::Statute(at(Decree388, 1, Some(3), None), &[v(Y2025, None,
        "Työvoimaviranomainen nimeää johtoryhmän puheenjohtajan ja hyvinvointialue varapuheenjohtajan.",
        "Arbetskraftsmyndigheten utnämner ordföranden för ledningsgruppen och välfärdsområdet vice ordföranden.")]);
    Decree388S2M1 = Source::Statute(at(Decree388, 2, Some(1), None), &[v(Y2025, None,
        "Johtoryhmän tehtävänä on asettaa vuosittain toimialueensa tavoitteet. Tavoitteiden asettamisessa on otettava huomioon työvoimapalveluiden järjestämisestä annetun lain (380/2023) 21 §:ssä tarkoitetut työllisyyden edistämisen valtakunnalliset tavoitteet. Lisäksi johtoryhmän tehtävänä on asettaa puitteet yhteistoimintamallin organisointia johtavan henkilön tämän asetuksen 4 §:ssä tarkoitetuille tehtäville ja tukea johtavaa henkilöä näiden tehtävien hoitamisessa.",
        "Ledningsgruppen ska årligen ställa upp målen för sitt verksamhetsområde. När målen ställs upp ska de nationella mål för främjande av sysselsättningen som avses i 21 § i lagen om ordnande av arbetskraftsservice (380/2023) beaktas. Dessutom ska ledningsgruppen ange ramarna för de uppgifter som enligt 4 § i denna förordning hör till den person som leder organiseringen av samarbetsmodellen och stödja personen vid utförandet av uppgifterna.")]);
    Decree388S3 = Source::Statute(Place { statute: Decree388, section: 3, subsection: None, item: None, opening: true }, &[v(Y2025, None,
        "Yhteistyösopimuksessa johtoryhmän toimialueeseen kuuluvien työvoimaviranomaisten, hyvinvointialueiden ja Kansaneläkelaitoksen on sovittava ainakin:",
        "I samarbetsavtalet ska de till ledningsgruppens verksamhetsområde hörande arbetskraftsmyndigheterna, välfärdsområdena och Folkpensionsanstalten åtminstone komma överens om")]);
    Decree388S3K1 = Source::Statute(at(Decree388, 3, None, Some(1)), &[v(Y2025, None,
        "yhteistoimintamallin mukaisen palvelun järjestämisen tavoista;",
        "sätten att ordna service enligt samarbetsmodellen,")]);
    Decree388S3K2 = Source::Statute(at(Decree388, 3, None, Some(2)), &[v(Y2025, None,
        "työvoimaviranomaisen, hyvinvointialueen ja Kansaneläkelaitoksen työllistymisen monialaisesta edistämisestä annetun lain 9 §:n 2 momentissa tarkoitetun henkilöstön osoittamisesta; henkilöstön määrästä ja tehtävärakenteesta on sovittava riittävällä tarkkuudella yhteistoimintamallin toteuttamiseksi;",
        "arbetskraftsmyndighetens, välfärdsområdets och Folkpensionsanstaltens anvisande av den personal som avses i 9 § 2 mom. i lagen om sektorsövergripande främjande av sysselsättningen; det ska avtalas tillräckligt detaljerat om personalens omfattning och uppgiftsstruktur för att samarbetsmodellen ska kunna genomföras,")]);
    Decree388S3K3 = Source::Statute(at(Decree388, 3, None, Some(3)), &[v(Y2025, None,
        "2 kohdassa tarkoitetun henkilöstön määrän riittävyyden tarkistamisesta vähintään vuosittain ja sopimuksen muuttamisesta resurssitarpeen muuttumisen perusteella tai muusta syystä tarvittaessa;",
        "kontroll, minst en gång om året, av huruvida den personal som avses i 2 punkten är tillräckligt stor samt ändring av avtalet, om behovet av resurser förändras eller om det behövs av andra skäl,")]);
    Decree388S3K4 = Source::Statute(at(Decree388, 3, None, Some(4)), &[v(Y2025, None,
        "työllistymisen monialaisesta edistämisestä annetun lain 10 §:n 2 momentissa tarkoitetusta kustannusten jakautumisesta työvoimaviranomaisen ja hyvinvointialueen kesken;",
        "fördelningen mellan arbetskraftsmyndigheten och välfärdsområdet av de kostnader som avses i 10 § 2 mom. i lagen om sektorsövergripande främjande av sysselsättningen,")]);
    Decree388S3K5 = Source::Statute(at(Decree388, 3, None, Some(5)), &[v(Y2025, None,
        "kansaneläkelaitoksen osallistumisesta työllistymisen monialaisesta edistämisestä annetun lain 10 §:n 1 momentissa tarkoitettuihin kustannuksiin.",
        "Folkpensionsanstaltens deltagande i de kostnader som avses i 10 § 1 mom. i lagen om sektorsövergripande främjande av sysselsättningen.")]);
    Decree388S4M1 = Source::Statute(at(Decree388, 4, Some(1), None), &[v(Y2025, None,
        "Työvoimaviranomainen nimeää organisointia johtavan henkilön ja tämän varahenkilön enintään johtoryhmän toimikaudeksi.",
        "Arbetskraftsmyndigheterna utser den person som ska leda organiseringen av samarbetsmodellen och ersättaren för denna person för högst den mandatperiod som ledningsgruppen har.")]);
    Decree388S4M2 = Source::Statute(at(Decree388, 4, Some(2), None), &[v(Y2025, None,
        "Johtavan henkilön tehtävänä on johtoryhmän asettamissa puitteissa johtaa yhteistoimintamallin verkoston organisointia ja vastata johtoryhmässä käsiteltävien asioiden valmistelusta ja esittelystä johtoryhmälle sekä yhteistyökäytäntöjen ja asiakasprosessien kehittämisestä.",
        "Personens uppgift är att inom de ramar som ledningsgruppen anger leda organiseringen av samarbetsmodellens nätverk samt svara för beredningen och föredragningen av de ärenden som behandlas i ledningsgruppen och för utvecklingen av samarbetsförfaranden och kundprocesser.")]);
    // The text of 808/2019 is not among the statutes the product holds: cited without wording.
    Act808S20 = Source::Statute(at(Act808, 20, None, None), &[]);
    // 380/2023 21 § (the national objectives), named by 388/2024 2 § 1 mom.; its text is not held.
    Act380S21 = Source::Statute(at(Act380, 21, None, None), &[]);
    Seeds = Source::Practice;
    Arithmetic = Source::Arithmetic;
    BusinessIdCheck = Source::CheckDigit;
    References = Source::References;
    Unfilled = Source::Unfilled;
}

/// The version of `versions` in force on `on`: the last one whose date has come. Before the first
/// one (an agreement dated before the law), and with no date (`None`: today's law), the first and
/// the last respectively.
pub fn in_force(versions: &'static [Version], on: Option<NaiveDate>) -> Option<&'static Version> {
    match on {
        None => versions.last(),
        Some(d) => versions.iter().rev().find(|v| v.from_date() <= d).or(versions.first()),
    }
}

impl Prov {
    /// The wording in force on `on` in Finnish or Swedish (English has no authentic text: Finnish is
    /// shown). `None` for a basis that is not a statute or whose text the product does not hold.
    pub fn wording(self, lang: Lang, on: Option<NaiveDate>) -> Option<&'static str> {
        let Source::Statute(_, versions) = self.source() else { return None };
        in_force(versions, on).map(|v| if lang == Lang::Sv { v.sv } else { v.fi })
    }

    /// The citation in the reader's language with the amending statute of the version in force:
    /// "laki 381/2023 9 § 1 mom. (437/2024)", "förordning 388/2024 3 § 2 punkten",
    /// "Act 381/2023 s. 9(1) (as amended by 437/2024)".
    pub fn cite(self, lang: Lang, on: Option<NaiveDate>) -> String {
        let (p, versions) = match self.source() {
            Source::Statute(p, versions) => (p, versions),
            Source::Practice => return lang.t(Msg::CiteSeeds).to_string(),
            Source::Arithmetic => return lang.t(Msg::CiteArithmetic).to_string(),
            Source::CheckDigit => return lang.t(Msg::CiteBusinessId).to_string(),
            Source::References => return lang.t(Msg::CiteReferences).to_string(),
            Source::Unfilled => return lang.t(Msg::CiteUnfilled).to_string(),
        };
        let name = lang.t(p.statute.name());
        let section = p.section.to_string();
        let base = match (p.subsection, p.item, p.opening) {
            (_, _, true) => lang.fmt(Msg::CiteFmtOpening, &[name, &section]),
            (Some(m), Some(k), _) => lang.fmt(Msg::CiteFmtSubItem, &[name, &section, &m.to_string(), &k.to_string()]),
            (Some(m), None, _) => lang.fmt(Msg::CiteFmtSubsection, &[name, &section, &m.to_string()]),
            (None, Some(k), _) => lang.fmt(Msg::CiteFmtItem, &[name, &section, &k.to_string()]),
            (None, None, _) => lang.fmt(Msg::CiteFmtSection, &[name, &section]),
        };
        match in_force(versions, on).and_then(|v| v.amended_by) {
            Some(by) => lang.fmt(Msg::CiteFmtAmended, &[&base, by]),
            None => base,
        }
    }

    /// A statute's provision (not practice, arithmetic or a check digit).
    pub fn is_statute(self) -> bool {
        matches!(self.source(), Source::Statute(..))
    }
}

/// Several citations joined: "laki 381/2023 10 § 2 mom.; asetus 388/2024 3 § 4 kohta".
pub fn cite_all(provs: &[Prov], lang: Lang, on: Option<NaiveDate>) -> String {
    provs.iter().map(|p| p.cite(lang, on)).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn citations_to_the_subsection_and_item() {
        assert_eq!(Prov::Act381S9M2.cite(Lang::Fi, d(2025, 3, 1)), "laki 381/2023 9 § 2 mom. (437/2024)");
        assert_eq!(Prov::Decree388S3K2.cite(Lang::Fi, None), "asetus 388/2024 3 § 2 kohta");
        assert_eq!(Prov::Decree388S3K2.cite(Lang::Sv, None), "förordning 388/2024 3 § 2 punkten");
        assert_eq!(Prov::Decree388S3K2.cite(Lang::En, None), "Decree 388/2024 s. 3(1)(2)");
        assert_eq!(Prov::Act381S9M1.cite(Lang::En, None), "Act 381/2023 s. 9(1) (as amended by 437/2024)");
        assert_eq!(Prov::Decree388S1M3.cite(Lang::Fi, None), "asetus 388/2024 1 § 3 mom.");
        assert_eq!(Prov::Act381S16M3.cite(Lang::Sv, None), "lag 381/2023 16 § 3 mom.");
    }

    #[test]
    fn the_version_in_force_on_the_date_is_cited() {
        const V: &[Version] = &[v((2025, 1, 1), None, "a", "a-sv"), v((2026, 1, 1), Some("1/2025"), "b", "b-sv")];
        assert_eq!(in_force(V, d(2025, 6, 1)).map(|v| v.fi), Some("a"));
        assert_eq!(in_force(V, d(2026, 1, 1)).map(|v| v.fi), Some("b"));
        assert_eq!(in_force(V, d(2024, 1, 1)).map(|v| v.fi), Some("a"), "before the law: its first text");
        assert_eq!(in_force(V, None).map(|v| v.fi), Some("b"), "no date: the newest text");
        // 381/2023 9 § 1 mom. was amended by 437/2024 before it came into force: that text applies.
        assert!(Prov::Act381S9M1.wording(Lang::Fi, d(2025, 1, 1)).unwrap().contains("useampi työvoimaviranomainen"));
        assert!(Prov::Act381S9M1.wording(Lang::Sv, d(2025, 1, 1)).unwrap().contains("flera arbetskraftsmyndigheter"));
    }

    /// `None` cites the newest version as today's law: true while no version in the table is dated
    /// after today. An amendment announced ahead of its date must make callers pass today's date.
    #[test]
    fn the_newest_version_is_today_s_law() {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let today = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Days::new(secs / 86_400);
        for &p in Prov::ALL {
            if let Source::Statute(_, versions) = p.source() {
                assert!(versions.iter().all(|v| v.from_date() <= today), "{p:?} has a version dated after today");
            }
        }
    }

    #[test]
    fn every_statute_provision_has_wording_in_both_authentic_languages_except_808() {
        for &p in Prov::ALL {
            if let Source::Statute(place, versions) = p.source() {
                if !matches!(place.statute, Statute::Act808 | Statute::Act380) {
                    assert!(!versions.is_empty(), "{p:?}");
                }
                for v in versions {
                    assert!(!v.fi.trim().is_empty() && !v.sv.trim().is_empty(), "{p:?}");
                }
                let mut dates: Vec<_> = versions.iter().map(|v| v.from).collect();
                dates.sort();
                assert_eq!(dates, versions.iter().map(|v| v.from).collect::<Vec<_>>(), "{p:?}: versions in date order");
            }
        }
    }
}
