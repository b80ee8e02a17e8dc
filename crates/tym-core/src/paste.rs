//! A block pasted from a spreadsheet into one of the editor's tables, as a spreadsheet takes it:
//! the block's rows and columns land from the cell where it was pasted, overwriting the rows below
//! it and adding rows past the end. Excel and LibreOffice copy tab-separated text (CRLF, cells with a
//! line break or tab in quotes); the app's own CSV export (`csv::staff`, `;`-separated) is read too.
//!
//! A first row made of column headers (in Finnish, Swedish or English, or the export's own) maps the
//! columns by their header, in any order; otherwise they land by position from the pasted cell. A
//! party cell is matched by name, by kind ("Kela", "Hyvinvointialue") or by a part of the name;
//! numbers take "1,5" or "1.5" within `limits`. Nothing is guessed: every cell that cannot be read
//! is named (line, column, value, why) and then nothing is applied. The lazy module shows the
//! preview; the app applies the result as one undoable edit (`take_list`).

use crate::escape::{clean_text, formula_like};
use crate::model::{Agreement, Municipality, PartyId, Seat, SeatRole, Sector, Signatory, StaffRow, StatedTotal};
use crate::num::Dec;
use crate::{limits, Lang, Msg};

/// How a column's cells are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A party of the agreement; `required`: an empty cell is an error (a staff row has a party).
    Party {
        required: bool,
    },
    Sector,
    SeatRole,
    /// A whole number up to `max`; empty is none.
    Count {
        max: u64,
    },
    /// An FTE within `limits::FTE`; `required`: an empty cell is an error.
    Fte {
        required: bool,
    },
    /// Yes / no.
    Bool,
}

/// One edited column of a table, in the order the editor shows them.
#[derive(Debug)]
pub struct Column {
    /// The item's field (as in the editor's field ids).
    pub field: &'static str,
    /// The column's header in the editor (and the CSV export).
    pub label: Msg,
    pub kind: Kind,
}

/// A table that takes a paste.
pub struct TableDef {
    /// The list's model path, as in `TableSpec` and `limits`.
    pub path: &'static str,
    pub columns: &'static [Column],
    len: fn(&Agreement) -> usize,
    /// Appends the item a new row of the editor starts as.
    push: fn(&mut Agreement),
    set: fn(&mut Agreement, usize, &str, Value),
}

const fn col(field: &'static str, label: Msg, kind: Kind) -> Column {
    Column { field, label, kind }
}

const PEOPLE: Kind = Kind::Count { max: limits::PEOPLE };

/// Every table of the editor that takes a paste. (The parties' table does not: a party is made one
/// by one, with its kind and business ID checked.)
pub static TABLES: &[TableDef] = &[
    TableDef {
        path: "staffing.rows",
        columns: &[
            col("party", Msg::UiParty, Kind::Party { required: true }),
            col("sub_area", Msg::UiSubArea, Kind::Text),
            col("role", Msg::UiRole, Kind::Text),
            col("sector", Msg::UiSector, Kind::Sector),
            col("persons", Msg::UiPersons, Kind::Count { max: limits::PERSONS as u64 }),
            col("fte", Msg::UiFte, Kind::Fte { required: false }),
        ],
        len: |a| a.staffing.rows.len(),
        push: |a| {
            let party = a.parties.first().map(|p| p.id.clone()).unwrap_or_default();
            a.staffing.rows.push(StaffRow { party, ..Default::default() }.into())
        },
        set: |a, i, f, v| {
            let sub_areas = a.area.sub_areas.clone();
            let Some(r) = a.staffing.rows.get_mut(i) else { return };
            match (f, v) {
                ("party", Value::Party(Some(p))) => r.party = p,
                // The export prints a sub-area's name; the row keeps its code.
                ("sub_area", Value::Text(t)) => {
                    let code = sub_areas.iter().find(|s| s.name.eq_ignore_ascii_case(&t)).map(|s| s.id.clone());
                    r.sub_area = code.or(Some(t)).filter(|t| !t.is_empty())
                }
                ("role", Value::Text(t)) => r.role = t,
                ("sector", Value::Sector(s)) => r.sector = s,
                ("persons", Value::Count(n)) => r.persons = n.map(|n| n as u32),
                ("fte", Value::Dec(d)) => r.fte = d,
                _ => {}
            }
        },
    },
    TableDef {
        path: "steering_group.seats",
        columns: &[
            col("party", Msg::UiParty, Kind::Party { required: false }),
            col("organisation", Msg::UiOrganisation, Kind::Text),
            col("sector", Msg::UiSector, Kind::Sector),
            col("role", Msg::UiSeatRole, Kind::SeatRole),
            col("member", Msg::UiMember, Kind::Text),
            col("deputy", Msg::UiDeputy, Kind::Text),
        ],
        len: |a| a.steering_group.seats.len(),
        push: |a| a.steering_group.seats.push(Seat::default()),
        set: |a, i, f, v| {
            let Some(s) = a.steering_group.seats.get_mut(i) else { return };
            match (f, v) {
                ("party", Value::Party(p)) => s.party = p,
                ("organisation", Value::Text(t)) => s.organisation = t,
                ("sector", Value::Sector(x)) => s.sector = x,
                ("role", Value::Role(r)) => s.role = r,
                ("member", Value::Text(t)) => s.member = t,
                ("deputy", Value::Text(t)) => s.deputy = t,
                _ => {}
            }
        },
    },
    TableDef {
        path: "area.municipalities",
        columns: &[
            col("name", Msg::UiMunicipality, Kind::Text),
            col("authority", Msg::UiMunicipalityAuthority, Kind::Party { required: false }),
            col("population", Msg::UiPopulation, PEOPLE),
            col("clients", Msg::UiClients, PEOPLE),
        ],
        len: |a| a.area.municipalities.len(),
        push: |a| a.area.municipalities.push(Municipality::default()),
        set: |a, i, f, v| {
            let Some(m) = a.area.municipalities.get_mut(i) else { return };
            match (f, v) {
                ("name", Value::Text(t)) => m.name = t,
                ("authority", Value::Party(p)) => m.authority = p,
                ("population", Value::Count(n)) => m.population = n,
                ("clients", Value::Count(n)) => m.clients = n,
                _ => {}
            }
        },
    },
    TableDef {
        path: "services.entries",
        columns: &[
            col("party", Msg::UiParty, Kind::Party { required: false }),
            col("service", Msg::UiService, Kind::Text),
        ],
        len: |a| a.services.entries.len(),
        push: |a| a.services.entries.push(Default::default()),
        set: |a, i, f, v| {
            let Some(e) = a.services.entries.get_mut(i) else { return };
            match (f, v) {
                ("party", Value::Party(p)) => e.party = p,
                ("service", Value::Text(t)) => e.service = t,
                _ => {}
            }
        },
    },
    TableDef {
        path: "signatures.signatories",
        columns: &[
            col("party", Msg::UiParty, Kind::Party { required: false }),
            col("title", Msg::UiSignatoryTitle, Kind::Text),
            col("name", Msg::UiSignatoryName, Kind::Text),
        ],
        len: |a| a.signatures.signatories.len(),
        push: |a| a.signatures.signatories.push(Signatory::default()),
        set: |a, i, f, v| {
            let Some(s) = a.signatures.signatories.get_mut(i) else { return };
            match (f, v) {
                ("party", Value::Party(p)) => s.party = p,
                ("title", Value::Text(t)) => s.title = t,
                ("name", Value::Text(t)) => s.name = t,
                _ => {}
            }
        },
    },
    TableDef {
        path: "area.sub_areas",
        columns: &[
            col("id", Msg::UiSubAreaCode, Kind::Text),
            col("name", Msg::UiSubAreaName, Kind::Text),
            col("clients", Msg::UiClients, PEOPLE),
        ],
        len: |a| a.area.sub_areas.len(),
        push: |a| a.area.sub_areas.push(Default::default()),
        set: |a, i, f, v| {
            let Some(s) = a.area.sub_areas.get_mut(i) else { return };
            match (f, v) {
                ("id", Value::Text(t)) => s.id = t,
                ("name", Value::Text(t)) => s.name = t,
                ("clients", Value::Count(n)) => s.clients = n,
                _ => {}
            }
        },
    },
    TableDef {
        path: "staffing.stated_totals",
        columns: &[
            col("party", Msg::UiParty, Kind::Party { required: true }),
            col("wording", Msg::UiWording, Kind::Text),
            col("fte", Msg::UiFte, Kind::Fte { required: true }),
            col("approximate", Msg::UiApproximate, Kind::Bool),
        ],
        len: |a| a.staffing.stated_totals.len(),
        push: |a| {
            let party = a.parties.first().map(|p| p.id.clone()).unwrap_or_default();
            a.staffing.stated_totals.push(StatedTotal { party, ..Default::default() })
        },
        set: |a, i, f, v| {
            let Some(t) = a.staffing.stated_totals.get_mut(i) else { return };
            match (f, v) {
                ("party", Value::Party(Some(p))) => t.party = p,
                ("wording", Value::Text(w)) => t.wording = w,
                ("fte", Value::Dec(Some(d))) => t.fte = d,
                ("approximate", Value::Bool(b)) => t.approximate = b,
                _ => {}
            }
        },
    },
];

/// The paths of `TABLES`, for the app's paste handler (which should not link the tables' readers).
pub const PASTE_TABLES: &[&str] = &[
    "staffing.rows",
    "steering_group.seats",
    "area.municipalities",
    "services.entries",
    "signatures.signatories",
    "area.sub_areas",
    "staffing.stated_totals",
];

/// The table at `path`, if it takes a paste.
pub fn table(path: &str) -> Option<&'static TableDef> {
    TABLES.iter().find(|t| t.path == path)
}

/// A cell as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Party(Option<PartyId>),
    Sector(Sector),
    Role(SeatRole),
    Count(Option<u64>),
    Dec(Option<Dec>),
    Bool(bool),
}

impl Value {
    /// The value as the editor would show it.
    pub fn show(&self, a: &Agreement, lang: Lang) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Party(p) => p.as_deref().map(|p| a.party_name(p, lang)).unwrap_or_default(),
            Value::Sector(s) => lang.t(s.label()).to_string(),
            Value::Role(r) => lang.t(r.label()).to_string(),
            Value::Count(n) => n.map(|n| n.to_string()).unwrap_or_default(),
            Value::Dec(d) => d.map(|d| lang.dec(d)).unwrap_or_default(),
            Value::Bool(b) => lang.t(if *b { Msg::PasteYes } else { Msg::PasteNo }).to_string(),
        }
    }
}

/// Why a cell cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    UnknownParty,
    /// Several parties answer to it ("Hyvinvointialue" with two counties).
    AmbiguousParty,
    Empty,
    NotWholeNumber,
    NotNumber,
    OutOfRange,
    UnknownSector,
    UnknownRole,
    NotYesNo,
    TooLong,
}

impl Why {
    pub fn msg(self) -> Msg {
        match self {
            Why::UnknownParty => Msg::PasteWhyUnknownParty,
            Why::AmbiguousParty => Msg::PasteWhyAmbiguousParty,
            Why::Empty => Msg::PasteWhyEmpty,
            Why::NotWholeNumber => Msg::PasteWhyNotWholeNumber,
            Why::NotNumber => Msg::PasteWhyNotNumber,
            Why::OutOfRange => Msg::PasteWhyOutOfRange,
            Why::UnknownSector => Msg::PasteWhyUnknownSector,
            Why::UnknownRole => Msg::PasteWhyUnknownRole,
            Why::NotYesNo => Msg::PasteWhyNotYesNo,
            Why::TooLong => Msg::PasteWhyTooLong,
        }
    }
}

/// A cell that cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    /// 1-based line of the pasted block (the header row counts).
    pub line: usize,
    pub column: Msg,
    /// The cell as pasted (at most 60 characters of it).
    pub value: String,
    pub why: Why,
}

impl CellError {
    /// "Rivi 3, Htv: ”kaksi” — ei ole luku."
    pub fn message(&self, lang: Lang) -> String {
        lang.fmt(
            Msg::PasteCellError,
            &[&self.line.to_string(), lang.t(self.column), &self.value, lang.t(self.why.msg())],
        )
    }
}

/// One pasted row: where it lands and its read cells (column index in `TableDef::columns`, value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedRow {
    /// 1-based line of the pasted block.
    pub line: usize,
    /// The list index it overwrites or, past the end, adds.
    pub target: usize,
    pub new: bool,
    pub cells: Vec<(usize, Value)>,
}

/// What a paste would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub table: &'static TableDef,
    /// The first row was column headers.
    pub header: bool,
    /// Per pasted column: the table's column it lands in, or `None` (left out: no such header, or
    /// past the table's last column).
    pub mapping: Vec<Option<usize>>,
    /// The pasted columns' headers (or their 1-based numbers), for saying which were left out.
    pub sources: Vec<String>,
    pub rows: Vec<PlannedRow>,
    pub errors: Vec<CellError>,
    /// The rows would make the list longer than the file format allows.
    pub too_many: bool,
}

impl PartialEq for TableDef {
    fn eq(&self, o: &Self) -> bool {
        self.path == o.path
    }
}
impl Eq for TableDef {}
impl std::fmt::Debug for TableDef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.path)
    }
}

impl Plan {
    /// Nothing stops it.
    pub fn ok(&self) -> bool {
        self.errors.is_empty() && !self.too_many && !self.rows.is_empty()
    }
}

/// Whether a pasted text is a block (several cells) rather than a single value, which pastes into
/// the field as usual. Excel ends even a single copied cell with a line break. A spreadsheet's range
/// has a tab between its cells, or, as one column, comes with an HTML table beside the text
/// (`html_table`); the app's CSV has `;` on its first line. A wrapped sentence copied from Word or a
/// PDF has line breaks but none of these, and goes into the field.
pub fn is_block(text: &str, html_table: bool) -> bool {
    let text = text.trim_end_matches(['\r', '\n']);
    let lines = text.contains(['\n', '\r']);
    text.contains('\t') || (lines && (html_table || text.lines().next().is_some_and(|l| l.contains(';'))))
}

/// The cells of a pasted text: tab-separated (the spreadsheets' clipboard), or, when its first row
/// has no tab outside quotes, `;`-separated (the app's CSV). A cell in quotes may hold the separator, line
/// breaks and `""`; blank lines are dropped.
pub fn grid(text: &str) -> Vec<Vec<String>> {
    numbered(text).into_iter().map(|(_, row)| row).collect()
}

/// `grid` with each row's 1-based line in the block as the spreadsheet showed it (blank rows
/// counted), which a cell's error names.
fn numbered(text: &str) -> Vec<(usize, Vec<String>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Told by the first row: a text in the app's CSV may itself hold a tab.
    let tabs = split(text, '\t');
    if tabs.first().is_some_and(|(_, r)| r.len() > 1) {
        tabs
    } else {
        split(text, ';')
    }
}

fn split(text: &str, sep: char) -> Vec<(usize, Vec<String>)> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            c if c == sep => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut cell));
                rows.push((rows.len() + 1, std::mem::take(&mut row)));
                at_start = true;
            }
            c => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push((rows.len() + 1, row));
    }
    rows.retain(|(_, r)| r.iter().any(|c| !c.trim().is_empty()));
    rows
}

/// A header or label as compared: lower case, single spaces, no trailing colon.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").trim_end_matches(':').to_lowercase()
}

/// The ways a column's header may be written: its label in every language, the part before " / "
/// ("Tehtävä / nimike") and the last word ("Varajäsen" of "Henkilökohtainen varajäsen").
fn header_matches(c: &Column, cell: &str) -> bool {
    let cell = norm(cell);
    !cell.is_empty()
        && Lang::ALL.iter().any(|l| {
            let label = norm(l.t(c.label));
            label == cell
                || label.split(" / ").next() == Some(cell.as_str())
                || (label.contains(' ') && label.rsplit(' ').next() == Some(cell.as_str()))
        })
}

/// A cell's text as the model keeps it: control characters dropped, line breaks and tabs inside
/// it as spaces (the editor's fields are single lines), and the apostrophe the CSV export puts
/// before a formula-looking text removed.
fn cell_text(raw: &str) -> String {
    let t = clean_text(raw).replace(['\r', '\n', '\t'], " ");
    let t = t.trim();
    match t.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest.to_string(),
        _ => t.to_string(),
    }
}

/// What a paste of `text` at row `at_row`, field `at_field` of the table `path` would do; `None`
/// when the table takes no paste or the text has no cell.
pub fn plan(a: &Agreement, path: &str, text: &str, at_row: usize, at_field: &str) -> Option<Plan> {
    let table = table(path)?;
    let cells = numbered(text);
    let (_, first) = cells.first()?;
    let width = cells.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    // A header row: at least half of its filled cells name a column, and one of them is not a seat's
    // role ("jäsen" is both a value of the role column and the member column's header).
    let filled = first.iter().filter(|c| !c.trim().is_empty()).count();
    let names = |c: &&String| table.columns.iter().any(|col| header_matches(col, c));
    let named = first.iter().filter(names).count();
    let header = named * 2 >= filled && first.iter().filter(names).any(|c| seat_role(c).is_none());
    let mut mapping = Vec::with_capacity(width);
    let mut sources = Vec::with_capacity(width);
    if header {
        for j in 0..width {
            let h = first.get(j).map(String::as_str).unwrap_or("");
            let target = table
                .columns
                .iter()
                .enumerate()
                .find(|(i, c)| !mapping.contains(&Some(*i)) && header_matches(c, h))
                .map(|(i, _)| i);
            mapping.push(target);
            sources.push(h.trim().to_string());
        }
    } else {
        let start = table.columns.iter().position(|c| c.field == at_field).unwrap_or(0);
        for j in 0..width {
            mapping.push(Some(start + j).filter(|&i| i < table.columns.len()));
            sources.push((j + 1).to_string());
        }
    }
    let len = (table.len)(a);
    let data = &cells[usize::from(header)..];
    let mut rows = Vec::with_capacity(data.len());
    let mut errors = Vec::new();
    for (k, (line, src)) in data.iter().enumerate() {
        let line = *line;
        let target = at_row.saturating_add(k);
        let mut read = Vec::new();
        for (j, raw) in src.iter().enumerate() {
            let Some(Some(ci)) = mapping.get(j) else { continue };
            let column = &table.columns[*ci];
            let text = cell_text(raw);
            match read_cell(a, column.kind, &text) {
                Ok(v) => read.push((*ci, v)),
                Err(why) => {
                    errors.push(CellError { line, column: column.label, value: text.chars().take(60).collect(), why })
                }
            }
        }
        rows.push(PlannedRow { line, target, new: target >= len, cells: read });
    }
    let end = at_row.saturating_add(rows.len());
    let too_many = end > limits::max_items(path);
    Some(Plan { table, header, mapping, sources, rows, errors, too_many })
}

fn read_cell(a: &Agreement, kind: Kind, t: &str) -> Result<Value, Why> {
    Ok(match kind {
        Kind::Text if t.chars().count() > limits::TEXT_CHARS => return Err(Why::TooLong),
        Kind::Text => Value::Text(t.to_string()),
        Kind::Party { required } if t.is_empty() => {
            if required {
                return Err(Why::Empty);
            }
            Value::Party(None)
        }
        Kind::Party { .. } => Value::Party(Some(party(a, t)?)),
        Kind::Sector => Value::Sector(sector(t).ok_or(Why::UnknownSector)?),
        Kind::SeatRole if t.is_empty() => Value::Role(SeatRole::default()),
        Kind::SeatRole => Value::Role(seat_role(t).ok_or(Why::UnknownRole)?),
        Kind::Count { .. } if t.is_empty() => Value::Count(None),
        Kind::Count { max } => {
            let digits: String = t.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
            let n = digits.parse::<u64>().map_err(|_| Why::NotWholeNumber)?;
            if n > max {
                return Err(Why::OutOfRange);
            }
            Value::Count(Some(n))
        }
        Kind::Fte { required } if t.is_empty() => {
            if required {
                return Err(Why::Empty);
            }
            Value::Dec(None)
        }
        Kind::Fte { .. } => {
            let d = Dec::parse(t).ok_or(Why::NotNumber)?;
            if !limits::FTE.range().contains(&d.0) {
                return Err(Why::OutOfRange);
            }
            Value::Dec(Some(d))
        }
        Kind::Bool => {
            let t = norm(t);
            let yes = ["x", "1", "kyllä", "k", "ja", "j", "yes", "y", "true", "n.", "noin", "cirka", "ca", "about"];
            let no = ["", "0", "ei", "e", "nej", "no", "false", "-"];
            let is = |w: &[&str], m: Msg| w.contains(&t.as_str()) || Lang::ALL.iter().any(|l| norm(l.t(m)) == t);
            if is(&yes, Msg::PasteYes) {
                Value::Bool(true)
            } else if is(&no, Msg::PasteNo) {
                Value::Bool(false)
            } else {
                return Err(Why::NotYesNo);
            }
        }
    })
}

/// The party a cell names: its name in either language, the name every output gives it (which
/// for a party without a name is its kind with a note), its kind ("Kela", "Hyvinvointialue",
/// "Välfärdsområde") or a part of one name; its internal id too, which older pastes used.
pub fn party(a: &Agreement, cell: &str) -> Result<PartyId, Why> {
    let c = norm(cell);
    let one = |ids: Vec<&PartyId>| -> Option<Result<PartyId, Why>> {
        match ids.as_slice() {
            [] => None,
            [id] => Some(Ok((*id).clone())),
            _ => Some(Err(Why::AmbiguousParty)),
        }
    };
    let exact: Vec<&PartyId> = a
        .parties
        .iter()
        .filter(|p| {
            norm(&p.name_fi) == c
                || norm(&p.name_sv) == c
                || Lang::ALL.iter().any(|&l| norm(&a.party_name(&p.id, l)) == c)
        })
        .map(|p| &p.id)
        .collect();
    if let Some(r) = one(exact) {
        return r;
    }
    if let Some(p) = a.parties.iter().find(|p| p.id == cell.trim()) {
        return Ok(p.id.clone());
    }
    // A kind's label, or the parts of it ("Kansaneläkelaitos (Kela)": "Kela", "Kansaneläkelaitos").
    let kind_named = |k: crate::model::PartyKind| {
        Lang::ALL.iter().any(|l| {
            let label = norm(l.t(k.label()));
            label == c || label.split(['(', ')']).map(str::trim).any(|part| !part.is_empty() && part == c)
        })
    };
    let by_kind: Vec<&PartyId> = a.parties.iter().filter(|p| kind_named(p.kind)).map(|p| &p.id).collect();
    if let Some(r) = one(by_kind) {
        return r;
    }
    // A part of a name ("Pirkanmaan" of "Pirkanmaan hyvinvointialue"), at least three letters.
    if c.chars().count() >= 3 {
        let partial: Vec<&PartyId> = a
            .parties
            .iter()
            .filter(|p| norm(&p.name_fi).contains(&c) || norm(&p.name_sv).contains(&c))
            .map(|p| &p.id)
            .collect();
        if let Some(r) = one(partial) {
            return r;
        }
    }
    Err(Why::UnknownParty)
}

/// A sector's word in Finnish, Swedish or English (the start of it is enough: "sosiaali").
fn sector(t: &str) -> Option<Sector> {
    let t = norm(t);
    if t.is_empty() {
        return Some(Sector::Other);
    }
    let starts = |words: &[&str]| words.iter().any(|w| t.starts_with(w));
    Some(if starts(&["sosiaali", "social"]) {
        Sector::Social
    } else if starts(&["terve", "häls", "hals", "health", "sjuk"]) {
        Sector::Health
    } else if starts(&["työ", "tyo", "arbets", "employ"]) {
        Sector::Employment
    } else if starts(&["kunto", "rehab"]) {
        Sector::Rehabilitation
    } else if starts(&["muu", "övr", "ovr", "other"]) {
        Sector::Other
    } else {
        return None;
    })
}

fn seat_role(t: &str) -> Option<SeatRole> {
    let t = norm(t);
    [SeatRole::Chair, SeatRole::ViceChair, SeatRole::Member, SeatRole::Secretary, SeatRole::Expert]
        .into_iter()
        .find(|r| Lang::ALL.iter().any(|l| norm(l.t(r.label())) == t))
}

/// The agreement after the paste (on a copy): only the plan's list changes.
pub fn apply(a: &mut Agreement, plan: &Plan) {
    for row in &plan.rows {
        while (plan.table.len)(a) <= row.target {
            (plan.table.push)(a);
        }
        for (ci, v) in &row.cells {
            (plan.table.set)(a, row.target, plan.table.columns[*ci].field, v.clone());
        }
    }
}

/// Takes the list at `path` over from `from` (the agreement the lazy module pasted into): how the
/// app applies a paste as one edit, leaving the rest of the agreement as it is now.
pub fn take_list(a: &mut Agreement, from: &Agreement, path: &str) {
    match path {
        "staffing.rows" => a.staffing.rows.clone_from(&from.staffing.rows),
        "steering_group.seats" => {
            // A paste overwrites rows in place and adds past the end: a composition table's
            // selection keeps its seats and gets none of the new ones.
            let n = a.steering_group.seats.len();
            a.steering_group.seats.clone_from(&from.steering_group.seats);
            a.wording.seats_renumbered(crate::lists::Change::Kept(n));
        }
        "area.municipalities" => a.area.municipalities.clone_from(&from.area.municipalities),
        "services.entries" => a.services.entries.clone_from(&from.services.entries),
        "signatures.signatories" => a.signatures.signatories.clone_from(&from.signatures.signatories),
        "area.sub_areas" => a.area.sub_areas.clone_from(&from.area.sub_areas),
        "staffing.stated_totals" => a.staffing.stated_totals.clone_from(&from.staffing.stated_totals),
        _ => {}
    }
}

/// The editable columns of a table as `;`-separated CSV (the export's format: a byte-order mark,
/// CRLF, every text through `escape::csv_cell`), one line per item: what a paste reads back.
pub fn to_csv(a: &Agreement, path: &str, lang: Lang) -> String {
    use crate::escape::csv_cell;
    let Some(t) = table(path) else { return String::new() };
    let mut out = String::from("\u{feff}");
    let line = |out: &mut String, cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| csv_cell(c, ';')).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    };
    line(&mut out, t.columns.iter().map(|c| lang.t(c.label).to_string()).collect());
    for i in 0..(t.len)(a) {
        line(&mut out, t.columns.iter().map(|c| cell_of(a, path, i, c.field, lang)).collect());
    }
    out
}

/// One cell of the CSV: as the editor shows it, a party by its name, a sub-area by its name.
fn cell_of(a: &Agreement, path: &str, i: usize, field: &str, lang: Lang) -> String {
    let party = |p: Option<&str>| p.map(|p| a.party_name(p, lang)).unwrap_or_default();
    let count = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    let dec = |d: Option<Dec>| d.map(|d| lang.dec(d)).unwrap_or_default();
    match path {
        "staffing.rows" => {
            let r = &a.staffing.rows[i];
            match field {
                "party" => party(Some(&r.party)),
                "sub_area" => {
                    let s = r.sub_area.clone().unwrap_or_default();
                    a.area
                        .sub_areas
                        .iter()
                        .find(|x| x.id == s)
                        .map(|x| x.name.clone())
                        .filter(|n| !n.is_empty())
                        .unwrap_or(s)
                }
                "role" => r.role.clone(),
                "sector" => lang.t(r.sector.label()).to_string(),
                "persons" => count(r.persons.map(u64::from)),
                _ => dec(r.fte),
            }
        }
        "steering_group.seats" => {
            let s = &a.steering_group.seats[i];
            match field {
                "party" => party(s.party.as_deref()),
                "organisation" => s.organisation.clone(),
                "sector" => lang.t(s.sector.label()).to_string(),
                "role" => lang.t(s.role.label()).to_string(),
                "member" => s.member.clone(),
                _ => s.deputy.clone(),
            }
        }
        "area.municipalities" => {
            let m = &a.area.municipalities[i];
            match field {
                "name" => m.name.clone(),
                "authority" => party(m.authority.as_deref()),
                "population" => count(m.population),
                _ => count(m.clients),
            }
        }
        "services.entries" => {
            let e = &a.services.entries[i];
            if field == "party" {
                party(e.party.as_deref())
            } else {
                e.service.clone()
            }
        }
        "signatures.signatories" => {
            let s = &a.signatures.signatories[i];
            match field {
                "party" => party(s.party.as_deref()),
                "title" => s.title.clone(),
                _ => s.name.clone(),
            }
        }
        "area.sub_areas" => {
            let s = &a.area.sub_areas[i];
            match field {
                "id" => s.id.clone(),
                "name" => s.name.clone(),
                _ => count(s.clients),
            }
        }
        _ => {
            let t = &a.staffing.stated_totals[i];
            match field {
                "party" => party(Some(&t.party)),
                "wording" => t.wording.clone(),
                "fte" => dec(Some(t.fte)),
                _ => lang.t(if t.approximate { Msg::PasteYes } else { Msg::PasteNo }).to_string(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lp() -> Agreement {
        crate::presets::load("lantinen-pirkanmaa").unwrap().agreement
    }

    #[test]
    fn the_app_knows_every_table_that_takes_a_paste() {
        assert_eq!(TABLES.iter().map(|t| t.path).collect::<Vec<_>>(), PASTE_TABLES);
    }

    #[test]
    fn excel_cells_quotes_and_line_ends() {
        let g = grid("a\t\"b\tc\"\t\"line\r\nbreak\"\r\n\"say \"\"hi\"\"\"\t2\r\n\r\n");
        assert_eq!(g, vec![vec!["a", "b\tc", "line\r\nbreak"], vec!["say \"hi\"", "2"]]);
        let csv = grid("\u{feff}Osapuoli;Htv\r\nKela;\"1,5\"\r\n");
        assert_eq!(csv, vec![vec!["Osapuoli", "Htv"], vec!["Kela", "1,5"]]);
        assert!(is_block("a\tb", false) && !is_block("a\r\n", false) && !is_block("1,5", false));
        // One column of a spreadsheet comes with an HTML table; the app's CSV has `;`.
        assert!(is_block("a\nb", true) && is_block("\u{feff}Osapuoli;Tehtävä\r\nKela;x", false));
        // A sentence wrapped in Word or a PDF goes into the field.
        assert!(!is_block("Johtoryhmä kokoontuu\nvähintään neljä kertaa vuodessa.", false));
    }

    #[test]
    fn a_header_in_another_order_maps_the_columns_and_kela_is_matched() {
        let a = lp();
        let n = a.staffing.rows.len();
        let text = "Htv\tOsapuoli\tTehtävä\tSektori\tHenkilöitä\r\n0,8\tKela\ttyökykyneuvoja\tkuntoutus\t1\r\n\
                    1.5\thyvinvointialue\tsosiaaliohjaaja\tsosiaalipalvelut\t2\r\n";
        let plan = plan(&a, "staffing.rows", text, n, "party").unwrap();
        assert!(plan.header && plan.ok(), "{:?}", plan.errors);
        let mut b = a.clone();
        apply(&mut b, &plan);
        assert_eq!(b.staffing.rows.len(), n + 2);
        let r = &b.staffing.rows[n];
        assert_eq!(
            (r.party.as_str(), r.role.as_str(), r.sector, r.persons, r.fte),
            ("kela", "työkykyneuvoja", Sector::Rehabilitation, Some(1), Some(Dec(800)))
        );
        assert_eq!((b.staffing.rows[n + 1].party.as_str(), b.staffing.rows[n + 1].fte), ("wc", Some(Dec(1500))));
    }

    #[test]
    fn without_a_header_cells_land_from_the_pasted_cell_and_overwrite_downward() {
        let a = lp();
        let n = a.staffing.rows.len();
        // Pasted on row 2's role: role, sector, persons, FTE; the second line adds nothing past the
        // end as the table has more rows, the last column is left out.
        let plan = plan(&a, "staffing.rows", "ohjaaja\tmuu\t3\t2,5\textra\nneuvoja\ttyö\t\t", 1, "role").unwrap();
        assert!(!plan.header && plan.ok(), "{:?}", plan.errors);
        assert_eq!(plan.mapping, vec![Some(2), Some(3), Some(4), Some(5), None]);
        let mut b = a.clone();
        apply(&mut b, &plan);
        assert_eq!(b.staffing.rows.len(), n);
        assert_eq!(b.staffing.rows[0], a.staffing.rows[0]);
        let r = &b.staffing.rows[1];
        assert_eq!(
            (r.party.as_str(), r.role.as_str(), r.persons, r.fte),
            (a.staffing.rows[1].party.as_str(), "ohjaaja", Some(3), Some(Dec(2500)))
        );
        assert_eq!((b.staffing.rows[2].role.as_str(), b.staffing.rows[2].persons), ("neuvoja", None));
        // On the last row, the second line is a new row.
        let plan2 = super::plan(&a, "staffing.rows", "Kela\tx\nKela\ty", n - 1, "party").unwrap();
        assert_eq!(plan2.rows.iter().map(|r| (r.target, r.new)).collect::<Vec<_>>(), vec![(n - 1, false), (n, true)]);
    }

    /// The seats a composition table with a selection prints (Läntinen Pirkanmaa's annex 1).
    fn selected(a: &Agreement) -> Vec<u32> {
        let mut blocks = a.wording.parts.iter().flat_map(|p| &p.blocks);
        blocks
            .find_map(|b| match b {
                crate::wording::Block::Table { rows: Some(r), .. } => Some(r.clone()),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn a_pasted_seat_past_the_end_is_not_in_the_decisions_selection() {
        let mut a = lp();
        let before = selected(&a);
        let n = a.steering_group.seats.len();
        let plan = plan(&a, "steering_group.seats", "Kela\tjäsen\nKela\tuusi", n - 1, "party").unwrap();
        let mut b = a.clone();
        apply(&mut b, &plan);
        take_list(&mut a, &b, "steering_group.seats");
        assert_eq!(a.steering_group.seats.len(), n + 1);
        assert_eq!(selected(&a), before);
    }

    #[test]
    fn a_seat_row_with_a_role_is_data_not_a_header() {
        let a = lp();
        let plan = plan(&a, "steering_group.seats", "Kela\tjäsen", 0, "party").unwrap();
        assert!(!plan.header);
        assert_eq!(plan.mapping, vec![Some(0), Some(1)]);
        let header = super::plan(&a, "steering_group.seats", "Jäsen\tVarajäsen\nA\tB", 0, "party").unwrap();
        assert!(header.header, "{header:?}");
    }

    #[test]
    fn a_bad_cell_is_named_by_its_line_in_the_spreadsheet_blank_lines_counted() {
        let a = crate::presets::load("etelainen-keski-suomi").unwrap().agreement;
        let text = "Osapuoli\tHtv\n\nKela\t1\n\t\nKela\tpaljon\n";
        let plan = plan(&a, "staffing.rows", text, 0, "party").unwrap();
        assert_eq!(plan.errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![5]);
        assert_eq!(plan.rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![3, 5]);
    }

    #[test]
    fn every_bad_cell_is_named_with_why() {
        let a = crate::presets::load("etelainen-keski-suomi").unwrap().agreement;
        let text =
            "Osapuoli\tHenkilöitä\tHtv\tSektori\nministeriö\tkaksi\t1\tsosiaali\nHyvinvointialue\t1\t99999\tavaruus\n";
        let plan = plan(&a, "staffing.rows", text, a.staffing.rows.len(), "party").unwrap();
        assert!(!plan.ok());
        let got: Vec<(usize, Msg, &str, Why)> =
            plan.errors.iter().map(|e| (e.line, e.column, e.value.as_str(), e.why)).collect();
        assert_eq!(
            got,
            vec![
                (2, Msg::UiParty, "ministeriö", Why::UnknownParty),
                (2, Msg::UiPersons, "kaksi", Why::NotWholeNumber),
                (3, Msg::UiParty, "Hyvinvointialue", Why::AmbiguousParty),
                (3, Msg::UiFte, "99999", Why::OutOfRange),
                (3, Msg::UiSector, "avaruus", Why::UnknownSector),
            ]
        );
        assert_eq!(
            plan.errors[0].message(Lang::Fi),
            "Rivi 2, Osapuoli: ”ministeriö” — ei vastaa yhtään sopimuksen osapuolta."
        );
    }

    #[test]
    fn parties_by_name_kind_and_part_in_both_languages() {
        let a = lp();
        for (cell, id) in [
            ("Kela", "kela"),
            ("kela", "kela"),
            ("Kansaneläkelaitos", "kela"),
            ("Folkpensionsanstalten", "kela"),
            ("Hyvinvointialue", "wc"),
            ("hyvinvointialue", "wc"),
            ("Välfärdsområde", "wc"),
            ("Työvoimaviranomainen", "ea"),
            ("Pirkanmaan hyvinvointialue", "wc"),
            ("ea", "ea"),
        ] {
            assert_eq!(party(&a, cell).as_deref(), Ok(id), "{cell}");
        }
        assert_eq!(party(&a, "ministeriö"), Err(Why::UnknownParty));
    }

    #[test]
    fn the_csv_export_pastes_back_to_the_same_rows_for_every_table() {
        for id in ["lantinen-pirkanmaa", "keski-pohjanmaa", "etelainen-keski-suomi", "satakunta"] {
            let a = crate::presets::load(id).unwrap().agreement;
            for t in TABLES {
                for lang in Lang::ALL {
                    let what = format!("{id} {} {}", t.path, lang.code());
                    let csv = to_csv(&a, t.path, lang);
                    // Over the rows themselves: nothing changes.
                    let plan = plan(&a, t.path, &csv, 0, "").unwrap();
                    assert!(plan.header && (plan.ok() || (t.len)(&a) == 0), "{what}: {:?}", plan.errors);
                    let mut same = a.clone();
                    apply(&mut same, &plan);
                    assert_eq!(to_csv(&same, t.path, lang), csv, "{what}");
                    assert!(same == a, "{what}");
                    // Into an empty table: the same rows.
                    let mut empty = a.clone();
                    take_list(&mut empty, &Agreement::default(), t.path);
                    let into_empty = super::plan(&empty, t.path, &csv, 0, "").unwrap();
                    apply(&mut empty, &into_empty);
                    assert_eq!(to_csv(&empty, t.path, lang), csv, "{what}");
                }
            }
        }
    }
}
