#!/usr/bin/env python3
"""`cmake --install` into a temporary prefix, then the installed folio exports every edition of a
document from another working folder, reading its data from <prefix>/share/folio (an installed
folio never falls back on the checkout). usage: check_install.py BUILD_DIR WORK_DIR"""
import shutil
import subprocess
import sys
from pathlib import Path

LEAFLET = """<?xml version="1.0" encoding="UTF-8"?>
<document version="1"><meta><title>Leaflet</title><language>es</language><identifier>urn:x</identifier>
<published>2026-11-26</published><translation status="original"/></meta>
<body><section id="a"><title>Acerca de</title><p>Hola. <span lang="he">שלום</span></p></section></body></document>
"""


def main():
    build, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    shutil.rmtree(work, ignore_errors=True)
    prefix, elsewhere = work / "prefix", work / "elsewhere"
    installed = subprocess.run(["cmake", "--install", str(build), "--prefix", str(prefix)], capture_output=True, text=True)
    if installed.returncode != 0:
        print(f"FAIL: cmake --install: {installed.stderr}")
        return 1
    failures = []
    share = prefix / "share/folio"
    for needed in ("styles/brochure.xml", "styles/large-print.xml", "messages/root.res", "messages/es.res",
                   "fonts/coverage-index.txt", "fonts/noto/NotoSans-Regular.ttf", "fonts/atkinson-hyperlegible/LICENSE_FONT",
                   "../man/man1/folio.1.gz", "../bash-completion/completions/folio", "../doc/folio/copyright"):
        if not (share / needed).is_file():
            failures.append(f"{needed} is not installed")
    (elsewhere / "leaflet").mkdir(parents=True)
    (elsewhere / "leaflet/es.xml").write_text(LEAFLET, encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "0"}
    folio = prefix / "bin/folio"
    run = subprocess.run([str(folio), "export", "leaflet", "-o", "out"], cwd=elsewhere, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        failures.append(f"export exited {run.returncode}: {run.stderr}")
    for edition in ("brochure.pdf", "large-print.pdf", "ebook.epub", "screen-reader.txt"):
        if not (elsewhere / "out/leaflet/es" / f"leaflet-{edition}").is_file():
            failures.append(f"{edition} not written")
    # Its words come from the installed catalogs: the Spanish page footer.
    text = subprocess.run(["pdftotext", str(elsewhere / "out/leaflet/es/leaflet-brochure.pdf"), "-"], capture_output=True, text=True).stdout
    if "Página 1 de 1" not in text:
        failures.append(f"no Spanish footer in the brochure: {text!r}")
    # Without its data the installed folio says so (exit 6), instead of using the checkout's.
    shutil.rmtree(share / "styles")
    run = subprocess.run([str(folio), "check", "leaflet"], cwd=elsewhere, env=env, capture_output=True, text=True)
    if run.returncode != 6 or str(share) not in run.stderr:
        failures.append(f"without share/folio/styles: exit {run.returncode}, {run.stderr}")
    for f in failures:
        print("FAIL: " + f)
    print(f"install checked: {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
