#!/usr/bin/python3
"""A numbered item's label is the same in every edition (issue 16): a three-level list in three
numbering styles (decimal, lower-alpha, upper-roman), a list with numbering none and a bulleted
list, in English, Hindi (Devanagari letters), Arabic (Arabic-Indic digits, abjad letters, right
to left) and Chinese, exported with folio and read back with third-party tools:
- the text edition (its own text: a nested label carries its parents' labels, "1.a.VI.");
- the brochure and large-print PDFs as poppler's pdftotext reads each line (label beside text),
  and pikepdf's structure tree: one Lbl per labelled LI, the list's /ListNumbering;
- the e-book's XHTML and the web page: each item's label shown as text (span.list-label).

usage: check_list_labels.py FOLIO WORK_DIR
"""
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf

XHTML = "{http://www.w3.org/1999/xhtml}"
# (item text, own label per language); None: an item of the list with numbering none.
LANGUAGES = ["en", "hi", "ar", "zh-Hans"]
ITEMS = [
    ("Before your visit", {"en": "1.", "hi": "1.", "ar": "١.", "zh-Hans": "1."}),
    ("List your medicines", {"en": "a.", "hi": "क.", "ar": "أ.", "zh-Hans": "a."}),
    ("Pills and tablets", {"en": "VI.", "hi": "VI.", "ar": "VI.", "zh-Hans": "VI."}),
    ("Creams and gels", {"en": "VII.", "hi": "VII.", "ar": "VII.", "zh-Hans": "VII."}),
    ("Drops and sprays", {"en": "VIII.", "hi": "VIII.", "ar": "VIII.", "zh-Hans": "VIII."}),
    ("Write your questions", {"en": "b.", "hi": "ख.", "ar": "ب.", "zh-Hans": "b."}),
    ("At the visit", {"en": "2.", "hi": "2.", "ar": "٢.", "zh-Hans": "2."}),
    ("Bring a friend", None),
    ("Take notes", None),
    ("After the visit", {"en": "3.", "hi": "3.", "ar": "٣.", "zh-Hans": "3."}),
]
# Which earlier item each labelled item's path starts from (index into ITEMS), for the text edition.
PARENT = {1: 0, 2: 1, 3: 1, 4: 1, 5: 0}
DOCUMENT = """<document version="1">
  <meta>
    <title>Steps</title>
    <language>{lang}</language>
    <identifier>urn:folio:steps-{lang}</identifier>
    <last-reviewed>2026-10-01</last-reviewed>
    <translation status="original"/>
  </meta>
  <body>
    <p>Follow these steps.</p>
    <ol>
      <li>Before your visit
        <ol numbering="lower-alpha">
          <li>List your medicines
            <ol numbering="upper-roman" start="6"><li>Pills and tablets</li><li>Creams and gels</li><li>Drops and sprays</li></ol>
          </li>
          <li>Write your questions</li>
        </ol>
      </li>
      <li>At the visit
        <ol numbering="none"><li>Bring a friend</li><li>Take notes</li></ol>
      </li>
      <li>After the visit <ul><li>Rest</li></ul></li>
    </ol>
  </body>
</document>
"""
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def path_label(k, lang):
    own = ITEMS[k][1][lang]
    return path_label(PARENT[k], lang) + own if k in PARENT else own


def check_text(path, lang):
    # Right-to-left documents start each line with a right-to-left mark.
    lines = [line.replace("\u200f", "").strip() for line in path.read_text(encoding="utf-8").splitlines()]
    for k, (text, labels) in enumerate(ITEMS):
        found = [line for line in lines if line.endswith(text)]
        expect(len(found) == 1, f"{path}: '{text}' is on {len(found)} lines")
        if len(found) != 1:
            continue
        want = (path_label(k, lang) + " " + text) if labels else text
        expect(found[0] == want, f"{path}: '{found[0]}', expected '{want}'")


def check_pdf(path, lang):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.strip().replace("\u202b", "").replace("\u202c", "") for line in text.splitlines()]
    for text_, labels in ITEMS:
        found = [line for line in lines if text_ in line]
        expect(len(found) == 1, f"{path}: '{text_}' is on {len(found)} lines")
        if len(found) != 1:
            continue
        rest = found[0].replace(text_, "").strip()
        want = labels[lang] if labels else ""
        # poppler gives right-to-left lines in visual order: an Arabic label's characters
        # reversed, a Latin one ("VI.") with its full stop on the left of it.
        expect(rest in (want, want[::-1], want[-1:] + want[:-1]), f"{path}: '{text_}' is labelled '{rest}', expected '{want}'")
    with pikepdf.open(path) as pdf:
        numberings, labelled_items = [], 0

        def walk(element):
            nonlocal labelled_items
            kids = element.get("/K")
            kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
            kids = [k for k in kids if isinstance(k, pikepdf.Dictionary) and "/S" in k]
            if element.get("/S") == "/L":
                attributes = element.get("/A")
                numberings.append(str(attributes.get("/ListNumbering")) if attributes is not None else None)
            if element.get("/S") == "/LI" and any(k.get("/S") == "/Lbl" for k in kids):
                labelled_items += 1
            for k in kids:
                walk(k)

        walk(pdf.Root.StructTreeRoot)
        want = ["/Decimal", "/LowerAlpha", "/UpperRoman", "/None", "/Disc"]
        expect(numberings == want, f"{path}: lists numbered {numberings}, expected {want}")
        # Every item but the two of the unlabelled list, plus the bullet.
        want_labelled = sum(1 for _, labels in ITEMS if labels) + 1
        expect(labelled_items == want_labelled, f"{path}: {labelled_items} LI with a Lbl, expected {want_labelled}")


def labels_in_html(root, where, lang):
    # The e-book's XHTML is in the XHTML namespace, the web page's HTML5 in none.
    for element in root.iter():
        element.tag = element.tag.replace(XHTML, "")
    shown = []
    for li in root.iter("li"):
        label = next((s for s in li if s.tag == "span" and s.get("class") == "list-label"), None)
        shown.append((label.text if label is not None else None, "".join(li.itertext())))
    for text_, labels in ITEMS:
        match = [label for label, words in shown if words.replace(label or "", "", 1).strip().startswith(text_)]
        expect(len(match) == 1, f"{where}: '{text_}' is in {len(match)} items")
        if len(match) == 1:
            want = labels[lang] if labels else None
            expect(match[0] == want, f"{where}: '{text_}' shows label {match[0]!r}, expected {want!r}")
    for ol in root.iter("ol"):
        if "labelled" in (ol.get("class") or ""):
            expect(ol.get("role") == "list", f"{where}: a labelled ol without role=list")


def check_epub(path, lang):
    with zipfile.ZipFile(path) as epub:
        roots = [ET.fromstring(epub.read(n)) for n in epub.namelist()
                 if n.endswith(".xhtml") and b"list-label" in epub.read(n)]
    expect(len(roots) == 1, f"{path}: the list is in {len(roots)} content documents")
    for root in roots:
        labels_in_html(root, path, lang)


def check_web(path, lang):
    # The web page is HTML5 serialised as well-formed markup; read it as XML.
    source = path.read_text(encoding="utf-8").replace("<!DOCTYPE html>", "")
    root = ET.fromstring(source)
    labels_in_html(root, path, lang)


def main():
    folio, work = sys.argv[1], Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    sources = []
    for lang in LANGUAGES:
        source = work / "steps" / f"{lang}.xml"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(DOCUMENT.format(lang=lang), encoding="utf-8")
        sources.append(str(source))
    out = work / "out"
    subprocess.run([folio, "export", *sources, "-o", str(out)], check=True, capture_output=True)
    for lang in LANGUAGES:
        folder = out / "steps" / lang
        check_text(folder / "steps-screen-reader.txt", lang)
        check_pdf(folder / "steps-brochure.pdf", lang)
        check_pdf(folder / "steps-large-print.pdf", lang)
        check_epub(folder / "steps-ebook.epub", lang)
        check_web(folder / "steps-web.html", lang)
    for f in failures:
        print("FAIL:", f)
    print(f"{len(LANGUAGES)} languages, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
