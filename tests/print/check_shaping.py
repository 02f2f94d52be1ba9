#!/usr/bin/python3
"""Shaping matches HarfBuzz: draws lines in Hindi, Arabic (lam-alef and marks) and Vietnamese
(stacked marks, decomposed) with Folio (render_line -> PDF -> pdftoppm) and with HarfBuzz's own
hb-view, and compares the inked pixels. A control run with shaping switched off must NOT match,
so the comparison can fail.

The fonts are the repository's (FONTS_DIR, filled by tools/fetch-fonts; see fonts/README.md),
never the machine's: a missing one fails with its name.

usage: check_shaping.py RENDER_LINE FONTS_DIR WORK_DIR
"""
import subprocess
import sys
import unicodedata
from pathlib import Path

from PIL import Image, ImageChops

SIZE = 48  # points, rendered at 72 dpi: 1 pt = 1 px for both renderers

CASES = [
    ("Hindi conjuncts and matras", "noto/NotoSansDevanagari-Regular.ttf", "Deva", "hi", "ltr",
     "क्षत्रिय प्रतिरक्षा कैंसर"),
    ("Arabic joining, lam-alef and marks", "noto/NotoSansArabic-Regular.ttf", "Arab", "ar", "rtl",
     "لا إلى العِلاجُ المناعيّ"),
    # Base letters followed by combining marks (NFD), two stacked on some letters: HarfBuzz
    # composes them or positions each mark on its base; shaped one by one they land elsewhere.
    ("Vietnamese stacked marks, decomposed", "noto/NotoSans-Regular.ttf", "Latn", "vi", "ltr",
     unicodedata.normalize("NFD", "Người được những điều ệ ặ ỗ")),
]


def ink(path):
    """The inked pixels of an image as a 1-bit mask cropped to their bounding box."""
    image = Image.open(path).convert("L")
    mask = image.point(lambda v: 255 if v < 128 else 0)
    box = mask.getbbox()
    if box is None:
        raise SystemExit(f"{path}: nothing was drawn")
    return mask.crop(box)


def overlap(a, b):
    """Intersection over union of two masks placed at their top-left corners."""
    width, height = max(a.width, b.width), max(a.height, b.height)
    pa, pb = Image.new("L", (width, height)), Image.new("L", (width, height))
    pa.paste(a, (0, 0))
    pb.paste(b, (0, 0))
    both = ImageChops.multiply(pa, pb).histogram()[255]
    either = ImageChops.lighter(pa, pb).histogram()[255]
    return both / either if either else 0.0


def folio_render(render_line, font, script, lang, direction, text, out, unshaped=False):
    pdf = out.with_suffix(".pdf")
    args = [render_line, font, str(SIZE), script, lang, direction, text, str(pdf)]
    if unshaped:
        args.append("--unshaped")
    subprocess.run(args, check=True)
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", "-aa", "yes", str(pdf), str(out.with_suffix(""))], check=True)
    return out


def main():
    render_line, fonts, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    failures = 0
    missing = [fonts / font for _, font, *_ in CASES if not (fonts / font).is_file()]
    if missing:
        for font in missing:
            print(f"FAIL font '{font}' is missing: run tools/fetch-fonts (see fonts/README.md)")
        print(f"0 passed, {len(CASES)} failed")
        return 1
    for index, (name, font, script, lang, direction, text) in enumerate(CASES):
        font_path = str(fonts / font)
        reference = work / f"case{index}-hb-view.png"
        subprocess.run(["hb-view", f"--font-size={SIZE}", "--margin=16", f"--script={script}", f"--language={lang}",
                        f"--direction={direction}", "--output-format=png", f"--output-file={reference}",
                        font_path, text], check=True)
        shaped = folio_render(render_line, font_path, script, lang, direction, text, work / f"case{index}-folio.png")
        control = folio_render(render_line, font_path, script, lang, direction, text, work / f"case{index}-unshaped.png",
                               unshaped=True)
        score = overlap(ink(reference), ink(shaped))
        control_score = overlap(ink(reference), ink(control))
        ok = score >= 0.80 and control_score < score - 0.1
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: overlap with hb-view {score:.3f}, unshaped control {control_score:.3f}")
    print(f"{len(CASES) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
