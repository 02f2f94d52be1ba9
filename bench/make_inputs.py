#!/usr/bin/python3
"""Benchmark inputs: a long document made of N copies of the handout's body (ids made unique),
and an equivalent HTML file for WeasyPrint (same text, headings, lists, tables, image, callouts,
with CSS close to styles/brochure.xml).

usage: make_inputs.py SOURCE_XML COPIES OUT_DIR
Writes OUT_DIR/long/en.xml (+ images) and OUT_DIR/handout.html, OUT_DIR/long.html.
"""
import copy
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CSS = """
@page { size: letter; margin: 54pt 58pt 60pt 58pt;
        @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; color: #4d4d4d; } }
body { font-family: "Noto Sans"; font-size: 10.5pt; line-height: 1.45; color: #1f1f1f; text-align: justify; }
h1 { font-size: 24pt; color: #0b4f6c; } h2 { font-size: 16pt; color: #0b4f6c; } h3 { font-size: 13pt; color: #0b4f6c; }
h2, h3, h4 { break-after: avoid; } p { margin: 6pt 0 0; orphans: 2; widows: 2; }
table { border-collapse: collapse; width: 100%; } th { background: #e3edf2; text-align: start; }
th, td { padding: 4pt; border-bottom: 0.75pt solid #8aa3af; } thead { display: table-header-group; }
aside { border: 1pt solid #8aa3af; padding: 8pt; margin: 12pt 0; background: #e6eefa; }
figure { text-align: center; } figure img { max-width: 100%; max-height: 271pt; } figcaption { font-size: 8.5pt; }
.page-break { break-before: page; }
"""


def uniquify(element, suffix):
    for e in element.iter():
        for attribute in ("id", "to"):
            if e.get(attribute):
                e.set(attribute, e.get(attribute) + suffix)
        if e.tag == "a" and e.get("href", "").startswith("#"):
            e.set("href", e.get("href") + suffix)


def long_document(source, copies, out):
    tree = ET.parse(source)
    body = tree.getroot().find("body")
    original = list(body)
    for child in original:
        body.remove(child)
    for n in range(copies):
        for child in original:
            clone = copy.deepcopy(child)
            uniquify(clone, f"-{n}")
            body.append(clone)
    out.mkdir(parents=True, exist_ok=True)
    tree.write(out / "en.xml", encoding="utf-8", xml_declaration=True)
    shutil.copytree(source.parent / "images", out / "images", dirs_exist_ok=True)


def inline_html(e):
    tags = {"em": "em", "strong": "strong", "abbr": "abbr", "span": "span", "a": "a", "xref": "a", "br": "br"}
    out = ET.Element(tags.get(e.tag, "span"))
    if e.tag == "a":
        out.set("href", e.get("href"))
    if e.tag == "abbr":
        out.set("title", e.get("title"))
    if e.tag == "span":
        out.set("lang", e.get("lang"))
    if e.tag == "xref":
        out.set("href", "#" + e.get("to"))
    out.text = e.text or ("see" if e.tag == "xref" and not len(e) else None)
    for child in e:
        out.append(inline_html(child))
        out[-1].tail = child.tail
    return out


def copy_inline(source, target):
    target.text = source.text
    for child in source:
        if child.tag in ("ul", "ol", "p"):
            target.append(block_html(child))
        else:
            target.append(inline_html(child))
        target[-1].tail = child.tail


def block_html(e, level=2):
    if e.tag == "section":
        out = ET.Element("section", id=e.get("id"))
        for child in e:
            if child.tag == "title":
                h = ET.SubElement(out, f"h{min(level, 6)}")
                copy_inline(child, h)
            else:
                out.append(block_html(child, level + 1))
        return out
    if e.tag == "p":
        out = ET.Element("p")
        copy_inline(e, out)
        return out
    if e.tag in ("ul", "ol"):
        out = ET.Element(e.tag)
        for li in e:
            item = ET.SubElement(out, "li")
            copy_inline(li, item)
        return out
    if e.tag == "table":
        out = ET.Element("table", id=e.get("id"))
        for part in e:
            if part.tag == "caption":
                c = ET.SubElement(out, "caption")
                copy_inline(part, c)
            else:
                group = ET.SubElement(out, part.tag)
                for tr in part:
                    row = ET.SubElement(group, "tr")
                    for cell in tr:
                        x = ET.SubElement(row, cell.tag, **({"scope": cell.get("scope")} if cell.get("scope") else {}))
                        copy_inline(cell, x)
        return out
    if e.tag == "figure":
        out = ET.Element("figure", id=e.get("id"))
        image = e.find("image")
        ET.SubElement(out, "img", src=image.get("src"), alt=image.get("alt", ""))
        if e.find("caption") is not None:
            copy_inline(e.find("caption"), ET.SubElement(out, "figcaption"))
        return out
    if e.tag in ("callout", "glossary"):
        out = ET.Element("aside" if e.tag == "callout" else "section")
        for child in e:
            if child.tag == "title":
                copy_inline(child, ET.SubElement(out, "h4"))
            elif child.tag == "entry":
                dl = ET.SubElement(out, "dl")
                copy_inline(child.find("term"), ET.SubElement(dl, "dt"))
                copy_inline(child.find("definition"), ET.SubElement(dl, "dd"))
            else:
                out.append(block_html(child, level + 1))
        return out
    if e.tag == "page-break":
        return ET.Element("div", {"class": "page-break"})
    return ET.Element("div")


def html_document(source, out):
    root = ET.parse(source).getroot()
    html = ET.Element("html", lang=root.find("meta/language").text)
    head = ET.SubElement(html, "head")
    ET.SubElement(head, "meta", charset="utf-8")
    ET.SubElement(head, "title").text = root.find("meta/title").text
    ET.SubElement(head, "style").text = CSS
    body = ET.SubElement(html, "body")
    ET.SubElement(body, "h1").text = root.find("meta/title").text
    for child in root.find("body"):
        body.append(block_html(child))
    out.write_text("<!DOCTYPE html>\n" + ET.tostring(html, encoding="unicode", method="html"), encoding="utf-8")


def book(source, copies, out, name):
    """OUT/content/NAME/<lang>.xml (+ images): COPIES copies of SOURCE's body, and OUT/NAME.html."""
    folder = out / "content" / name
    long_document(source, copies, folder)
    language = folder / "en.xml"
    if source.name != "en.xml":
        (folder / "en.xml").rename(folder / source.name)
        language = folder / source.name
    html_document(language, out / f"{name}.html")
    shutil.copytree(source.parent / "images", out / "images", dirs_exist_ok=True)


def main():
    source, copies, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    long_document(source, copies, out / "long")
    html_document(source, out / "handout.html")
    html_document(out / "long" / "en.xml", out / "long.html")
    shutil.copytree(source.parent / "images", out / "images", dirs_exist_ok=True)


if __name__ == "__main__":
    main()
