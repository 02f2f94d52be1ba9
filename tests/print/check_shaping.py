#!/usr/bin/python3
"""Shaping matches HarfBuzz: draws a phrase in each script the shipped styles cover (Hindi,
Arabic, Vietnamese stacked marks, Hebrew points, split Indic vowels, Thai, Khmer, Tibetan stacks,
Korean, Japanese...) with Folio (render_line -> PDF -> pdftoppm) and with HarfBuzz's own hb-view,
and compares the inked pixels. A control run with shaping switched off must NOT match where
shaping changes the drawing, so the comparison can fail.

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
    # Every other script the shipped styles cover (fonts/README.md), a phrase each.
    ("Hebrew with points", "noto/NotoSansHebrew-Regular.ttf", "Hebr", "he", "rtl", "בְּשָׂפָה שֶׁל עִבְרִית מְדֻבֶּרֶת"),
    ("Persian joining, ZWNJ", "noto/NotoSansArabic-Regular.ttf", "Arab", "fa", "rtl", "کمک زبانی رایگان می‌گیرید"),
    ("Urdu letters", "noto/NotoSansArabic-Regular.ttf", "Arab", "ur", "rtl", "زبان کی مفت مدد دستیاب ہے"),
    ("Armenian", "noto/NotoSansArmenian-Regular.ttf", "Armn", "hy", "ltr", "Եթե հայերեն եք խոսում"),
    ("Georgian", "noto/NotoSansGeorgian-Regular.ttf", "Geor", "ka", "ltr", "თუ ქართულად საუბრობთ"),
    ("Ethiopic", "noto/NotoSansEthiopic-Regular.ttf", "Ethi", "am", "ltr", "ነፃ የቋንቋ እርዳታ ያገኛሉ።"),
    ("Bengali split vowels", "noto/NotoSansBengali-Regular.ttf", "Beng", "bn", "ltr", "ফোন করুন বিনামূল্যে"),
    ("Gurmukhi", "noto/NotoSansGurmukhi-Regular.ttf", "Guru", "pa", "ltr", "ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ"),
    ("Gujarati", "noto/NotoSansGujarati-Regular.ttf", "Gujr", "gu", "ltr", "મફત ભાષા સહાય"),
    ("Oriya", "noto/NotoSansOriya-Regular.ttf", "Orya", "or", "ltr", "ଫୋନ୍ କରନ୍ତୁ"),
    ("Tamil split vowels", "noto/NotoSansTamil-Regular.ttf", "Taml", "ta", "ltr", "தமிழ் மொழி உதவி"),
    ("Telugu", "noto/NotoSansTelugu-Regular.ttf", "Telu", "te", "ltr", "ఉచిత భాషా సహాయం"),
    ("Kannada", "noto/NotoSansKannada-Regular.ttf", "Knda", "kn", "ltr", "ಉಚಿತ ಭಾಷಾ ನೆರವು"),
    ("Malayalam", "noto/NotoSansMalayalam-Regular.ttf", "Mlym", "ml", "ltr", "സൗജന്യ ഭാഷാസഹായം"),
    ("Sinhala", "noto/NotoSansSinhala-Regular.ttf", "Sinh", "si", "ltr", "නොමිලේ භාෂා සහාය"),
    ("Thai", "noto/NotoSansThai-Regular.ttf", "Thai", "th", "ltr", "ความช่วยเหลือด้านภาษาฟรี"),
    ("Lao", "noto/NotoSansLao-Regular.ttf", "Laoo", "lo", "ltr", "ການຊ່ວຍເຫຼືອດ້ານພາສາ"),
    ("Khmer", "noto/NotoSansKhmer-Regular.ttf", "Khmr", "km", "ltr", "ជំនួយភាសាឥតគិតថ្លៃ"),
    ("Myanmar", "noto/NotoSansMyanmar-Regular.ttf", "Mymr", "my", "ltr", "အခမဲ့ ဘာသာစကား အကူအညီ"),
    ("Tibetan stacks", "noto/NotoSerifTibetan-Regular.ttf", "Tibt", "bo", "ltr", "སྐད་ཡིག་རོགས་རམ་"),
    ("Korean", "nanum/NanumGothic.ttf", "Hang", "ko", "ltr", "무료 언어 지원 서비스"),
    ("Japanese", "ipaex/ipaexg.ttf", "Jpan", "ja", "ltr", "言語のサポートを無料で受けられます"),
]
# Scripts whose letters are drawn as they come (no joining, reordering or stacking in these
# phrases; Thai and Lao marks sit where their fonts put them even unshaped): unshaped text looks
# the same, so their control run cannot tell the two apart.
SIMPLE = {"Armenian", "Georgian", "Ethiopic", "Korean", "Japanese", "Thai", "Lao"}


def ink(path):
    """The inked pixels of an image as a 1-bit mask cropped to their bounding box."""
    image = Image.open(path).convert("L")
    mask = image.point(lambda v: 255 if v < 128 else 0)
    box = mask.getbbox()
    if box is None:
        raise SystemExit(f"{path}: nothing was drawn")
    return mask.crop(box)


def overlap(a, b, slack=4):
    """Intersection over union of two masks placed at their top-left corners, at the best of the
    offsets up to `slack` pixels: a mark one renderer rounds a pixel higher moves the whole ink box
    (a Tibetan vowel sign on top of the line), which says nothing about the shaping."""
    width, height = max(a.width, b.width) + 2 * slack, max(a.height, b.height) + 2 * slack
    pa = Image.new("L", (width, height))
    pa.paste(a, (slack, slack))
    best = 0.0
    for dx in range(-slack, slack + 1):
        for dy in range(-slack, slack + 1):
            pb = Image.new("L", (width, height))
            pb.paste(b, (slack + dx, slack + dy))
            both = ImageChops.multiply(pa, pb).histogram()[255]
            either = ImageChops.lighter(pa, pb).histogram()[255]
            best = max(best, both / either if either else 0.0)
    return best


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
        ok = score >= 0.80 and (name in SIMPLE or control_score < score - 0.1)
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: overlap with hb-view {score:.3f}, unshaped control {control_score:.3f}")
    print(f"{len(CASES) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
