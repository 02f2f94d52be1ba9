#!/usr/bin/python3
"""The print editions as a reader's tools see them. Exports the brochure and large-print PDFs of
every shipped document (tests/shipped-documents.txt) with the built folio, then checks each with
poppler, qpdf and pikepdf:

- qpdf --check is clean; pdfinfo shows a title; pdffonts: every font embedded (and subset);
- pdftotext gives the content's words in reading order (right-to-left text in logical order),
  with no replacement characters, private-use code points or stray '?';
- pdftotext -bbox: no word outside the page's text area (page numbers live in the bottom margin)
  and no two words on top of each other;
- large print: no text drawn under 16 pt and no italic face (read from the content streams).

usage: check_print_editions.py FOLIO SOURCE_DIR WORK_DIR
"""
import difflib
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from shipped_documents import shipped_files  # noqa: E402
from printed_links import words_say_address  # noqa: E402

failures = []
RIGHT_TO_LEFT = ("ar", "he", "fa", "ur", "ps", "yi")
UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")
STACKED = ("TIBETAN", "MYANMAR")


def fail(pdf, message):
    failures.append(f"{pdf}: {message}")


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def style_margins(path):
    page = ET.parse(path).getroot().find("page")
    return {side: float(page.get(f"margin-{side}")) for side in ("top", "bottom", "left", "right")}


def content_words(xml_path):
    """The body's words in document order, without the glossary (printed in collation order). For
    right-to-left documents tables are left out too: poppler's physical-layout mode reads a
    right-to-left table column by column wherever it stands on the page, so their order says
    nothing about Folio's (the tag checks read every cell in content order); the rest of the text
    is then held to a higher bar."""
    root = ET.parse(xml_path).getroot()
    right_to_left = root.find("meta/language").text in RIGHT_TO_LEFT
    for element in list(root.iter("glossary")) + (list(root.iter("table")) if right_to_left else []):
        element.clear()
    # In a left-to-right document, a block in a right-to-left language (a tagline in Arabic) comes
    # out of poppler in visual order: its words are left out here (and from what poppler gives,
    # see tokens), and the tag checks read its text in logical order.
    if not right_to_left:
        for element in root.find("body").iter():
            if element.tag != "span" and (element.get("lang") or "").split("-")[0] in RIGHT_TO_LEFT:
                element.clear()
    text = " ".join(t for t in root.find("body").itertext())
    return tokens(text, root.find("meta/language").text)


def tokens(text, language):
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u202a-\u202e\u200e\u200f]", "", text)  # poppler adds direction marks
    if language.startswith("zh"):
        return [c for c in text if unicodedata.category(c).startswith("L")]
    if language.split("-")[0] not in RIGHT_TO_LEFT:  # right-to-left blocks of a left-to-right document
        text = "".join(" " if unicodedata.bidirectional(c) in ("R", "AL") else c for c in text)
    # Scripts without spaces between words (a tagline in Chinese or Thai in an English
    # document): a token per letter, as for a Chinese document.
    text = "".join(f" {c} " if unicodedata.name(c, "").startswith(UNSPACED) else c for c in text)
    # Words are runs of letters (with their marks) or of digits: a list number printed right
    # against its text ("٤.ما") must not hide the word.
    words, current, kind = [], "", None
    for c in text:
        category = unicodedata.category(c)[0]
        this = "N" if category == "N" else "L" if category in "LM" else None
        if this != kind or this is None:
            if current:
                words.append(current)
            current = ""
        if this is not None:
            current += c
        kind = this
    if current:
        words.append(current)
    return [w for w in words if not w.isdigit()]  # list numbers and page numbers are not content words


def question_marks(xml_path):
    """How many "?" the content itself has: a PDF's text with more has a stray one, a character
    that reached the file as "?" instead of its glyph."""
    return "".join(ET.parse(xml_path).getroot().itertext()).count("?")


def check_text(pdf, language, expected, mode=None, allowed_question_marks=0):
    text = run("pdftotext", "-enc", "UTF-8", *([mode] if mode else []), str(pdf), "-").stdout
    bad = [c for c in text if c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF]
    if bad:
        fail(pdf, f"text extraction has {len(bad)} replacement or private-use characters")
    if text.count("?") > allowed_question_marks:
        fail(pdf, f"text extraction has {text.count('?')} '?', the content only {allowed_question_marks}")
    got = tokens(text, language)
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    ratio = matched / max(1, len(expected))
    # In its default (physical layout) mode poppler moves some Latin words inside Arabic lines
    # (and reads right-to-left tables column by column: see content_words), hence the lower bar;
    # -raw reads in content-stream order, which is Folio's reading order, and must be (nearly)
    # exact for left-to-right text (for right-to-left text -raw cuts lines at every glyph).
    threshold = 0.99 if mode == "-raw" else 0.96 if language in RIGHT_TO_LEFT else 0.97
    if ratio < threshold:
        missing = [w for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag in ("delete", "replace")
                   for w in expected[i1:i2]][:12]
        fail(pdf, f"only {ratio:.1%} of the content's words come out of pdftotext {mode or ''} in order; missing e.g. {missing}")
    return ratio


def check_addresses(pdf, xml_path, margins):
    """Every web address of the content is printed, and copying the text gives it back whole: the
    lines joined without their breaks hold it exactly (nothing added at a break, nothing lost)."""
    # The text in content-stream (reading) order, the bottom margin with its page number cropped
    # away (it would sit inside an address broken over a page), the lines joined as a reader
    # copying them would, without the direction marks poppler adds.
    height = float(re.search(r"Page size:\s+[\d.]+ x ([\d.]+)", run("pdfinfo", str(pdf)).stdout).group(1))
    raw = run("pdftotext", "-raw", "-enc", "UTF-8", "-x", "0", "-y", "0", "-W", "100000",
              "-H", str(int(height - margins["bottom"])), str(pdf), "-").stdout
    text = re.sub("[\u202a-\u202e\u200e\u200f\n\f]", "", raw)
    links = [a for a in ET.parse(xml_path).getroot().iter("a") if (a.get("href") or "").startswith("http")]
    for a in links:
        url, words = a.get("href"), "".join(a.itertext())
        # Words that are the address ("ClinicalTrials.gov") stand for it; any other link shows it.
        wanted = " ".join(words.split()) if words_say_address(words, url) else url
        if wanted not in text:
            fail(pdf, f"the address {url} is not in the printed text as '{wanted}'")
    return len(links)


def check_top_margin_ink(pdf, margins):
    """No ink above the text area: every page's top margin, rendered, is blank."""
    dpi = 36
    with tempfile.TemporaryDirectory() as folder:
        band = int((margins["top"] - 1) * dpi / 72)
        run("pdftoppm", "-r", str(dpi), "-gray", "-y", "0", "-H", str(band), "-W", "10000", str(pdf), f"{folder}/top")
        rendered = sorted(Path(folder).glob("top*.pgm"))
        if not rendered:
            fail(pdf, "pdftoppm rendered no page to check the top margin")
        for image in rendered:
            inked = sum(1 for value in Image.open(image).getdata() if value < 200)
            if inked:
                fail(pdf, f"{inked} dark pixels in the top margin of {image.stem.replace('top-', 'page ')}")


def check_boxes(pdf, margins):
    html = run("pdftotext", "-bbox", str(pdf), "-").stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    if not re.search(r"<word ", html):
        fail(pdf, "pdftotext -bbox finds no word to check")
    outside = overlaps = 0
    for width, height, body in pages:
        width, height = float(width), float(height)
        words = [tuple(map(float, m.groups()[:4])) + (m.group(5),) for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body)]
        for x0, y0, x1, y1, word in words:
            if y0 > height - margins["bottom"]:
                continue  # the page number, in the bottom margin by design
            # The top edge is checked on the ink (check_top_margin_ink): poppler's word boxes run
            # to the font's ascent, which for Arabic or Devanagari is far above any glyph.
            if x0 < margins["left"] - 1 or x1 > width - margins["right"] + 1:
                outside += 1
                if outside <= 3:
                    fail(pdf, f"word '{word}' at ({x0:.1f}, {y0:.1f})-({x1:.1f}, {y1:.1f}) is outside the text area")
        # Words on top of each other: boxes that share more than a third of the smaller one.
        # Poppler's boxes for stacked and reordered scripts (Tibetan stacks, Myanmar vowels drawn
        # before their consonant) run past their ink, so those are left to the shaping test,
        # which compares them with hb-view pixel by pixel.
        words = [w for w in words if not any(unicodedata.name(c, "").startswith(STACKED) for c in w[4])]
        words.sort(key=lambda w: (w[1], w[0]))
        for i, a in enumerate(words):
            for b in words[i + 1:i + 40]:
                if b[1] > a[3]:
                    break
                ix = min(a[2], b[2]) - max(a[0], b[0])
                iy = min(a[3], b[3]) - max(a[1], b[1])
                if ix > 0 and iy > 0:
                    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                    if smaller > 0 and ix * iy > smaller / 3:
                        overlaps += 1
                        if overlaps <= 3:
                            fail(pdf, f"words '{a[4]}' and '{b[4]}' overlap")
    return len(pages)


def check_large_print(pdf):
    smallest = 1e9
    with pikepdf.open(pdf) as doc:
        for number, page in enumerate(doc.pages, 1):
            fonts = page.Resources.get("/Font", {})
            for name, font in fonts.items():
                descendant = font.get("/DescendantFonts", [font])[0]
                descriptor = descendant.get("/FontDescriptor", {})
                italic = float(descriptor.get("/ItalicAngle", 0)) != 0 or "Italic" in str(font.get("/BaseFont", ""))
                if italic:
                    fail(pdf, f"page {number} uses an italic face {font.get('/BaseFont')}")
            size = None
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "Tf":
                    size = float(operands[1])
                elif op in ("Tj", "TJ", "'", '"') and size is not None:
                    smallest = min(smallest, size)
                    if size < 16:
                        fail(pdf, f"page {number} draws text at {size} pt")
                        return smallest
    if smallest == 1e9:
        fail(pdf, "no text drawn, so no size to check")
    return smallest


def main():
    folio, source, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    out = work / "out"
    result = run(str(folio), "export", str(source / "content"), "-o", str(out), "--edition", "brochure,large-print",
                 "--styles", str(source / "styles"), "--fonts", str(source / "fonts"))
    if result.returncode != 0:
        print(result.stderr)
        print("0 passed, 1 failed")
        return 1
    checked = 0
    shipped = shipped_files(source)
    for document, language in shipped:
        xml = source / "content" / document / f"{language}.xml"
        expected = content_words(xml) if xml.is_file() else []  # no file, no PDF: "not written"
        marks = question_marks(xml) if xml.is_file() else 0
        for edition in ("brochure", "large-print"):
            pdf = out / document / language / f"{document}-{edition}.pdf"
            before = len(failures)
            if not pdf.is_file():
                fail(pdf, "not written")
                checked += 1
                print(f"FAIL {pdf.relative_to(out)}: not written")
                continue
            if run("qpdf", "--check", str(pdf)).returncode != 0:
                fail(pdf, "qpdf --check reports problems")
            info = run("pdfinfo", str(pdf)).stdout
            if not re.search(r"^Title:\s+\S", info, re.M):
                fail(pdf, "no document title")
            for line in run("pdffonts", str(pdf)).stdout.splitlines()[2:]:
                fields = line.split()
                if fields[-5] != "yes" or fields[-4] != "yes":
                    fail(pdf, f"font not embedded as a subset: {line}")
            ratio = check_text(pdf, language, expected, allowed_question_marks=marks)
            raw_ratio = (check_text(pdf, language, expected, "-raw", marks) if language not in RIGHT_TO_LEFT
                         else None)
            margins = style_margins(source / "styles" / f"{edition}.xml")
            pages = check_boxes(pdf, margins)
            check_top_margin_ink(pdf, margins)
            addresses = check_addresses(pdf, xml, margins)
            smallest = check_large_print(pdf) if edition == "large-print" else None
            checked += 1
            status = "ok  " if len(failures) == before else "FAIL"
            extra = f", smallest text {smallest:g} pt" if smallest else ""
            extra += f", {addresses} web addresses printed whole"
            raw_text = f"{raw_ratio:.1%}" if raw_ratio is not None else "n/a"
            print(f"{status} {pdf.relative_to(out)}: {pages} pages, {ratio:.1%} of words in order ({raw_text} with -raw){extra}")
    for f in failures:
        print("  " + f)
    failed = len({f.split(":")[0] for f in failures})
    print(f"{checked - failed} passed, {failed} failed")
    if checked != 2 * len(shipped):
        print(f"checked {checked} PDFs, not the {2 * len(shipped)} of tests/shipped-documents.txt")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
