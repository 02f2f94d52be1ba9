#!/usr/bin/python3
"""The e-book edition as publishers' and libraries' validators see it. Exports the EPUB and the
brochure PDF of every shipped document (tests/shipped-documents.txt) with the built folio, then
for each EPUB:

- epubcheck (Debian's, `java -jar /usr/share/java/epubcheck.jar`): 0 fatals, 0 errors, 0 warnings;
- Ace by DAISY (the project's node_modules, in Debian's Chromium, `-E`): 0 violations;
- the page list has one entry per brochure page, labelled with the PDF's page labels, and each
  marker sits just before the first words of its printed page (pdftotext of the page above its
  footer, after a table's header rows repeated at the top) and just after the last words of the
  page before;
- SOURCE_DATE_EPOCH sets dcterms:modified (same bytes under other zones, locales and folders:
  tests/determinism/check_determinism.py, for every edition).

usage: check_epubs.py FOLIO SOURCE_DIR WORK_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pikepdf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from shipped_documents import shipped_files  # noqa: E402

XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB = "{http://www.idpf.org/2007/ops}"
OPF = "{http://www.idpf.org/2007/opf}"
COMPARED = 12  # letters compared on each side of a page break
RIGHT_TO_LEFT = ("ar", "he", "fa", "ur")

failures = []


def fail(epub, message):
    failures.append(f"{epub}: {message}")


def run(*args, env=None, cwd=None):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env, cwd=cwd)


def letters(text):
    """Only letters and their marks, NFC: list labels, page numbers, spaces and punctuation differ
    between a PDF's text layer and XHTML, the words do not."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if unicodedata.category(c)[0] in "LM")


def export(folio, source, out, env):
    return run(folio, "export", source / "content", "-o", out, "--edition", "ebook,brochure",
               "--styles", source / "styles", "--fonts", source / "fonts", env=env)


def check_epubcheck(epub):
    result = run("java", "-jar", "/usr/share/java/epubcheck.jar", epub)
    summary = re.search(r"Messages: (\d+) fatals / (\d+) errors / (\d+) warnings", result.stdout + result.stderr)
    if not summary or summary.groups() != ("0", "0", "0"):
        problems = [l for l in (result.stdout + result.stderr).splitlines() if re.match(r"(FATAL|ERROR|WARNING)", l)]
        fail(epub, "epubcheck: " + (summary.group(0) if summary else "no summary") + "\n    " + "\n    ".join(problems))
        return "failed"
    return summary.group(0)


def check_ace(epub, source, report_dir):
    ace = source / "node_modules" / ".bin" / "ace-cli"
    if not ace.exists():
        fail(epub, f"Ace is not installed ({ace}): run tools/install-deps")
        return "missing"
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH="/usr/bin/chromium")
    result = run(ace, "-E", "-s", "-f", "-o", report_dir, epub, env=env)
    report_file = report_dir / "report.json"
    if not report_file.exists():
        fail(epub, f"Ace wrote no report (exit {result.returncode}): {result.stderr[-2000:]}")
        return "no report"
    report = json.loads(report_file.read_text(encoding="utf-8"))
    violations = []
    for document in report.get("assertions", []):
        for assertion in document.get("assertions", []):
            test = assertion["earl:test"]
            violations.append(f"{document['earl:testSubject']['url']}: {test['dct:title']} ({test['earl:impact']})")
    checked = len(report.get("assertions", []))
    if result.returncode != 0 or violations or report["earl:result"]["earl:outcome"] != "pass":
        fail(epub, f"Ace (exit {result.returncode}): {len(violations)} violations\n    " + "\n    ".join(violations))
    if checked < 3:
        fail(epub, f"Ace checked only {checked} documents")
    return f"Ace: {len(violations)} violations in {checked} documents"


def book_events(book):
    """The text of the content documents in spine order, as ("text", str) and ("marker", id,
    repeated-header-text) events."""
    package_path = ET.fromstring(book.read("META-INF/container.xml")).find(
        ".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    package = ET.fromstring(book.read(package_path))
    base = package_path.rsplit("/", 1)[0] + "/"
    items = {i.get("id"): i.get("href") for i in package.iter(f"{OPF}item")}
    events = []
    for itemref in package.iter(f"{OPF}itemref"):
        if itemref.get("linear") == "no":
            continue
        href = items[itemref.get("idref")]
        body = ET.fromstring(book.read(base + href)).find(f"{XHTML}body")

        def walk(element, table_head):
            if element.tag == f"{XHTML}table":
                head = element.find(f"{XHTML}thead")
                table_head = letters("".join(head.itertext())) if head is not None else ""
            if element.get(f"{EPUB}type") == "pagebreak":
                events.append(("marker", href + "#" + element.get("id"), table_head))
            if element.text:
                events.append(("text", element.text))
            for child in element:
                walk(child, table_head)
                if child.tail:
                    events.append(("text", child.tail))

        walk(body, "")
    return base, events


def page_texts(pdf, language, margin_bottom):
    """Each page's text above the bottom margin (where the running footer is). In content-stream
    order (-raw), which is the layout's reading order, except for right-to-left text, which
    poppler's -raw gives in visual order: there its default (reading order) mode."""
    texts = []
    with pikepdf.open(pdf) as document:
        boxes = [[float(v) for v in page.mediabox] for page in document.pages]
    for number, box in enumerate(boxes, start=1):
        width, height = int(box[2] - box[0]), int(box[3] - box[1] - margin_bottom)
        mode = [] if language.split("-")[0] in RIGHT_TO_LEFT else ["-raw"]
        text = run("pdftotext", *mode, "-f", number, "-l", number, "-x", 0, "-y", 0, "-W", width, "-H", height,
                   "-enc", "UTF-8", pdf, "-").stdout
        texts.append(letters(text))
    return texts


def check_page_list(epub, pdf, language, margin_bottom):
    with zipfile.ZipFile(epub) as book:
        base, events = book_events(book)
        nav = ET.fromstring(book.read(base + "nav.xhtml"))
    page_list = [n for n in nav.iter(f"{XHTML}nav") if n.get(f"{EPUB}type") == "page-list"]
    entries = [(a.get("href"), "".join(a.itertext())) for a in page_list[0].iter(f"{XHTML}a")] if page_list else []
    with pikepdf.open(pdf) as document:
        labels = [page.label for page in document.pages]
    if [label for _, label in entries] != labels:
        fail(epub, f"page list {[l for _, l in entries]} does not match the brochure's page labels {labels}")
        return 0
    texts = page_texts(pdf, language, margin_bottom)
    positions = {}
    for index, event in enumerate(events):
        if event[0] == "marker":
            positions[event[1]] = index
    for number, (href, label) in enumerate(entries):
        if href not in positions:
            fail(epub, f"page {label}: the page list links '{href}', which is no pagebreak marker")
            continue
        at = positions[href]
        head = events[at][2]
        after = letters("".join(e[1] for e in events[at + 1:] if e[0] == "text"))[:COMPARED]
        before = letters("".join(e[1] for e in events[:at] if e[0] == "text"))[-COMPARED:]
        page = texts[number]
        start = len(head) if head and page.startswith(head) and not page.startswith(after) else 0
        if page[start:start + len(after)] != after:
            fail(epub, f"page {label}: the marker is before “{after}”, the printed page begins “{page[:COMPARED * 2]}”")
        # poppler reads a right-to-left table column by column: when the page before ends in one,
        # its last cell's words come out near the end, not at it.
        ends = texts[number - 1].endswith(before) if number > 0 else True
        if number > 0 and not ends and language.split("-")[0] in ("ar", "he", "fa", "ur"):
            ends = before in texts[number - 1][-3 * COMPARED:]
        if not ends:
            fail(epub, f"page {label}: the marker is after “{before}”, the printed page before ends “{texts[number - 1][-COMPARED * 2:]}”")
    return len(entries)


def modified_date(epub):
    with zipfile.ZipFile(epub) as book:
        package = book.read("EPUB/package.opf").decode("utf-8")
    found = re.search(r'<meta property="dcterms:modified">([^<]+)</meta>', package)
    return found.group(1) if found else None


def main():
    folio, source, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    first = export(folio, source, work / "first", dict(env, TZ="UTC"))
    dated = export(folio, source, work / "dated", dict(env, SOURCE_DATE_EPOCH="1800000000"))
    for name, result in (("first", first), ("dated", dated)):
        # An optional font not fetched (`make fonts`) is a fact of this machine, said as a warning.
        lines = result.stderr.splitlines()
        stderr = "\n".join(l for i, l in enumerate(lines)
                           if "[font-not-fetched]" not in l and not (i > 0 and "[font-not-fetched]" in lines[i - 1]))
        if result.returncode != 0 or stderr:
            print(f"export ({name}) failed with exit code {result.returncode}:\n{result.stderr}")
            print("0 passed, 1 failed")
            return 1
    margin_bottom = float(ET.parse(source / "styles" / "brochure.xml").getroot().find("page").get("margin-bottom"))
    checked = 0
    shipped = shipped_files(source)
    for document, language in shipped:
        relative = Path(document) / language / f"{document}-ebook.epub"
        epub = work / "first" / relative
        pdf = work / "first" / document / language / f"{document}-brochure.pdf"
        before = len(failures)
        if not epub.exists():
            fail(relative, "not written")
            checked += 1
            print(f"FAIL {relative}: not written")
            continue
        if modified_date(work / "dated" / relative) != "2027-01-15T08:00:00Z":
            fail(relative, f"SOURCE_DATE_EPOCH=1800000000 gives dcterms:modified {modified_date(work / 'dated' / relative)}")
        epubcheck = check_epubcheck(epub)
        ace = check_ace(epub, source, work / "ace" / document / language)
        pages = check_page_list(epub, pdf, language, margin_bottom)
        checked += 1
        status = "ok  " if len(failures) == before else "FAIL"
        print(f"{status} {relative}: epubcheck {epubcheck}; {ace}; {pages} pages marked where the brochure's begin")
    for f in failures:
        print("  " + f)
    failed = len({f.split(":")[0] for f in failures})
    print(f"{checked - failed} passed, {failed} failed")
    if checked != len(shipped):
        print(f"checked {checked} e-books, not the {len(shipped)} of tests/shipped-documents.txt")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
