#!/usr/bin/env python3
"""Fidelity of imported agreements: each real agreement's text (crates/tym-core/tests/seeds/*.txt) is
imported with `tym import SEED --out draft.json`, the draft rendered with `tym render draft.json --lang
fi --format md`, and the score is the total size of difflib's matching blocks between the seed's words
and the rendered words (`re.findall(r"\\w+", text.lower())`) divided by the seed's words. Bar: 85 %.

Environment: TYM (path of a prebuilt `tym`; default `cargo run -q -p tym-core --bin tym --`), TYM_MIN.
Exit status: 0 when every seed reaches the bar, 1 otherwise, 2 when a command fails.
"""
import difflib
import glob
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def words(text):
    return re.findall(r"\w+", text.lower())


def run(args):
    tym = os.environ.get("TYM")
    cmd = shlex.split(tym) if tym else ["cargo", "run", "-q", "-p", "tym-core", "--bin", "tym", "--"]
    out = subprocess.run(cmd + args, cwd=ROOT, capture_output=True)
    if out.returncode != 0:
        sys.stderr.write(f"tym {' '.join(args)} failed ({out.returncode}): {out.stderr.decode(errors='replace')}\n")
        sys.exit(2)
    return out.stdout.decode("utf-8")


def main():
    bar = float(os.environ.get("TYM_MIN", "0.85"))
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for seed in sorted(glob.glob(os.path.join(ROOT, "crates", "tym-core", "tests", "seeds", "*.txt"))):
            name = os.path.basename(seed)[:-4]
            draft = os.path.join(tmp, name + ".json")
            run(["import", seed, "--out", draft])
            rendered = run(["render", draft, "--lang", "fi", "--format", "md"])
            s, r = words(open(seed, encoding="utf-8").read()), words(rendered)
            got = sum(b.size for b in difflib.SequenceMatcher(None, s, r).get_matching_blocks()) / len(s)
            failed |= got < bar
            print(f"{name:<24} {got * 100:5.1f} %  ({len(s)} seed words, {len(r)} rendered)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
