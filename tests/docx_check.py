"""Reads an exported DOCX back with real consumers and prints what they found as JSON: every XML part
well-formed, python-docx and docx2python open it (docx2python needs every namespace declared in every
part), LibreOffice converts it to text without an error, the document properties and the running
header. Usage: python3 tests/docx_check.py FILE.docx"""
import json
import subprocess
import sys
import tempfile
import zipfile
import xml.dom.minidom
from pathlib import Path

import docx
from docx2python import docx2python

path = sys.argv[1]
parts = {}
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        xml.dom.minidom.parseString(z.read(name))
        parts[name] = True
d = docx.Document(path)
headings = [p.text for p in d.paragraphs if p.style.name.lower().startswith("heading")]
with docx2python(path) as r:
    words = len(r.text.split())
with tempfile.TemporaryDirectory() as out:
    run = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{out}/profile", "--headless", "--convert-to", "txt:Text", "--outdir", out, path],
        capture_output=True, text=True, timeout=180,
    )
    txt = Path(out, Path(path).stem + ".txt")
    lo_text = txt.read_text(encoding="utf-8-sig") if txt.exists() else ""
print(json.dumps({
    "parts": sorted(parts),
    "title": d.core_properties.title,
    "header": [p.text for s in d.sections for p in s.header.paragraphs],
    "headings": headings,
    "text": "\n".join(p.text for p in d.paragraphs),
    "tables": [[c.text for c in t.rows[0].cells] for t in d.tables],
    "repeated_header_rows": sum(1 for t in d.tables if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None),
    "landscape_sections": sum(1 for s in d.sections if s.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE),
    "docx2python_words": words,
    "libreoffice_error": run.returncode != 0 or "Error" in run.stderr,
    "libreoffice_words": len(lo_text.split()),
}, ensure_ascii=False))
