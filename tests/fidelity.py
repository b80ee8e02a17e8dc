#!/usr/bin/env python3
"""Fidelity of the five real agreements' presets to the agreements themselves.

For every preset, renders `tym render PRESET --lang fi --format md` and measures how many of the real
agreement's words come back, in order: words are `re.findall(r"\\w+", text.lower())`, and the score is
the total size of difflib's matching blocks between the seed's words and the rendered words, divided by
the number of the seed's words. Names of officials are titles in the presets, so 100 % is out of reach;
the bar is 85 %.

Environment:
  TYM        path of a prebuilt `tym` binary (default: `cargo run -q -p tym-core --bin tym --`)
  TYM_SEEDS  directory of the seed texts (default: crates/tym-core/tests/seeds)
  TYM_MIN    the bar (default 0.85)
Options:
  -v         also print the seed's words that did not come back, stretch by stretch
Exit status: 0 when every preset reaches the bar, 1 otherwise, 2 on a rendering error.
"""
import difflib
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRESETS = ["keski-pohjanmaa", "lantinen-pirkanmaa", "keski-uusimaa-luonnos", "satakunta", "etelainen-keski-suomi"]


def words(text):
    return re.findall(r"\w+", text.lower())


def fidelity(seed, rendered):
    s, r = words(seed), words(rendered)
    m = difflib.SequenceMatcher(None, s, r)
    blocks = m.get_matching_blocks()
    missing, last = [], 0
    for b in blocks:
        if b.a > last:
            missing.append(" ".join(s[last:b.a]))
        last = b.a + b.size
    return sum(b.size for b in blocks) / len(s), len(s), len(r), missing


def render(preset):
    tym = os.environ.get("TYM")
    cmd = shlex.split(tym) if tym else ["cargo", "run", "-q", "-p", "tym-core", "--bin", "tym", "--"]
    path = os.path.join("crates", "tym-core", "presets", preset + ".json")
    out = subprocess.run(cmd + ["render", path, "--lang", "fi", "--format", "md"], cwd=ROOT, capture_output=True)
    if out.returncode != 0:
        sys.stderr.write(f"{preset}: tym render failed ({out.returncode}): {out.stderr.decode(errors='replace')}\n")
        sys.exit(2)
    return out.stdout.decode("utf-8")


def main():
    verbose = "-v" in sys.argv[1:]
    seeds = os.environ.get("TYM_SEEDS", os.path.join(ROOT, "crates", "tym-core", "tests", "seeds"))
    bar = float(os.environ.get("TYM_MIN", "0.85"))
    failed = False
    for p in PRESETS:
        with open(os.path.join(seeds, p + ".txt"), encoding="utf-8") as f:
            seed = f.read()
        score, n_seed, n_out, missing = fidelity(seed, render(p))
        ok = score >= bar
        failed |= not ok
        print(f"{p:24} {score * 100:5.1f} %  ({n_seed} words in the agreement, {n_out} rendered){'' if ok else '  BELOW ' + format(bar * 100, '.0f') + ' %'}")
        if verbose:
            for m in missing:
                print("    - " + m)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
