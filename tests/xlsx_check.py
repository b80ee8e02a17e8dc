#!/usr/bin/env python3
"""The XLSX export (the annex tables as a workbook) read back by real consumers.

Without arguments: every preset (crates/tym-core/presets/*.json) in Finnish, Swedish and English, the
large synthetic agreement (`tym synth`: seven parties, 300 staff rows, items with amounts split by
every rule) and one preset with formula-looking and control-character texts typed in, is exported with
`tym render FILE --format xlsx --lang L --out OUT.xlsx` and
  - every part of the ZIP is well-formed XML and no worksheet has a formula (`<f>`);
  - openpyxl opens it without a warning; the sheets are named in the language; every cell that holds
    a figure is a number (persons int, FTE, euros and weights int or float), none is a formula, and
    a text starting with = + - @ is a string marked with a quote prefix;
  - the staffing sheet has every staff row of the file with its persons and FTE, the subtotals and
    the total; the cost sheet every item with its amount, shares that add up to it and the totals
    per party; the steering-group sheet every seat; the municipalities sheet every municipality;
  - LibreOffice Calc converts every sheet to CSV (`soffice --headless --convert-to csv`) and the
    staffing CSV has the staff rows with their figures, and the typed formulas as text.
Prints one line per workbook and ends with "N passed, N failed"; exit 1 when one failed.

With a file: `python3 tests/xlsx_check.py FILE.xlsx` prints what openpyxl read as JSON (sheets, rows,
the counts of numbers, formulas and warnings) for the end-to-end test.

Environment:
  TYM  path of a prebuilt `tym` binary (default: `cargo run -q -p tym-core --bin tym --`)
"""
import csv
import json
import os
import shlex
import subprocess
import sys
import tempfile
import warnings
import xml.dom.minidom
import zipfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
PRESETS = sorted((ROOT / "crates" / "tym-core" / "presets").glob("*.json"))
LANGS = ["fi", "sv", "en"]
SHEETS = {
    "fi": ["Henkilöstö", "Johtoryhmä", "Kustannusjako", "Kunnat"],
    "sv": ["Personal", "Ledningsgrupp", "Kostnadsfördelning", "Kommuner"],
    "en": ["Staffing", "Steering group", "Cost split", "Municipalities"],
}
STAFF_HEADER = {
    "fi": ["Osapuoli", "Osa-alue", "Tehtävä / nimike", "Sektori", "Henkilöitä", "Htv"],
    "sv": ["Part", "Delområde", "Uppgift / titel", "Sektor", "Personer", "Årsverken"],
    "en": ["Party", "Sub-area", "Role / title", "Sector", "Persons", "FTE"],
}
# Typed into the injected preset: each must come back as the same text, never evaluated.
FORMULAS = ["=1+1", "@SUM(A1)", "+2", "-3", '=HYPERLINK("http://example.invalid","x")']


def tym_cmd():
    tym = os.environ.get("TYM")
    return shlex.split(tym) if tym else ["cargo", "run", "-q", "-p", "tym-core", "--bin", "tym", "--"]


def export(src, lang, out):
    run = subprocess.run(tym_cmd() + ["render", str(src), "--format", "xlsx", "--lang", lang, "--out", str(out)],
                         cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError(f"tym render --format xlsx failed ({run.returncode}): {run.stderr}")


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def read(path):
    """What openpyxl and the ZIP say: sheets with rows of (value, data_type, bold, quote_prefix)."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            xml.dom.minidom.parseString(data)
            if name.startswith("xl/worksheets/") and (b"<f>" in data or b"<f " in data):
                raise AssertionError(f"{name} has a formula")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        sheets[ws.title] = [
            [(c.value, c.data_type, bool(c.font and c.font.b), bool(c.quotePrefix)) for c in row]
            for row in ws.iter_rows()
        ]
    return {"sheets": sheets, "warnings": [str(w.message) for w in caught]}


def values(rows):
    return [[c[0] for c in r] for r in rows]


def check(path, agreement, lang, injected=False):
    got = read(path)
    assert not got["warnings"], f"openpyxl warned: {got['warnings']}"
    sheets = got["sheets"]
    assert list(sheets) == SHEETS[lang], list(sheets)
    for name, rows in sheets.items():
        for r in rows:
            for value, dtype, _, quote in r:
                assert dtype != "f", f"{name}: a formula cell {value!r}"
                if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
                    assert dtype == "s" and quote, f"{name}: {value!r} is not a quoted string ({dtype}, {quote})"
    staff, seats, costs, munis = (sheets[n] for n in SHEETS[lang])
    parties = [p["id"] for p in agreement.get("parties", [])]

    # Staffing: the rows of each party in the agreement's order (as the document has them), then
    # the rows of a party the agreement lacks; persons int, FTE a number.
    assert values(staff[:1])[0] == STAFF_HEADER[lang], values(staff[:1])
    rows = agreement.get("staffing", {}).get("rows", [])
    want = [r for p in parties for r in rows if r.get("party") == p] + [r for r in rows if r.get("party") not in parties]
    data = [r for r in staff[1:] if not r[0][2]]
    assert len(data) == len(want), f"{len(data)} staff rows, the file has {len(want)}"
    for got_row, w in zip(data, want):
        role, persons, fte = got_row[2][0], got_row[4][0], got_row[5][0]
        if not injected:
            assert role == w.get("role", "") or (role is None and not w.get("role")), (role, w)
        if w.get("persons") is not None:
            assert isinstance(persons, int) and persons == w["persons"], (persons, w)
        else:
            assert persons is None, persons
        if w.get("fte") is not None:
            assert is_number(fte) and abs(fte - float(w["fte"])) < 1e-9, (fte, w)
        else:
            assert fte is None, fte
    if rows:
        total = staff[-1]
        assert total[0][2], "the total row is bold"
        assert total[4][0] == sum(r.get("persons") or 0 for r in rows), total
        assert abs(total[5][0] - sum(float(r.get("fte") or 0) for r in rows)) < 1e-6, total

    # Steering group: one row per seat.
    assert len(seats) - 1 == len(agreement.get("steering_group", {}).get("seats", [])), len(seats)

    # Cost split: per item its amount; the shares add up to it when split; totals per party.
    items = agreement.get("costs", {}).get("items", [])
    n = len(parties)
    assert len(costs[0]) == 2 + n + 1 + n + 1, values(costs[:1])
    for item, r in zip(items, costs[1:]):
        assert r[0][0] == item["name"] or injected, (r[0][0], item["name"])
        amount = r[2 + n][0]
        assert is_number(amount) and abs(amount - item.get("amount", 0) / 100) < 0.005, (amount, item)
        shares = [c[0] for c in r[2:2 + n] if c[0] is not None]
        assert all(is_number(s) for s in shares), shares
        assert not shares or abs(sum(shares) - amount) < 0.005, (shares, amount)
        weights = [c[0] for c in r[3 + n:3 + 2 * n] if c[0] is not None]
        assert all(is_number(w) for w in weights), weights
    if items:
        total = costs[-1]
        assert total[0][2] and len(costs) == len(items) + 2, values(costs)
        for i in range(n):
            column = [r[2 + i][0] or 0 for r in costs[1:-1]]
            assert abs(total[2 + i][0] - sum(column)) < 0.005, (i, total[2 + i][0], column)
        assert abs(total[2 + n][0] - sum(r[2 + n][0] for r in costs[1:-1])) < 0.005
    else:
        assert len(costs) == 1

    # Municipalities: every one, by name.
    names = [m["name"] for m in agreement.get("area", {}).get("municipalities", [])]
    assert [r[0][0] for r in munis[1:]] == names or injected, ([r[0][0] for r in munis[1:]], names)
    for r in munis[1:]:
        assert all(c[0] is None or is_number(c[0]) for c in r[3:5]), values([r])
    return sheets


def libreoffice_csv(files, out):
    """Every sheet of every file as CSV (UTF-8, comma, raw values): {file stem: {sheet: rows}}."""
    run = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{out}/profile", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", str(out)]
        + [str(f) for f in files],
        capture_output=True, text=True, timeout=600,
    )
    if run.returncode != 0 or "Error" in run.stderr:
        raise AssertionError(f"LibreOffice failed: {run.stderr}")
    result = {}
    for f in files:
        result[f.stem] = {}
        for c in Path(out).glob(f"{f.stem}-*.csv"):
            with open(c, encoding="utf-8", newline="") as fh:
                result[f.stem][c.stem[len(f.stem) + 1:]] = list(csv.reader(fh))
    return result


def check_csv(sheets_csv, sheets, lang, injected=False):
    staff_name = SHEETS[lang][0]
    assert set(SHEETS[lang]) <= set(sheets_csv), f"LibreOffice wrote {sorted(sheets_csv)}"
    rows = sheets_csv[staff_name]
    want = sheets[staff_name]
    assert len(rows) == len(want), f"{len(rows)} CSV rows, {len(want)} in the sheet"
    for csv_row, row in zip(rows[1:], want[1:]):
        if row[2][0] is not None:
            assert csv_row[2] == row[2][0], (csv_row, row[2][0])
        for i in (4, 5):
            if row[i][0] is not None:
                assert abs(float(csv_row[i]) - row[i][0]) < 1e-9, (csv_row, row[i][0])
    if injected:
        flat = {c for sheet in sheets_csv.values() for r in sheet for c in r}
        for f in FORMULAS:
            assert f in flat, f"{f!r} did not come back as text from LibreOffice"


def injected_preset(directory):
    """A preset with texts that read as formulas and a control character."""
    src = ROOT / "crates" / "tym-core" / "presets" / "lantinen-pirkanmaa.json"
    doc = json.loads(src.read_text(encoding="utf-8"))
    a = doc["agreement"]
    rows = a["staffing"]["rows"]
    rows[0]["role"] = FORMULAS[0]
    rows[1]["role"] = FORMULAS[1] + "\u0007"
    a["steering_group"]["seats"][0]["member"] = FORMULAS[2]
    a["steering_group"]["seats"][0]["deputy"] = FORMULAS[3]
    a["area"]["municipalities"][0]["name"] = FORMULAS[4]
    a["costs"]["items"][0]["name"] = "=" + a["costs"]["items"][0]["name"]
    path = Path(directory) / "injected.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path, a


def main():
    if len(sys.argv) == 2:
        got = read(sys.argv[1])
        cells = [c for rows in got["sheets"].values() for r in rows for c in r]
        print(json.dumps({
            "sheets": list(got["sheets"]),
            "rows": {k: values(v) for k, v in got["sheets"].items()},
            "numbers": sum(1 for c in cells if is_number(c[0])),
            "formulas": sum(1 for c in cells if c[1] == "f"),
            "warnings": got["warnings"],
        }, ensure_ascii=False))
        return 0
    passed, failed = 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cases = []
        for p in PRESETS:
            agreement = json.loads(p.read_text(encoding="utf-8"))["agreement"]
            for lang in LANGS:
                cases.append((p.stem, p, agreement, lang, False))
        synth = tmp / "synth.json"
        subprocess.run(tym_cmd() + ["synth", str(synth)], cwd=ROOT, check=True)
        agreement = json.loads(synth.read_text(encoding="utf-8"))["agreement"]
        cases.extend(("synth", synth, agreement, lang, False) for lang in LANGS)
        src, agreement = injected_preset(tmp)
        cases.extend(("injected", src, agreement, lang, True) for lang in LANGS)
        done = []
        for name, src, agreement, lang, injected in cases:
            out = tmp / f"{name}-{lang}.xlsx"
            try:
                export(src, lang, out)
                sheets = check(out, agreement, lang, injected)
                done.append((out, sheets, lang, injected))
            except AssertionError as e:
                failed += 1
                print(f"FAIL {out.name}: {e}")
        try:
            converted = libreoffice_csv([d[0] for d in done], tmp / "csv")
        except (AssertionError, subprocess.TimeoutExpired) as e:
            print(f"FAIL LibreOffice: {e}")
            converted = {}
        for out, sheets, lang, injected in done:
            try:
                check_csv(converted.get(out.stem, {}), sheets, lang, injected)
                passed += 1
                print(f"ok   {out.name}: {', '.join(f'{k} {len(v) - 1}' for k, v in sheets.items())}")
            except AssertionError as e:
                failed += 1
                print(f"FAIL {out.name} (LibreOffice CSV): {e}")
    print(f"xlsx: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
