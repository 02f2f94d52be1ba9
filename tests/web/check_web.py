#!/usr/bin/python3
"""The web page and the e-book's content documents as readers get them, in Debian's Chromium.

Exports the web and e-book editions of every shipped document (tests/shipped-documents.txt), of
the print stress documents (tests/print/stress_documents.py: a six-column table of long drug
names, long addresses, nested lists, callouts; English, Spanish, Arabic) and of a reflow stress
document written here (a 300-character web address shown as its own link text, a 75-letter word,
a deep list), unpacks each EPUB, and opens every page (the web page, and each XHTML content
document and the navigation document of the EPUB) at 320 and 1280 CSS pixels
(tests/web/check_pages.mjs). Fails unless, for each:

- axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules finds no violation, in light colours
  and (contrast rules) in dark colours;
- at 320 pixels nothing scrolls sideways: the page is no wider than the viewport and no element
  goes past it, except inside a table's own scroll region (WCAG 1.4.10); the same with WCAG
  1.4.12's text spacing and with text at 200% (WCAG 1.4.4), which must clip no text either;
- the e-book claims no more than was checked: its dcterms:conformsTo names the WCAG version and
  level whose rules ran here.

Screenshots of every page at both widths (and at 320 in dark colours) are left in
WORK_DIR/screenshots to look at.

usage: check_web.py FOLIO SOURCE_DIR WORK_DIR
"""
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from checker_report import finish  # noqa: E402
from shipped_documents import shipped_files  # noqa: E402

# The WCAG rule sets check_pages.mjs runs, and the claims they back.
CHECKED = {"2.0": "wcag2aa", "2.1": "wcag21aa", "2.2": "wcag22aa"}

URL = ("https://www.example.org/patient-information/immunotherapy/checkpoint-inhibitors/"
       "side-effects-and-what-to-do-about-them/when-to-call-your-care-team?"
       "utm_source=folio-reflow-test&utm_medium=web&utm_campaign=handouts-2026&"
       "section=immune-related-adverse-events&language=en&print=false&long=parameter&v=2026")
WORD = "Immunotherapiebehandlungsnebenwirkungsüberwachungsprotokollverantwortlicher"


def reflow_document(lang, title, words):
    """A page that only reflows if long addresses and words wrap and the table stacks or scrolls."""
    rows = "".join(f"<tr><th scope=\"row\">{escape(r[0])}</th>" + "".join(f"<td>{escape(c)}</td>" for c in r[1:]) + "</tr>"
                   for r in words["rows"])
    head = "".join(f"<th scope=\"col\">{escape(h)}</th>" for h in words["headers"])
    deep = "<ul><li>One<ul><li>Two<ul><li>Three<ul><li>Four: " + escape(WORD) + "</li></ul></li></ul></li></ul></li></ul>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<document version="1">
  <meta><title>{escape(title)}</title><language>{lang}</language><identifier>urn:folio:test:reflow</identifier>
    <publisher>Folio web tests</publisher><published>2026-12-06</published><translation status="original"/><sample/></meta>
  <body>
    <section id="long"><title>{escape(title)}</title>
      <p>Address: <a href="{escape(URL)}">{escape(URL)}</a></p>
      <p>{escape(WORD)} {escape(WORD)}</p>
      <table id="drugs"><caption>{escape(words["caption"])}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
      {deep}
    </section>
  </body>
</document>
"""


def main():
    folio, source, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    content, out, shots = work / "content", work / "out", work / "screenshots"
    shots.mkdir(parents=True)
    for document, language in shipped_files(source):
        (content / document).mkdir(parents=True, exist_ok=True)
        shutil.copy(source / "content" / document / f"{language}.xml", content / document)
        images = source / "content" / document / "images"
        if images.is_dir() and not (content / document / "images").exists():
            shutil.copytree(images, content / document / "images")
    subprocess.run([sys.executable, str(source / "tests/print/stress_documents.py"), str(content)], check=True)
    sys.path.insert(0, str(source / "tests/print"))
    from stress_documents import DRUGS  # noqa: E402
    (content / "reflow-stress").mkdir()
    (content / "reflow-stress/en.xml").write_text(reflow_document("en", "Long addresses and words", DRUGS["en"]), encoding="utf-8")
    (content / "reflow-stress/ar.xml").write_text(reflow_document("ar", "عناوين وكلمات طويلة", DRUGS["ar"]), encoding="utf-8")

    env = {"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1764633600"}
    run = subprocess.run([str(folio), "export", str(content), "-o", str(out), "--edition", "web,ebook", "-q",
                          "--styles", str(source / "styles"), "--fonts", str(source / "fonts")],
                         capture_output=True, text=True, env=env)
    if run.returncode != 0:
        print(f"FAIL: export exited {run.returncode}: {run.stderr}")
        return 1

    failures, pages, claims = [], [], {}
    for web in sorted(out.glob("*/*/*-web.html")):
        pages.append((f"{web.parent.parent.name}-{web.parent.name}-web", web))
    for epub in sorted(out.glob("*/*/*-ebook.epub")):
        name = f"{epub.parent.parent.name}-{epub.parent.name}"
        unpacked = work / "epub" / name
        with zipfile.ZipFile(epub) as z:
            z.extractall(unpacked)
            opf = z.read("EPUB/package.opf").decode("utf-8")
        claims[name] = re.findall(r'<meta property="dcterms:conformsTo"[^>]*>([^<]*)</meta>', opf)
        for page in sorted((unpacked / "EPUB").rglob("*.xhtml")):
            pages.append((f"{name}-{page.stem}", page))
    if len(pages) < 20:
        failures.append(f"only {len(pages)} pages found to check")

    # Every claim names a WCAG version and level whose rules ran here, and they ran on that page.
    for name, found in claims.items():
        for claim in found:
            m = re.search(r"WCAG (2\.[012]) Level (A|AA)\b", claim)
            if not m or m.group(1) not in CHECKED:
                failures.append(f"{name}: the e-book claims '{claim}', which these checks do not test")

    node = subprocess.run(["node", str(source / "tests/web/check_pages.mjs"), str(shots)] + [f"{n}={p}" for n, p in pages],
                          capture_output=True, text=True, cwd=source)
    if node.returncode != 0:
        print(f"FAIL: check_pages.mjs exited {node.returncode}: {node.stderr[-3000:]}")
        return 1
    for result in json.loads(node.stdout):
        for width, at in result["widths"].items():
            where = f"{result['name']} at {width} px"
            for v in at["violations"]:
                failures.append(f"{where}: axe {v['id']} ({v['impact']}): {v['help']} at {v['targets']}")
            for v in at["dark"]:
                failures.append(f"{where}, dark colours: axe {v['id']}: {v['help']} at {v['targets']}")
            for label, reflow in (("", at["reflow"]), (" with WCAG 1.4.12 text spacing", at["spacing"]["reflow"]),
                                  (" with text at 200%", at["large_text"]["reflow"])):
                if reflow["scrollWidth"] > reflow["width"] or reflow["offenders"]:
                    failures.append(f"{where}{label}: scrolls sideways ({reflow['scrollWidth']} px wide): {reflow['offenders']}")
            for label, key in ((" with WCAG 1.4.12 text spacing", "spacing"), (" with text at 200%", "large_text")):
                if at[key]["clipped"]:
                    failures.append(f"{where}{label}: text clipped in {at[key]['clipped']}")

    print(f"screenshots of every page: {shots}")
    return finish(failures, f"web checked: {len(pages)} pages at 320 and 1280 px")


if __name__ == "__main__":
    sys.exit(main())
