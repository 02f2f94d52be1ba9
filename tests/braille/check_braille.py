#!/usr/bin/python3
"""The braille edition of every shipped document and language, as an embosser and a braille reader
take it (issue 17): BRF characters only (space to underscore), CR LF line ends, a form feed after
every page; at most 40 cells a line and 25 lines a page; the braille page number at the right of
the last line — p1, p2… on the title and contents pages, then 1, 2, 3…; a contents page whose
every entry's page holds that heading; a print page indicator for each page of the brochure after
the first, in order, never the last line of a page; the Unicode edition the same pages cell for
cell.

usage: check_braille.py FOLIO SOURCE_DIR WORK_DIR
"""
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "support"))
from shipped_documents import shipped_files  # noqa: E402

CELLS, LINES = 40, 25
BRF = set(chr(c) for c in range(0x20, 0x60))
BY_DOTS = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="
failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


def brf_number(n):
    """A page number as UEB writes it: the number sign, then digits as the letters a-j."""
    return "#" + "".join("JABCDEFGHI"[int(d)] for d in str(n))


def check_brf(path):
    data = path.read_bytes().decode("ascii", errors="replace")
    if not data.endswith("\f"):
        fail(path, "does not end with a form feed")
    pages = data.split("\f")[:-1]
    numbers = []
    if not pages:
        fail(path, "no pages")
    for p, page in enumerate(pages, 1):
        if not page.endswith("\r\n"):
            fail(path, f"page {p} does not end with CR LF")
        lines = page[:-2].split("\r\n") if page.endswith("\r\n") else page.split("\r\n")
        if len(lines) > LINES:
            fail(path, f"page {p} has {len(lines)} lines")
        for n, line in enumerate(lines, 1):
            if len(line) > CELLS:
                fail(path, f"page {p} line {n} has {len(line)} cells")
            bad = set(line) - BRF
            if bad:
                fail(path, f"page {p} line {n} has characters that are not BRF: {sorted(bad)}")
        # The braille page number alone on the last line, at its right, in the document's code
        # (UEB: "#A", "#B" …); a different number on every page.
        last = lines[-1] if lines else ""
        number = last.strip()
        if not number or not last.endswith(number) or " " in number or len(last) != CELLS:
            fail(path, f"page {p}: the last line {last!r} is not a page number at the right margin")
        numbers.append(number)
        body = [line for line in lines[:-1] if line.strip()]
        if body and body[-1].startswith("---"):
            fail(path, f"page {p} ends with a print page indicator")
    if len(set(numbers)) != len(numbers):
        fail(path, "two pages have the same number")
    # UEB: the title and contents pages are p1, p2 ("P#A"), the body counts from 1 ("#A").
    preliminary = sum(1 for n in numbers if not n.startswith("#"))
    if "/en/" in str(path):
        expected = ["P" + brf_number(n) for n in range(1, preliminary + 1)] + \
                   [brf_number(n) for n in range(1, len(numbers) - preliminary + 1)]
        if preliminary < 2 or numbers != expected:
            fail(path, f"page numbers {numbers}, UEB writes {expected}")
    return pages


def check_print_pages(path, pages, brochure):
    """A print page indicator (a line of dots 3-6 ending in the page number) for every page of the
    brochure after the first, in order: the brochure's page labels, in English as UEB numbers."""
    info = subprocess.run(["pdfinfo", str(brochure)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    indicators = [line.lstrip("-") for page in pages for line in page.split("\r\n") if line.startswith("---")]
    if len(indicators) != count - 1:
        fail(path, f"{len(indicators)} print page indicators for a brochure of {count} pages")
    if "/en/" in str(path) and indicators != [brf_number(n) for n in range(2, count + 1)]:
        fail(path, f"print page indicators {indicators}, expected pages 2 to {count}")
    if len(set(indicators)) != len(indicators):
        fail(path, "a print page is indicated twice")


def words(lines):
    return " ".join(" ".join(lines).split())


def check_contents(path, pages):
    """Page 2 is the contents page: each entry (its lines up to the one ending in guide dots and a
    page number) names a heading found, word for word, on that braille page of the body."""
    page_lines = [page[:-2].split("\r\n") for page in pages]
    numbers = [lines[-1].strip() for lines in page_lines]
    body_from = next((k for k, n in enumerate(numbers) if n.startswith("#")), len(numbers))
    body = {numbers[k]: words(page_lines[k][:-1]) for k in range(body_from, len(numbers))}
    entries, pending = 0, []
    # The contents begin on the first preliminary page with an entry (a long title page may fill
    # two), under its heading.
    first = next((k for k in range(body_from) if any(re.search(r' ""+ \S+$', line) for line in page_lines[k])), body_from)
    for page in page_lines[first:body_from]:
        for line in page[(1 if page is page_lines[first] else 0):-1]:
            if not line.strip():
                continue
            match = re.fullmatch(r'(.*?) ""+ (\S+)', line)
            if not match:
                pending.append(line)
                continue
            heading = words(pending + [match.group(1)])
            pending = []
            entries += 1
            if match.group(2) not in body or heading not in body[match.group(2)]:
                fail(path, f"contents: {heading!r} is not on braille page {match.group(2)!r}")
    if entries == 0:
        fail(path, "the contents page lists no heading")


def check_unicode(path, brf_pages):
    text = path.read_text(encoding="utf-8")
    pages = text.split("\f")[:-1]
    if len(pages) != len(brf_pages):
        fail(path, f"{len(pages)} pages, the BRF has {len(brf_pages)}")
        return
    for p, (page, brf) in enumerate(zip(pages, brf_pages), 1):
        expected = "".join(chr(0x2800 + BY_DOTS.index(c)) if c in BY_DOTS else c for c in brf.replace("\r\n", "\n"))
        if page != expected:
            fail(path, f"page {p} is not the BRF page cell for cell")


def main():
    folio, source, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    out = work / "out"
    subprocess.run([folio, "export", str(source / "content"), "-o", str(out), "--edition", "braille,braille-text,brochure", "-q"],
                   check=True, capture_output=True)
    checked = 0
    for document, language in shipped_files(source):
        folder = out / document / language
        pages = check_brf(folder / f"{document}-braille.brf")
        check_unicode(folder / f"{document}-braille-text.txt", pages)
        check_contents(folder / f"{document}-braille.brf", pages)
        check_print_pages(folder / f"{document}-braille.brf", pages, folder / f"{document}-brochure.pdf")
        checked += 1
    for f in failures:
        print("FAIL:", f)
    print(f"{checked} braille editions, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
