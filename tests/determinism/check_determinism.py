#!/usr/bin/env python3
"""Same input, same bytes: every edition of every shipped document, exported four times, under
other time zones, real locales (Turkish: dotless i; German: decimal comma) and another working
directory, must be byte-identical. usage: check_determinism.py FOLIO SOURCE_DIR WORK_DIR"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from shipped_documents import shipped_files  # noqa: E402

EDITIONS = ("brochure.pdf", "large-print.pdf", "ebook.epub", "screen-reader.txt", "web.html", "braille.brf", "braille-text.txt")

RUNS = {
    "utc": {"TZ": "UTC"},
    "utc-again": {"TZ": "UTC"},
    "turkish": {"TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"},
    "german-elsewhere": {"TZ": "America/St_Johns", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"},
}


def installed_locales():
    out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    return {l.strip() for l in out.splitlines()}


def main():
    folio, source, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    missing = {"tr_tr.utf8", "de_de.utf8"} - installed_locales()
    if missing:
        print(f"FAIL: locales {sorted(missing)} are not installed (tools/install-deps generates them as root)")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    elsewhere = work / "elsewhere"
    elsewhere.mkdir(parents=True)
    base = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "LANG", "LANGUAGE") and not k.startswith("LC_")}
    outputs = {}
    for name, extra in RUNS.items():
        out = work / name
        cwd = elsewhere if name == "german-elsewhere" else source
        result = subprocess.run([str(folio), "export", str(source / "content"), "-o", str(out), "--styles", str(source / "styles"),
                                 "--fonts", str(source / "fonts")], cwd=cwd, env=dict(base, **extra), capture_output=True, text=True)
        if result.returncode != 0:
            print(f"FAIL: export ({name}) exited {result.returncode}\n{result.stderr}")
            return 1
        outputs[name] = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    reference = outputs["utc"]
    failures = 0
    expected = {Path(d) / l / f"{d}-{e}" for d, l in shipped_files(source) for e in EDITIONS}
    if set(reference) != expected:
        print(f"FAIL: the outputs are not every edition of every shipped document: {sorted(set(reference) ^ expected)}")
        failures += 1
    for name, files in outputs.items():
        if files.keys() != reference.keys():
            print(f"FAIL: {name} wrote other files: {sorted(set(files) ^ set(reference))}")
            failures += 1
            continue
        differ = [str(p) for p in reference if files[p] != reference[p]]
        for p in differ:
            print(f"FAIL: {p} differs between utc and {name}")
        failures += len(differ)
    print(f"{len(reference)} outputs compared across {len(RUNS)} runs: {failures} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
