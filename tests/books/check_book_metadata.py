#!/usr/bin/python3
"""A book's metadata in every edition that shows it (issue 18, first part): tests/books/caring-at-home
has an ISBN, an edition, a copyright statement, an author, contributors in three roles and a cover
image.

- the EPUB passes epubcheck (0 fatals, errors, warnings) and Ace (0 violations); its package has
  the ISBN as a second dc:identifier (urn:isbn, ONIX identifier-type 15), the author and each
  contributor with their MARC relator role in the order written, the cover image with the
  cover-image property; the cover page comes first in the spine, shows the image with its alt text
  (role doc-cover), and the landmarks lead to it;
- both print editions begin with the cover alone on its page: a Figure with the alt text first in
  the structure tree, page label "Cover", no footer, the pages after it numbered from 1; every
  PDF/UA rule of tests/print/check_tags.py holds; the e-book's page list and braille's print page
  indicators start after it;
- the text edition and the brochure's title page say "Edited by …", "Translated by …",
  "Illustrated by …", the edition, the ISBN and the rights (the e-book's dc:rights too).

usage: check_book_metadata.py FOLIO SOURCE_DIR WORK_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pikepdf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "print"))
from check_tags import bottom_margin, check_pdf  # noqa: E402

OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB = "{http://www.idpf.org/2007/ops}"
failures = []


def fail(message):
    failures.append(message)


def check_package(book):
    package = ET.fromstring(book.read("EPUB/package.opf"))
    metadata = package.find(f"{OPF}metadata")
    refines = {}
    for meta in metadata.findall(f"{OPF}meta"):
        if meta.get("refines"):
            refines.setdefault(meta.get("refines")[1:], []).append((meta.get("property"), meta.get("scheme"), meta.text))
    identifiers = {e.get("id"): e.text for e in metadata.findall(f"{DC}identifier")}
    if [e.text for e in metadata.findall(f"{DC}rights")] != ["© 2026 Folio sample press. All rights reserved."]:
        fail(f"dc:rights: {[e.text for e in metadata.findall(f'{DC}rights')]}")
    if identifiers.get("isbn") != "urn:isbn:9780306406157":
        fail(f"ISBN identifier: {identifiers}")
    if ("identifier-type", "onix:codelist5", "15") not in refines.get("isbn", []):
        fail(f"the ISBN is not typed as ISBN-13: {refines.get('isbn')}")
    people = [(e.tag.replace(DC, ""), e.text, [r[2] for r in refines.get(e.get("id"), []) if r[0] == "role" and r[1] == "marc:relators"])
              for e in metadata if e.tag in (f"{DC}creator", f"{DC}contributor")]
    expected = [("creator", "Ada Example", ["aut"]), ("contributor", "Ben Editor", ["edt"]), ("contributor", "Chen Translator", ["trl"]),
                ("contributor", "Dana Second", ["edt"]), ("contributor", "Eli Drawer", ["ill"])]
    if people != expected:
        fail(f"creators and contributors {people}, expected {expected}")
    manifest = {i.get("id"): i for i in package.find(f"{OPF}manifest")}
    covers = [i for i in manifest.values() if "cover-image" in (i.get("properties") or "").split()]
    if len(covers) != 1 or covers[0].get("media-type") != "image/png":
        fail(f"cover-image items: {[c.attrib for c in covers]}")
    spine = [r.get("idref") for r in package.find(f"{OPF}spine")]
    first = manifest[spine[0]].get("href")
    page = ET.fromstring(book.read("EPUB/" + first))
    images = page.findall(f".//{XHTML}img")
    if len(images) != 1 or images[0].get("role") != "doc-cover" or images[0].get("alt") != "A house drawn in blue lines, with a lit window":
        fail(f"the first page of the spine ({first}) is not the cover: {[i.attrib for i in images]}")
    elif "EPUB/" + os.path.normpath(os.path.join(os.path.dirname(first), images[0].get("src"))) != "EPUB/" + covers[0].get("href"):
        fail(f"the cover page shows {images[0].get('src')}, the cover image is {covers[0].get('href')}")
    nav = ET.fromstring(book.read("EPUB/nav.xhtml"))
    landmarks = [(a.get(f"{EPUB}type"), a.get("href")) for n in nav.iter(f"{XHTML}nav") if n.get(f"{EPUB}type") == "landmarks"
                 for a in n.iter(f"{XHTML}a")]
    if ("cover", first) not in landmarks:
        fail(f"no cover landmark leading to {first}: {landmarks}")
    if not any(kind == "bodymatter" and href != first for kind, href in landmarks):
        fail(f"the start of the content is the cover: {landmarks}")


def check_print(folder, source):
    for edition in ("brochure", "large-print"):
        path = folder / f"caring-at-home-{edition}.pdf"
        for rule, message in check_pdf(path, {"bottom_margin": bottom_margin(source, edition)}):
            fail(f"{edition}: [{rule}] {message}")
        pdf = pikepdf.open(path)
        labels = [str(x) if not isinstance(x, pikepdf.Dictionary) else dict(x) for x in pdf.Root.PageLabels.Nums]
        if labels[:2] != ["0", {"/P": "Cover"}] or labels[2] != "1" or str(labels[3].get("/S")) != "/D":
            fail(f"{edition}: page labels {labels}")
        root = pdf.Root.StructTreeRoot.K
        document = root[0] if isinstance(root, pikepdf.Array) else root
        first = document.K[0]
        if str(first.S) != "/Figure" or str(first.get("/Alt")) != "A house drawn in blue lines, with a lit window":
            fail(f"{edition}: the first structure element is {first.S}, not the cover's Figure")
        pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True, text=True,
                                check=True).stdout for n in (1, 2)]
        if pages[0].strip():
            fail(f"{edition}: the cover page has text: {pages[0]!r}")
        if "Page 1 of" not in " ".join(pages[1].split()):
            fail(f"{edition}: the page after the cover is not numbered 1")


def check_page_starts(folder):
    with zipfile.ZipFile(folder / "caring-at-home-ebook.epub") as book:
        nav = ET.fromstring(book.read("EPUB/nav.xhtml"))
    entries = [a.text for n in nav.iter(f"{XHTML}nav") if n.get(f"{EPUB}type") == "page-list" for a in n.iter(f"{XHTML}a")]
    pdf_pages = len(pikepdf.open(folder / "caring-at-home-brochure.pdf").pages)
    if entries != [str(n) for n in range(1, pdf_pages)]:
        fail(f"the e-book's page list {entries}: the brochure has a cover and {pdf_pages - 1} numbered pages")
    brf = (folder / "caring-at-home-braille.brf").read_bytes().decode("ascii")
    indicators = [line for line in brf.split("\r\n") if line.startswith("---")]
    if len(indicators) != pdf_pages - 2:
        fail(f"braille has {len(indicators)} print page indicators for {pdf_pages - 1} numbered pages")


LINES = ["Edited by Ben Editor and Dana Second", "Translated by Chen Translator", "Illustrated by Eli Drawer",
         "Second edition", "ISBN 9780306406157", "© 2026 Folio sample press. All rights reserved."]


def main():
    folio, source, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    out = work / "out"
    result = subprocess.run([folio, "export", str(source / "tests/books/caring-at-home"), "-o", str(out), "-q",
                             "--edition", "ebook,screen-reader,brochure,large-print,braille"], capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr)
        return 1
    folder = out / "caring-at-home" / "en"
    epub = folder / "caring-at-home-ebook.epub"
    check = subprocess.run(["java", "-jar", "/usr/share/java/epubcheck.jar", str(epub)], capture_output=True, text=True)
    if "0 fatals / 0 errors / 0 warnings" not in check.stdout + check.stderr:
        fail("epubcheck: " + (check.stdout + check.stderr)[-3000:])
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH="/usr/bin/chromium")
    ace = subprocess.run([str(source / "node_modules/.bin/ace-cli"), "-E", "-s", "-f", "-o", str(work / "ace"), str(epub)],
                         capture_output=True, text=True, env=env)
    report_file = work / "ace" / "report.json"
    if not report_file.exists():
        fail(f"Ace wrote no report (exit {ace.returncode}): {ace.stderr[-2000:]}")
    else:
        report = json.loads(report_file.read_text(encoding="utf-8"))
        violations = [a["earl:test"]["dct:title"] for d in report.get("assertions", []) for a in d.get("assertions", [])]
        if violations or report["earl:result"]["earl:outcome"] != "pass":
            fail(f"Ace: {violations}")
    with zipfile.ZipFile(epub) as book:
        check_package(book)
    check_print(folder, source)
    check_page_starts(folder)
    text = (folder / "caring-at-home-screen-reader.txt").read_text(encoding="utf-8")
    pdf = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(folder / "caring-at-home-brochure.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    for line in LINES:
        if line + "\n" not in text:
            fail(f"the text edition does not say {line!r}")
        if line not in " ".join(pdf.split()):
            fail(f"the brochure's title page does not say {line!r}")
    for f in failures:
        print("FAIL:", f)
    print(f"book metadata: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
