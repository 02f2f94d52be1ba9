#!/usr/bin/python3
"""Layout quality as a typesetter checks it, on what poppler reads from the PDFs: every shipped
document (tests/shipped-documents.txt) and the stress documents of stress_documents.py, brochure
and large print, and the brochures again in a justified style.

Each line of text is followed to the line under it (a paragraph's next line, a table cell's next
line, a list item's run-over), and the words where lines meet are compared with the content's
own words:
- no word cut without a hyphen: the end of a line and the start of the next do not make one of
  the content's words unless both are words of their own;
- no added hyphen in large print: a line there ends with a hyphen only where the word has one
  ("T-cell");
- no line starts with closing punctuation (",", ".", ")", "，", "。" ...);
- no page without content (the footer alone);
- every web address printed whole (printed_links.py: the lines joined give it back exactly);
- justified brochures: no word space wider than MAX_WORD_SPACE ems on a full line.

usage: check_layout_quality.py FOLIO SOURCE_DIR WORK_DIR
       check_layout_quality.py --pdf PDF XML EDITION [justified]   (one file: to show old output failing)
"""
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "support"))
sys.path.insert(0, str(HERE))
from shipped_documents import shipped_files  # noqa: E402
import check_print_editions as editions  # noqa: E402

# The widest word space on a full justified line, in ems as poppler measures a gap (side bearings
# included: a plain space is ~0.27 em, so this is about twice a plain space).
MAX_WORD_SPACE = {"shipped": 0.55, "stress": 0.55}
CLOSING = set(",.;:!?)]}»”’、。，：；！？）」』،؛؟।")
HYPHENS = ("-", "\u00ad", "\u2010")
RIGHT_TO_LEFT = editions.RIGHT_TO_LEFT
failures = []


def fail(pdf, message):
    failures.append(f"{pdf}: {message}")


def letters(text):
    return "".join(c for c in text if unicodedata.category(c)[0] in "LM")


# Scripts written without spaces between words: where their lines meet, only the line breaker's
# own test (tests/unit/layout/line_ends_test.cpp, ICU's breaks) can tell a word from a cut.
UNSPACED = editions.UNSPACED


def scripts_of(segment):
    """What a line holds, by its letters: right-to-left ones (poppler gives those lines in visual
    order), ones of scripts without spaces, and whether every letter is Latin. A document's
    paragraphs may each be in another language (a page of taglines)."""
    text = "".join(w[4] for w in segment)
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
    unspaced = any(unicodedata.name(c, "").startswith(UNSPACED) for c in text if unicodedata.category(c)[0] == "L")
    latin = all(unicodedata.name(c, "").startswith("LATIN") for c in text if unicodedata.category(c)[0] == "L")
    return rtl, unspaced, latin


def source_words(xml):
    root = ET.parse(xml).getroot()
    text = unicodedata.normalize("NFC", " ".join(root.itertext()))
    words = set()
    for token in re.split(r"[\s/]+", text):
        for part in [token] + token.split("-"):
            w = letters(part).lower()
            if w:
                words.add(w)
    # Words with hyphens of their own ("T-cell", "ट्यूमर-इनफ़िल्ट्रेटिंग"); \w would miss the marks.
    piece = r"[^\s\-–—,.;:()“”\"'/]+"
    hyphenated = {letters(t).lower(): t for t in re.findall(piece + r"(?:-" + piece + r")+", text)}
    return words, hyphenated


def read_words(pdf):
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = []
    for width, height, body in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        words = [(float(a), float(b), float(c), float(d), unicodedata.normalize("NFC", unescape(w)))
                 for a, b, c, d, w in re.findall(
                     r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body)]
        pages.append((float(width), float(height), words))
    return pages


def segments(words, right_to_left):
    """Lines of words on one baseline, split where a gap is wider than 0.7 em (a table's columns are
    at least two cell paddings apart; a justified space stays narrower): each segment is a list of
    words in reading order."""
    lines = {}
    for w in words:
        lines.setdefault(round(w[3]), []).append(w)
    out = []
    for y in sorted(lines):
        ws = sorted(lines[y], key=lambda w: w[0])
        current = [ws[0]]
        for a, b in zip(ws, ws[1:]):
            if b[0] - a[2] > 0.7 * (a[3] - a[1]) / 1.362:
                out.append(current)
                current = []
            current.append(b)
        out.append(current)
    return [list(reversed(s)) if right_to_left else s for s in out]


def widest_space(words, width, number, widest, widest_at):
    """The widest gap between words on the full lines of a page (those running from margin to
    margin: justified lines), in ems of their size."""
    lines = {}
    for w in words:
        lines.setdefault(round(w[3]), []).append(w)
    for ws in lines.values():
        ws.sort()
        if len(ws) < 4 or abs(ws[0][0] - 58) > 1.5 or abs(ws[-1][2] - (width - 58)) > 1.5:
            continue
        if not scripts_of(ws)[2]:
            continue  # word spaces are measured on Latin-script lines
        size = min(w[3] - w[1] for w in ws) / 1.362
        for a, b in zip(ws, ws[1:]):
            if (b[0] - a[2]) / size > widest:
                widest, widest_at = (b[0] - a[2]) / size, f"page {number}: '{a[4]} {b[4]}'"
    return widest, widest_at


def next_line(segment, candidates, right_to_left):
    """The segment that continues `segment` on the line below: aligned with its start edge (or up
    to three ems inside it: a list item's run-over lines), within two line heights."""
    height = max(w[3] - w[1] for w in segment)
    bottom = max(w[3] for w in segment)
    start = max(w[2] for w in segment) if right_to_left else min(w[0] for w in segment)
    best = None
    for other in candidates:
        top = max(w[3] for w in other)
        if not (bottom + 1 < top <= bottom + 2.2 * height):
            continue
        other_start = max(w[2] for w in other) if right_to_left else min(w[0] for w in other)
        inside = (start - other_start) if right_to_left else (other_start - start)
        if -2 <= inside <= 3 * height and (best is None or top < best[0]):
            best = (top, other)
    return best[1] if best else None


def check_pdf(pdf, xml, edition, justified=False, max_space=MAX_WORD_SPACE["shipped"]):
    root = ET.parse(xml).getroot()
    language = root.find("meta/language").text
    right_to_left = language.split("-")[0] in RIGHT_TO_LEFT
    # Blocks of a right-to-left language in a left-to-right document (taglines).
    rtl_blocks = any((e.get("lang") or "").split("-")[0] in RIGHT_TO_LEFT for e in root.iter() if e.tag != "span")
    # poppler makes a word of each Arabic glyph, and Chinese has no spaces: the words where lines
    # meet are compared for the scripts with spaces between words read left to right (the line
    # breaker's own test, tests/unit/layout, checks every language's breaks against ICU's).
    spaced = not right_to_left and language.split("-")[0] not in ("zh", "ja")
    latin_script = language.split("-")[0] in ("en", "es", "vi", "fr", "de", "pt", "it")
    words, hyphenated = source_words(xml)
    pages = read_words(pdf)
    cuts = added_hyphens = closing = 0
    widest, widest_at = 0.0, ""
    for number, (width, height, page_words) in enumerate(pages, 1):
        body = [w for w in page_words if w[1] < height - 50]  # the footer sits in the bottom margin
        if not body:
            fail(pdf, f"page {number} has nothing but its footer")
            continue
        segs = segments(body, right_to_left)
        # Baselines holding right-to-left words: poppler gives those lines in visual order, so
        # what starts their segments is not what starts the line.
        rtl_bottoms = [w[3] for w in body if scripts_of([w])[0]]
        # Folio sets left-to-right text flush left: a line flush right, not starting at the left
        # edge, belongs to a right-to-left paragraph ("(711." under a Yiddish line).
        right_edge, left_edge = max(w[2] for w in body), min(w[0] for w in body)
        if justified and latin_script:
            widest, widest_at = widest_space(body, width, number, widest, widest_at)
        for seg in segs:
            first = seg[0][4]
            line_rtl, line_unspaced, _ = scripts_of(seg)
            line_rtl = (line_rtl or any(abs(bottom - seg[0][3]) < 0.5 * (seg[0][3] - seg[0][1]) for bottom in rtl_bottoms)
                        or (rtl_blocks and max(w[2] for w in seg) > right_edge - 2 and min(w[0] for w in seg) > left_edge + 20))
            # An address goes on with ".gov/..." by Chicago's rules: a mark before its next part.
            address = "/" in first or re.match(r"^[.,?#&=_~%-][\w]", first)
            if first[0] in CLOSING and not address and not right_to_left and not line_rtl:
                closing += 1
                if closing <= 3:
                    fail(pdf, f"page {number}: a line starts with closing punctuation: '{' '.join(w[4] for w in seg[:4])}'")
            below = next_line(seg, segs, right_to_left)
            if below is None or not spaced or line_rtl or line_unspaced or any(scripts_of(below)[:2]):
                continue
            end, start = seg[-1][4], below[0][4]
            tail, head = letters(end.split("-")[-1]).lower(), letters(start).lower()
            if end.endswith(HYPHENS):
                # A line ending in a hyphen: the word's own ("T-" "cell") or an added one.
                joined = letters(end.rstrip("".join(HYPHENS))).lower() + head
                own = end.endswith("-") and any(key.startswith(letters(end).lower() + head) for key in hyphenated)
                if edition == "large-print" and not own:
                    added_hyphens += 1
                    if added_hyphens <= 3:
                        fail(pdf, f"page {number}: a hyphen added in large print: '{end}' / '{start}'")
                continue
            if not tail or not head:
                continue
            if (tail + head) in words and not (tail in words and head in words):
                cuts += 1
                if cuts <= 3:
                    fail(pdf, f"page {number}: a word cut without a hyphen: '{end}' / '{start}'")
    if justified and widest > max_space:
        fail(pdf, f"a word space of {widest:.2f} em on a justified line (at most {max_space}), {widest_at}")
    return len(pages), cuts, widest


def export(folio, content, out, styles, fonts):
    result = subprocess.run([str(folio), "export", str(content), "-o", str(out), "--edition", "brochure,large-print",
                             "--styles", str(styles), "--fonts", str(fonts)], capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr)
    return result.returncode == 0


def main():
    if sys.argv[1] == "--pdf":
        pdf, xml, edition = sys.argv[2], sys.argv[3], sys.argv[4]
        pages, cuts, widest = check_pdf(pdf, xml, edition, len(sys.argv) > 5)
        for f in failures:
            print("  " + f)
        print(f"{pdf}: {pages} pages, {cuts} cut words, widest justified space {widest:.2f} em")
        return 1 if failures else 0
    folio, source, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    fonts = source / "fonts"
    stress = work / "stress-content"
    subprocess.run([sys.executable, str(HERE / "stress_documents.py"), str(stress)], check=True)
    # The brochure style justified, to measure word spaces on a justified setting.
    justified_styles = work / "justified-styles"
    justified_styles.mkdir(parents=True, exist_ok=True)
    for name in ("brochure", "large-print"):
        text = (source / "styles" / f"{name}.xml").read_text(encoding="utf-8")
        if name == "brochure":
            text, n = re.subn(r'align="left"', 'align="justify"', text)
            assert n == 1, "the brochure style has no align=\"left\" to turn into justify"
        (justified_styles / f"{name}.xml").write_text(text, encoding="utf-8")
    runs = [("shipped", source / "content", source / "styles", False),
            ("stress", stress, source / "styles", False),
            ("shipped-justified", source / "content", justified_styles, True),
            ("stress-justified", stress, justified_styles, True)]
    documents = [(d, l, source / "content" / d / f"{l}.xml") for d, l in shipped_files(source)]
    documents += [(p.parent.name, p.stem, p) for p in sorted(stress.glob("*/*.xml"))]
    checked = 0
    for name, content, styles, justified in runs:
        out = work / name
        if not export(folio, content, out, styles, fonts):
            fail(name, "export failed")
            continue
        for document, language, xml in documents:
            if not str(xml).startswith(str(content)):
                continue
            for edition in (("brochure",) if justified else ("brochure", "large-print")):
                pdf = out / document / language / f"{document}-{edition}.pdf"
                before = len(failures)
                if not pdf.is_file():
                    fail(pdf, "not written")
                    continue
                pages, cuts, widest = check_pdf(pdf, xml, edition, justified, MAX_WORD_SPACE[name.split("-")[0]])
                margins = editions.style_margins(styles / f"{edition}.xml")
                editions.failures.clear()
                addresses = editions.check_addresses(pdf, xml, margins)
                failures.extend(editions.failures)
                checked += 1
                status = "ok  " if len(failures) == before else "FAIL"
                extra = f", widest word space {widest:.2f} em" if justified else ""
                print(f"{status} {name}/{document}/{language}/{edition}: {pages} pages, {addresses} addresses whole{extra}")
    for f in failures:
        print("  " + f)
    print(f"{checked} PDFs checked, {len(failures)} problems")
    if checked < 2 * len(documents):
        print("fewer PDFs checked than expected")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
