#!/usr/bin/env python3
"""`cmake --install` into a temporary prefix, then the installed folio exports every edition of a
document from another working folder, reading its data from <prefix>/share/folio (an installed
folio never falls back on the checkout); and the example consumer (examples/leaflet) is built
against the installed CMake package, with no path into the checkout, and run.
usage: check_install.py BUILD_DIR WORK_DIR SOURCE_DIR LIBDIR"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from checker_report import finish  # noqa: E402

LEAFLET = """<?xml version="1.0" encoding="UTF-8"?>
<document version="1"><meta><title>Leaflet</title><language>es</language><identifier>urn:x</identifier>
<published>2026-11-26</published><translation status="original"/></meta>
<body><section id="a"><title>Acerca de</title><p>Hola. <span lang="he">שלום</span></p></section></body></document>
"""


def check_example(source, build_dir, prefix, work, elsewhere):
    """examples/leaflet built with find_package(Folio) from the prefix alone, then run on the
    leaflet folder: it loads, makes and exports through the installed libfolio."""
    failures = []
    example = work / "example"
    # A library built with sanitizers needs their runtime in the program too (the suite's ASan run).
    cache = (build_dir / "CMakeCache.txt").read_text(encoding="utf-8")
    flags = ("-fsanitize=address,undefined" if "FOLIO_SANITIZE:BOOL=ON" in cache else
             "-fsanitize=thread" if "FOLIO_SANITIZE_THREADS:BOOL=ON" in cache else "")
    sanitize = [f"-DCMAKE_CXX_FLAGS={flags}", f"-DCMAKE_EXE_LINKER_FLAGS={flags}"] if flags else []
    configure = subprocess.run(["cmake", "-S", str(source / "examples/leaflet"), "-B", str(example),
                                f"-DCMAKE_PREFIX_PATH={prefix}", "-DCMAKE_BUILD_TYPE=Release"] + sanitize,
                               capture_output=True, text=True)
    build = configure.returncode == 0 and subprocess.run(["cmake", "--build", str(example)], capture_output=True, text=True)
    if configure.returncode != 0 or build.returncode != 0:
        return [f"the example does not build against the installed package: {configure.stderr}{build and build.stdout}"]
    cache = (example / "CMakeCache.txt").read_text(encoding="utf-8")
    if f"Folio_DIR:PATH={prefix}" not in cache:
        failures.append("the example did not find Folio in the prefix")
    run = subprocess.run([str(example / "leaflet-editions"), "leaflet", "example-out"], cwd=elsewhere,
                         env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "0"}, capture_output=True, text=True)
    if run.returncode != 0:
        failures.append(f"the example exited {run.returncode}: {run.stderr}")
    expected = ["screen-reader edition: ", "first line: Flu vaccine", "broken/en.xml line 2, column 11: failed to parse XML",
                "wrote example-out/leaflet/es/leaflet-brochure.pdf", "1 content files, status 0"]
    failures += [f"the example did not print {e!r}: {run.stdout}" for e in expected if e not in run.stdout]
    ldd = subprocess.run(["ldd", str(example / "leaflet-editions")], capture_output=True, text=True).stdout
    if str(prefix) not in ldd or "libicu" in ldd.split("libfolio")[0]:
        failures.append(f"the example is not linked to the installed libfolio alone: {ldd}")
    return failures


def main():
    build, work, source, libdir = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]), sys.argv[4]
    shutil.rmtree(work, ignore_errors=True)
    prefix, elsewhere = work / "prefix", work / "elsewhere"
    installed = subprocess.run(["cmake", "--install", str(build), "--prefix", str(prefix)], capture_output=True, text=True)
    if installed.returncode != 0:
        print(f"FAIL: cmake --install: {installed.stderr}")
        return 1
    failures = []
    share = prefix / "share/folio"
    for needed in ("styles/brochure.xml", "styles/large-print.xml", "styles/braille.xml", "messages/root.res", "messages/es.res",
                   "fonts/coverage-index.txt", "fonts/noto/NotoSans-Regular.ttf", "fonts/atkinson-hyperlegible/LICENSE_FONT",
                   "../man/man1/folio.1.gz", "../bash-completion/completions/folio", "../doc/folio/copyright"):
        if not (share / needed).is_file():
            failures.append(f"{needed} is not installed")
    for needed in ("include/folio/folio.hpp", "include/folio/engine.hpp", "include/folio/version.hpp",
                   f"{libdir}/libfolio.so.0", f"{libdir}/libfolio.so", f"{libdir}/cmake/Folio/FolioConfig.cmake",
                   f"{libdir}/cmake/Folio/FolioConfigVersion.cmake", f"{libdir}/pkgconfig/folio.pc"):
        if not (prefix / needed).exists():
            failures.append(f"{needed} is not installed")
    # The public headers name no third-party library: a program needs only libfolio.
    for header in (prefix / "include/folio").glob("*.hpp"):
        for line in header.read_text(encoding="utf-8").splitlines():
            m = re.match(r'\s*#\s*include\s*[<"]([^>"]+)[>"]', line)
            if m and "/" in m.group(1) and not m.group(1).startswith("folio/"):
                failures.append(f"{header.name} includes {m.group(1)}")
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
    # The installed starting documents: folio new writes one that check passes.
    run = subprocess.run([str(folio), "new", "started", "--lang", "es"], cwd=elsewhere, env=env, capture_output=True, text=True)
    check = subprocess.run([str(folio), "check", "started"], cwd=elsewhere, env=env, capture_output=True, text=True)
    if run.returncode != 0 or check.returncode != 0 or not (elsewhere / "started/images/example.png").is_file():
        failures.append(f"folio new from the installed data: exit {run.returncode} {run.stderr}; check exit {check.returncode} {check.stderr}")
    failures += check_example(source, build, prefix, work, elsewhere)
    # Without its data the installed folio says so (exit 6), instead of using the checkout's.
    shutil.rmtree(share / "styles")
    run = subprocess.run([str(folio), "check", "leaflet"], cwd=elsewhere, env=env, capture_output=True, text=True)
    if run.returncode != 6 or str(share) not in run.stderr:
        failures.append(f"without share/folio/styles: exit {run.returncode}, {run.stderr}")
    return finish(failures, "install checked")


if __name__ == "__main__":
    sys.exit(main())
