#!/usr/bin/python3
"""The tag tree of the print editions, checked against PDF/UA-1's machine-checkable rules (the
rule families of veraPDF's PDF/UA-1 profile), with pikepdf and poppler.

Exports the brochure and large-print PDFs of every shipped document with the built folio, then
walks each file's structure tree, its ParentTree and every content stream. Each rule below has an
id; a failure names it. See docs/editions/pdf-tagging.md.

usage:
  check_tags.py FOLIO SOURCE_DIR WORK_DIR              check both print PDFs of every document
                                                       and language in tests/shipped-documents.txt
  check_tags.py --self-test FOLIO SOURCE_DIR WORK_DIR  break a good PDF once per rule and make
                                                       sure the checker reports exactly that rule
  check_tags.py --golden GOLDEN FOLIO SOURCE_DIR WORK_DIR
                                                       compare the English brochure's tag tree
                                                       dump with GOLDEN (FOLIO_ACCEPT=1 rewrites it)
  check_tags.py --dump PDF                             print a PDF's tag tree
  check_tags.py --check PDF...                         the structural rules on given PDFs
                                                       (no content file: no text comparison)
"""
import argparse
import collections
import difflib
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from shipped_documents import shipped_files  # noqa: E402
from printed_links import words_say_address  # noqa: E402

RULES = {
    "pdf-version": "the file is PDF 1.7",
    "mark-info": "catalog /MarkInfo <</Marked true>>, /Suspects not true",
    "lang": "catalog /Lang, and every /Lang in the tree, is a BCP 47 tag",
    "display-doc-title": "/ViewerPreferences <</DisplayDocTitle true>>",
    "xmp": "an XMP /Metadata stream with pdfuaid:part 1 (PDF/UA namespace) and dc:title",
    "title-match": "XMP dc:title equals the Info /Title, which is not empty",
    "struct-tree": "a /StructTreeRoot with /K, /ParentTree and /ParentTreeNextKey; each element's /P is its parent",
    "role-map": "every structure type is standard or role-mapped to one; standard types are not remapped",
    "marked-content": "every painting operator is inside real content (an MCID) or an /Artifact, never both, never neither",
    "parent-tree": "MCIDs mapped both ways: content <-> ParentTree <-> structure elements; page /StructParents",
    "heading-levels": "headings start at H1 and never skip a level; H and Hn are not mixed",
    "figure-alt": "every Figure has a non-empty /Alt",
    "figure-bbox": "every Figure has a /BBox layout attribute",
    "th-scope": "every TH has /Scope (Row, Column or Both)",
    "list-items": "L holds LI (or L); every LI holds exactly one Lbl and one LBody",
    "table-structure": "Table holds TR (in THead/TBody/TFoot) and Caption; TR holds TH/TD",
    "link-objr": "every Link element has an OBJR, and each link annotation's /StructParent leads to a Link with an OBJR to it",
    "annot-contents": "every link annotation has a non-empty /Contents",
    "annot-struct-parent": "every link annotation has a /StructParent",
    "tabs": "pages with annotations have /Tabs /S",
    "page-furniture": "text in the bottom margin (page numbers) is a /Pagination artifact",
    "font-embedded": "every font is embedded",
    "tounicode": "every font has a ToUnicode map covering every code shown, none to U+0000, U+FEFF or U+FFFE",
    "notdef": "no .notdef glyph (glyph 0) is drawn",
    "cidset": "no /CIDSet (an incomplete one is an error; none is simplest)",
    "array-limit": "no array has 32,767 items or more",
    "struct-text": "pdfinfo -struct-text: each element's text equals the content's text",
}

STANDARD_TYPES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct",
    "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
    "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby",
    "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
}
TEXT_SHOW = {"Tj", "TJ", "'", '"'}
PAINT = TEXT_SHOW | {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "INLINE IMAGE"}
BCP47 = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")
PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/"
RIGHT_TO_LEFT = ("ar", "he", "fa", "ur")


def run(*args):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True)


def norm(text):
    """NFC, poppler's direction marks dropped, whitespace runs as single spaces, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u202a-\u202e\u200e\u200f]", "", text)
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------------------------
# Reading a PDF


def key_of(obj):
    return obj.objgen if obj.is_indirect else id(obj)


def parse_to_unicode(stream):
    """code -> text from a ToUnicode CMap (bfchar and bfrange), and the values as written."""
    data = stream.read_bytes().decode("latin-1")
    mapping, raw = {}, []

    def utf16(hexits):
        b = bytes.fromhex(hexits)
        raw.append(b)
        return b.decode("utf-16-be", errors="replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[int(src, 16)] = utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)", block):
            lo, hi = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                for i, dst in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", rest)):
                    mapping[lo + i] = utf16(dst)
            else:
                base = bytes.fromhex(rest[1:-1])
                raw.append(base)
                for i in range(hi - lo + 1):
                    value = int.from_bytes(base, "big") + i
                    mapping[lo + i] = value.to_bytes(len(base), "big").decode("utf-16-be", errors="replace")
    return mapping, raw


class Font:
    def __init__(self, font):
        self.obj = font
        self.two_byte = font.get("/Subtype") == Name.Type0
        self.to_unicode, self.to_unicode_raw = ({}, []) if "/ToUnicode" not in font else parse_to_unicode(font.ToUnicode)
        self.has_to_unicode = "/ToUnicode" in font
        # Codes to glyph ids: the identity unless a CIDFontType2 has a /CIDToGIDMap stream.
        self.gid_map = None
        if self.two_byte and "/DescendantFonts" in font:
            cid_to_gid = font.DescendantFonts[0].get("/CIDToGIDMap")
            if isinstance(cid_to_gid, pikepdf.Stream):
                self.gid_map = cid_to_gid.read_bytes()

    def glyph(self, code):
        if self.gid_map is None:
            return code
        return int.from_bytes(self.gid_map[2 * code:2 * code + 2], "big") if 2 * code + 1 < len(self.gid_map) else 0

    def codes(self, data):
        data = bytes(data)
        if self.two_byte:
            return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data) - 1, 2)]
        return list(data)


class Element:
    def __init__(self, obj, parent, role_map):
        self.obj, self.parent, self.kids = obj, parent, []
        self.raw_type = str(obj.get("/S", "/?"))[1:]
        self.type = resolve_type(self.raw_type, role_map)
        self.mcids = []  # (page index, mcid), in order
        self.objrs = []  # annotation keys

    def attributes(self):
        a = self.obj.get("/A")
        if a is None:
            return []
        items = list(a) if isinstance(a, Array) else [a]
        return [x for x in items if isinstance(x, Dictionary)]

    def attribute(self, name):
        for a in self.attributes():
            if name in a:
                return a[name]
        return None

    def walk(self):
        yield self
        for k in self.kids:
            if isinstance(k, Element):
                yield from k.walk()


def resolve_type(raw, role_map):
    seen = set()
    t = raw
    while t not in STANDARD_TYPES and t in role_map and t not in seen:
        seen.add(t)
        t = role_map[t]
    return t


class Document:
    """Everything the rules look at, read once."""

    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pikepdf.open(path)
        self.root = self.pdf.Root
        self.pages = list(self.pdf.pages)
        self.page_index = {p.obj.objgen: i for i, p in enumerate(self.pages)}
        tree_root = self.root.get("/StructTreeRoot")
        self.struct_root = tree_root
        rm = tree_root.get("/RoleMap", {}) if tree_root is not None else {}
        self.role_map = {str(k)[1:]: str(v)[1:] for k, v in rm.items()}
        self.problems = []  # (rule, message) found while reading
        self.elements = []
        self.top = []
        if tree_root is not None and "/K" in tree_root:
            kids = tree_root.K
            for k in (list(kids) if isinstance(kids, Array) else [kids]):
                if isinstance(k, Dictionary):
                    self.top.append(self.read_element(k, None, tree_root, 0))
        self.parent_tree = self.read_number_tree(tree_root.get("/ParentTree")) if tree_root is not None else {}
        self.contents = [self.read_content(i, p) for i, p in enumerate(self.pages)]

    def problem(self, rule, message):
        self.problems.append((rule, message))

    def read_element(self, obj, parent, parent_obj, depth):
        e = Element(obj, parent, self.role_map)
        self.elements.append(e)
        if depth > 200:
            self.problem("struct-tree", "structure tree deeper than 200 levels")
            return e
        if "/P" not in obj or key_of(obj.P) != key_of(parent_obj):
            self.problem("struct-tree", f"{e.raw_type} element's /P is not its parent")
        page = self.element_page(obj)
        kids = obj.get("/K")
        items = [] if kids is None else list(kids) if isinstance(kids, Array) else [kids]
        for k in items:
            if isinstance(k, int) or (hasattr(k, "is_integer") and k.is_integer):
                if page is None:
                    self.problem("parent-tree", f"{e.raw_type} has MCID {int(k)} but no /Pg")
                    continue
                e.mcids.append((page, int(k)))
                e.kids.append(("mcid", page, int(k)))
            elif isinstance(k, Dictionary) and k.get("/Type") == Name.MCR:
                p = self.page_of(k.Pg) if "/Pg" in k else page
                if "/Stm" in k or p is None:
                    self.problem("parent-tree", f"{e.raw_type} has an MCR outside the page contents")
                    continue
                e.mcids.append((p, int(k.MCID)))
                e.kids.append(("mcid", p, int(k.MCID)))
            elif isinstance(k, Dictionary) and k.get("/Type") == Name.OBJR:
                e.objrs.append(key_of(k.Obj))
                e.kids.append(("objr", k.Obj))
            elif isinstance(k, Dictionary):
                e.kids.append(self.read_element(k, e, obj, depth + 1))
        return e

    def page_of(self, page_obj):
        return self.page_index.get(page_obj.objgen)

    def element_page(self, obj):
        return self.page_of(obj.Pg) if "/Pg" in obj else None

    def read_number_tree(self, node, depth=0):
        entries = {}
        if node is None or depth > 20:
            return entries
        if "/Nums" in node:
            nums = list(node.Nums)
            for i in range(0, len(nums) - 1, 2):
                entries[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            sub = self.read_number_tree(kid, depth + 1)
            if "/Limits" in kid and sub:
                lo, hi = int(kid.Limits[0]), int(kid.Limits[1])
                if min(sub) < lo or max(sub) > hi:
                    self.problem("parent-tree", "a ParentTree node's /Limits do not hold its keys")
            entries.update(sub)
        return entries

    def fonts_of(self, page):
        fonts = {}
        res = page.obj.get("/Resources", {})
        for name, f in res.get("/Font", {}).items():
            fonts[str(name)] = Font(f)
        return fonts

    def read_content(self, index, page):
        """Walks a page's content stream: marked-content nesting at each painting operator,
        text shown per MCID (ToUnicode, stream order), codes shown per font."""
        fonts = self.fonts_of(page)
        out = {"mcids": collections.Counter(), "text": collections.defaultdict(str), "paint": [],
               "codes": collections.defaultdict(collections.Counter), "fonts": fonts,
               # Codes shown only inside a marked-content span with an /ActualText (a split vowel's
               # consonant, an Arabic mark): the ActualText maps them (ISO 14289-1, 7.21.7), and a
               # ToUnicode entry would make poppler read them twice.
               "codes_outside_actual_text": collections.defaultdict(set)}
        stack = []  # ("mcid", n) / ("artifact", type) / ("other", tag)
        font = None
        ctm = [1, 0, 0, 1, 0, 0]
        ctm_stack = []
        tm = [1, 0, 0, 1, 0, 0]
        tlm = [1, 0, 0, 1, 0, 0]
        leading = 0

        def mul(a, b):
            return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
                    a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]

        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])[1:]
                props = operands[1] if op == "BDC" and len(operands) > 1 else None
                if isinstance(props, Name):
                    props = page.obj.get("/Resources", {}).get("/Properties", {}).get(props)
                actual = isinstance(props, Dictionary) and "/ActualText" in props
                if tag == "Artifact":
                    kind = str(props.get("/Type", "")) if isinstance(props, Dictionary) else ""
                    stack.append(("artifact", kind, False))
                elif isinstance(props, Dictionary) and "/MCID" in props:
                    mcid = int(props.MCID)
                    if any(s[0] == "mcid" for s in stack):
                        self.problem("marked-content", f"page {index + 1}: MCID {mcid} nested in another MCID")
                    stack.append(("mcid", mcid, actual))
                    out["mcids"][mcid] += 1
                else:
                    stack.append(("other", tag, actual))
                continue
            if op == "EMC":
                if not stack:
                    self.problem("marked-content", f"page {index + 1}: EMC without BDC")
                else:
                    stack.pop()
                continue
            if op == "q":
                ctm_stack.append(ctm)
            elif op == "Q" and ctm_stack:
                ctm = ctm_stack.pop()
            elif op == "cm":
                ctm = mul([float(x) for x in operands], ctm)
            elif op == "BT":
                tm = tlm = [1, 0, 0, 1, 0, 0]
            elif op == "Tm":
                tm = tlm = [float(x) for x in operands]
            elif op in ("Td", "TD"):
                tlm = mul([1, 0, 0, 1, float(operands[0]), float(operands[1])], tlm)
                tm = tlm
                if op == "TD":
                    leading = -float(operands[1])
            elif op == "TL":
                leading = float(operands[0])
            elif op in ("T*", "'", '"'):
                tlm = mul([1, 0, 0, 1, 0, -leading], tlm)
                tm = tlm
            elif op == "Tf":
                font = fonts.get(str(operands[0]))
            if op not in PAINT:
                continue
            mcids = [s[1] for s in stack if s[0] == "mcid"]
            artifacts = [s[1] for s in stack if s[0] == "artifact"]
            if mcids and artifacts:
                self.problem("marked-content", f"page {index + 1}: '{op}' is both real content and an artifact")
            elif not mcids and not artifacts:
                self.problem("marked-content", f"page {index + 1}: '{op}' is neither real content nor an artifact")
            y = mul(tm, ctm)[5]
            out["paint"].append((op, mcids[-1] if mcids else None, artifacts[-1] if artifacts else None, y))
            if op in TEXT_SHOW and font is not None:
                strings = operands[0] if op == "TJ" else operands[-1:]
                text = ""
                for s in strings:
                    if isinstance(s, String):
                        for code in font.codes(s):
                            out["codes"][key_of(font.obj)][code] += 1
                            if not any(entry[2] for entry in stack):
                                out["codes_outside_actual_text"][key_of(font.obj)].add(code)
                            text += font.to_unicode.get(code, "")
                if mcids:
                    out["text"][mcids[-1]] += text
        if stack:
            self.problem("marked-content", f"page {index + 1}: {len(stack)} marked-content sequences not closed")
        return out

    def text_of(self, element):
        """The element's text: its MCIDs' ToUnicode text, in tree order (what tag readers get)."""
        parts = []
        for k in element.kids:
            if isinstance(k, Element):
                parts.append(self.text_of(k))
            elif k[0] == "mcid":
                parts.append(self.contents[k[1]]["text"].get(k[2], ""))
        return "".join(parts)


# ---------------------------------------------------------------------------------------------
# The rules


def check_catalog(doc, report):
    if doc.pdf.pdf_version != "1.7":
        report("pdf-version", f"PDF {doc.pdf.pdf_version}")
    mark = doc.root.get("/MarkInfo")
    if not isinstance(mark, Dictionary) or mark.get("/Marked") is not True:
        report("mark-info", "no /MarkInfo <</Marked true>>")
    elif mark.get("/Suspects") is True:
        report("mark-info", "/Suspects true")
    lang = str(doc.root.get("/Lang", ""))
    if not BCP47.match(lang):
        report("lang", f"catalog /Lang is '{lang}'")
    prefs = doc.root.get("/ViewerPreferences")
    if not isinstance(prefs, Dictionary) or prefs.get("/DisplayDocTitle") is not True:
        report("display-doc-title", "no /ViewerPreferences <</DisplayDocTitle true>>")
    info_title = str(doc.pdf.docinfo.get("/Title", "")) if doc.pdf.trailer.get("/Info") is not None else ""
    metadata = doc.root.get("/Metadata")
    if metadata is None:
        report("xmp", "no /Metadata stream")
        return
    try:
        xmp = ET.fromstring(metadata.read_bytes())
    except ET.ParseError as e:
        report("xmp", f"the XMP packet is not well-formed XML: {e}")
        return
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    dc = "{http://purl.org/dc/elements/1.1/}"
    part = None
    for description in xmp.iter(f"{rdf}Description"):
        for k, v in description.attrib.items():
            if k == f"{{{PDFUA_NS}}}part":
                part = v
        for child in description:
            if child.tag == f"{{{PDFUA_NS}}}part":
                part = (child.text or "").strip()
    if part != "1":
        report("xmp", f"pdfuaid:part is {part!r}, not 1 (namespace {PDFUA_NS})")
    titles = [li.text or "" for t in xmp.iter(f"{dc}title") for li in t.iter(f"{rdf}li")]
    if not titles:
        report("xmp", "no dc:title")
    elif not info_title or titles[0] != info_title:
        report("title-match", f"XMP dc:title {titles[0]!r} differs from Info /Title {info_title!r}")


def check_struct_tree(doc, report):
    root = doc.struct_root
    if root is None or "/K" not in root or not doc.top:
        report("struct-tree", "no /StructTreeRoot with /K")
        return
    for key in ("/ParentTree", "/ParentTreeNextKey"):
        if key not in root:
            report("struct-tree", f"no {key} in the /StructTreeRoot")
    for raw, target in doc.role_map.items():
        if raw in STANDARD_TYPES:
            report("role-map", f"standard type {raw} is role-mapped to {target}")
    for e in doc.elements:
        if e.type not in STANDARD_TYPES:
            report("role-map", f"structure type {e.raw_type} is not standard and maps to no standard type")
        lang = e.obj.get("/Lang")
        if lang is not None and not BCP47.match(str(lang)):
            report("lang", f"{e.raw_type} has /Lang '{lang}'")


def check_parent_tree(doc, report):
    tree = doc.parent_tree
    next_key = doc.struct_root.get("/ParentTreeNextKey") if doc.struct_root is not None else None
    if tree and next_key is not None and int(next_key) <= max(tree):
        report("parent-tree", f"/ParentTreeNextKey {int(next_key)} is not above every key ({max(tree)})")
    by_obj = {key_of(e.obj): e for e in doc.elements}
    in_tree = collections.defaultdict(set)  # page -> MCIDs the structure tree references
    for e in doc.elements:
        for page, mcid in e.mcids:
            if mcid in in_tree[page]:
                report("parent-tree", f"page {page + 1}: MCID {mcid} belongs to two structure elements")
            in_tree[page].add(mcid)
    for i, page in enumerate(doc.pages):
        content = doc.contents[i]["mcids"]
        for mcid, count in content.items():
            if count > 1:
                report("parent-tree", f"page {i + 1}: MCID {mcid} is used {count} times")
        for mcid in sorted(in_tree[i] - set(content)):
            report("parent-tree", f"page {i + 1}: the structure tree has MCID {mcid}, which the page does not")
        if not content:
            continue
        if "/StructParents" not in page.obj:
            report("parent-tree", f"page {i + 1} has marked content but no /StructParents")
            continue
        owners = tree.get(int(page.obj.StructParents))
        if not isinstance(owners, Array):
            report("parent-tree", f"page {i + 1}: no ParentTree array for /StructParents {int(page.obj.StructParents)}")
            continue
        for mcid in sorted(content):
            owner = owners[mcid] if mcid < len(owners) else None
            element = by_obj.get(key_of(owner)) if isinstance(owner, Dictionary) else None
            if element is None:
                report("parent-tree", f"page {i + 1}: MCID {mcid} has no structure element in the ParentTree")
            elif (i, mcid) not in element.mcids:
                report("parent-tree", f"page {i + 1}: the ParentTree gives MCID {mcid} to a {element.raw_type} that does not hold it")


def check_elements(doc, report):
    headings = []
    for top in doc.top:
        for e in top.walk():
            t = e.type
            if re.fullmatch(r"H[1-6]?", t):
                headings.append(t)
            kids = [k for k in e.kids if isinstance(k, Element)]
            kid_types = [k.type for k in kids]
            if t == "Figure":
                if not str(e.obj.get("/Alt", "")).strip():
                    report("figure-alt", "a Figure has no /Alt")
                if e.attribute("/BBox") is None:
                    report("figure-bbox", "a Figure has no /BBox attribute")
            elif t == "TH":
                scope = e.attribute("/Scope")
                if scope not in (Name.Row, Name.Column, Name.Both):
                    report("th-scope", f"a TH ({norm(doc.text_of(e))!r}) has no /Scope")
            if t == "L" and any(k not in ("LI", "L", "Caption") for k in kid_types):
                report("list-items", f"an L holds {sorted(set(kid_types) - {'LI', 'L', 'Caption'})}")
            if t == "LI":
                if kid_types.count("Lbl") != 1 or kid_types.count("LBody") != 1 or len(kid_types) != 2:
                    report("list-items", f"an LI holds {kid_types}, not one Lbl and one LBody")
                if e.parent is None or e.parent.type != "L":
                    report("list-items", "an LI outside an L")
            if t in ("Lbl", "LBody") and (e.parent is None or e.parent.type not in ("LI", "L")):
                report("list-items", f"a {t} outside an LI")
            if t == "Table":
                bad = set(kid_types) - {"TR", "THead", "TBody", "TFoot", "Caption"}
                if bad:
                    report("table-structure", f"a Table holds {sorted(bad)}")
            if t in ("THead", "TBody", "TFoot"):
                if set(kid_types) - {"TR"}:
                    report("table-structure", f"a {t} holds {sorted(set(kid_types) - {'TR'})}")
                if e.parent is None or e.parent.type != "Table":
                    report("table-structure", f"a {t} outside a Table")
            if t == "TR":
                if set(kid_types) - {"TH", "TD"}:
                    report("table-structure", f"a TR holds {sorted(set(kid_types) - {'TH', 'TD'})}")
                if e.parent is None or e.parent.type not in ("Table", "THead", "TBody", "TFoot"):
                    report("table-structure", "a TR outside a Table")
            if t in ("TH", "TD") and (e.parent is None or e.parent.type != "TR"):
                report("table-structure", f"a {t} outside a TR")
            if t == "Link" and not e.objrs:
                report("link-objr", f"a Link ({norm(doc.text_of(e))!r}) has no OBJR")
    if headings:
        if "H" in headings and any(h != "H" for h in headings):
            report("heading-levels", "H and H1-H6 are mixed")
        numbered = [int(h[1]) for h in headings if h != "H"]
        previous = 0
        for level in numbered:
            if level > previous + 1:
                report("heading-levels", f"H{level} follows {'H' + str(previous) if previous else 'the start'}")
            previous = level


def check_annotations(doc, report):
    by_obj = {key_of(e.obj): e for e in doc.elements}
    for i, page in enumerate(doc.pages):
        annots = page.obj.get("/Annots", [])
        if len(annots) and page.obj.get("/Tabs") != Name.S:
            report("tabs", f"page {i + 1} has annotations but no /Tabs /S")
        for a in annots:
            if a.get("/Subtype") != Name.Link:
                continue
            if not str(a.get("/Contents", "")).strip():
                report("annot-contents", f"page {i + 1}: a link annotation has no /Contents")
            if "/StructParent" not in a:
                report("annot-struct-parent", f"page {i + 1}: a link annotation has no /StructParent")
                continue
            owner = doc.parent_tree.get(int(a.StructParent))
            element = by_obj.get(key_of(owner)) if isinstance(owner, Dictionary) else None
            if element is None or element.type != "Link" or key_of(a) not in element.objrs:
                report("link-objr", f"page {i + 1}: link annotation '{a.get('/Contents', '')}' is not in a Link element through an OBJR")


def check_furniture(doc, report, bottom_margin):
    if bottom_margin is None:
        return
    for i, page in enumerate(doc.pages):
        for op, mcid, artifact, y in doc.contents[i]["paint"]:
            if op in TEXT_SHOW and y < bottom_margin and artifact != "/Pagination":
                report("page-furniture", f"page {i + 1}: text at y={y:.1f} in the bottom margin is not a /Pagination artifact")


def check_fonts(doc, report):
    seen = set()
    for i, page in enumerate(doc.pages):
        fonts = doc.contents[i]["fonts"]
        for name, font in fonts.items():
            k = key_of(font.obj)
            codes = doc.contents[i]["codes"].get(k, {})
            if k in seen:
                missing = [c for c in codes if c != 0 and c not in font.to_unicode]
            else:
                seen.add(k)
                f = font.obj
                descendant = f.DescendantFonts[0] if "/DescendantFonts" in f else f
                descriptor = descendant.get("/FontDescriptor")
                if descriptor is None or not any(x in descriptor for x in ("/FontFile", "/FontFile2", "/FontFile3")):
                    report("font-embedded", f"font {f.get('/BaseFont')} is not embedded")
                if descriptor is not None and "/CIDSet" in descriptor:
                    report("cidset", f"font {f.get('/BaseFont')} has a /CIDSet")
                if not font.has_to_unicode:
                    report("tounicode", f"font {f.get('/BaseFont')} has no ToUnicode")
                for raw in font.to_unicode_raw:
                    for j in range(0, len(raw) - 1, 2):
                        if raw[j:j + 2] in (b"\x00\x00", b"\xfe\xff", b"\xff\xfe"):
                            report("tounicode", f"font {f.get('/BaseFont')}: ToUnicode maps a code to U+{raw[j:j + 2].hex().upper()}")
                missing = [c for c in codes if c != 0 and c not in font.to_unicode]
            notdef = [c for c in codes if font.glyph(c) == 0]
            outside = doc.contents[i]["codes_outside_actual_text"].get(k, set())
            missing = [c for c in missing if c not in notdef and c in outside]
            if missing and font.has_to_unicode:
                report("tounicode", f"page {i + 1}: font {font.obj.get('/BaseFont')} shows codes without ToUnicode: {sorted(missing)[:5]}")
            if notdef:
                report("notdef", f"page {i + 1}: font {font.obj.get('/BaseFont')} draws .notdef (glyph 0, codes {sorted(notdef)[:5]})")


def check_arrays(doc, report):
    for obj in doc.pdf.objects:
        stack = [(obj, 0)]
        while stack:
            o, depth = stack.pop()
            if depth > 4:
                continue
            if isinstance(o, Array):
                if len(o) >= 32767:
                    report("array-limit", f"an array of {len(o)} items")
                stack.extend((x, depth + 1) for x in o if isinstance(x, (Array, Dictionary)) and not x.is_indirect)
            elif isinstance(o, Dictionary):
                stack.extend((x, depth + 1) for _, x in o.items() if isinstance(x, (Array, Dictionary)) and not x.is_indirect)


# ---------------------------------------------------------------------------------------------
# The content's own text (from the source XML), for comparison with pdfinfo -struct-text

INLINE = {"em", "strong", "a", "abbr", "span", "xref", "br"}
FORCED_BREAK = "\u0001"


class Messages:
    """The few messages tagging comparisons need, from the ICU resource bundle sources."""

    def __init__(self, source, language):
        self.values = {}
        folder = source / "src" / "i18n" / "messages"
        for name in ["root", language.split("-")[0], language.replace("-", "_")]:
            f = folder / f"{name}.txt"
            if f.exists():
                for key, value in re.findall(r'^\s*(\w+)\s*\{\s*"(.*)"\s*\}', f.read_text(encoding="utf-8"), re.M):
                    self.values[key] = value

    def format(self, key, **args):
        text = self.values[key]
        for name, value in args.items():
            text = text.replace("{" + name + "}", value)
        return text

    def callout_label(self, kind):
        text = self.values["callout_label"]
        choices = dict(re.findall(r"(\w[\w-]*)\s*\{([^{}]*)\}", text[text.index("select,") + 7:]))
        return choices.get({"ask-your-care-team": "other"}.get(kind, kind), choices.get("other", ""))


class ContentText:
    """Expected texts by element type, from a content file."""

    def __init__(self, xml_path, source):
        self.tree = ET.parse(xml_path).getroot()
        self.language = self.tree.find("meta/language").text
        self.messages = Messages(source, self.language)
        self.ids = {el.get("id"): el for el in self.tree.iter() if el.get("id")}
        self.expected = collections.defaultdict(collections.Counter)
        self.forced_breaks = 0
        meta = self.tree.find("meta")
        self.add("H", self.inline(meta.find("title")))
        if meta.find("subtitle") is not None:
            self.subtitle = norm(self.inline(meta.find("subtitle")))
        else:
            self.subtitle = None
        self.flow(self.tree.find("body"))

    def add(self, kind, text):
        text = norm(text)
        if FORCED_BREAK in text:
            # A forced line break (<br/>) is drawn as a line-end space, like a wrapped line's.
            self.forced_breaks += text.count(FORCED_BREAK)
            text = norm(re.sub(f" ?{FORCED_BREAK} ?", " ", text))
        if text:
            self.expected[kind][text] += 1

    def generated(self, xref):
        target = self.ids.get(xref.get("to"))
        if target is None:
            return xref.get("to")
        if target.tag == "entry":
            term = self.inline(target.find("term"))
            glossary = next(g for g in self.tree.iter("glossary") if target in list(g))
            title = glossary.find("title")
            if title is None:
                return self.messages.format("xref_glossary_entry_untitled", term=term)
            return self.messages.format("xref_glossary_entry", term=term, glossary=self.inline(title))
        if target.tag == "section":
            return self.messages.format("xref_section", title=self.inline(target.find("title")))
        if target.tag == "table":
            return self.messages.format("xref_table", caption=self.inline(target.find("caption")))
        if target.tag == "figure":
            return self.messages.format("xref_figure", caption=self.inline(target.find("caption")))
        if target.tag == "glossary":
            return self.messages.format("xref_glossary", title=self.inline(target.find("title")))
        return xref.get("to")

    def printed_address(self, a):
        """What print adds after an external link's words: its address, unless the words say it."""
        href = a.get("href") or ""
        if href.startswith("#"):
            return ""
        address = href
        for scheme in ("mailto:", "tel:"):
            if address.startswith(scheme):
                address = address[len(scheme):]

        if words_say_address(self.inline(a), address, phone=href.startswith("tel:")):
            return ""
        return self.messages.format("printed_address", address=address)

    def inline_child(self, child):
        if child.tag == "br":
            return FORCED_BREAK
        if child.tag == "xref" and not (child.text or "").strip() and not len(child):
            return self.generated(child)
        if child.tag == "a":
            return self.inline(child) + self.printed_address(child)
        return self.inline(child)

    def inline(self, el):
        if el is None:
            return ""
        text = el.text or ""
        for child in el:
            text += self.inline_child(child) + (child.tail or "")
        return text

    def flow(self, el):
        """Blocks inside `el`; loose inline content between them is a paragraph of its own."""
        current = el.text or ""
        for child in el:
            if child.tag in INLINE:
                current += self.inline_child(child) + (child.tail or "")
                continue
            self.add("P", current)
            current = child.tail or ""
            self.block(child)
        self.add("P", current)

    def block(self, el):
        tag = el.tag
        if tag == "p":
            self.add("P", self.inline(el))
        elif tag == "section":
            title = el.find("title")
            if title is not None:
                self.add("H", self.inline(title))
            for child in el:
                if child.tag != "title":
                    self.block(child)
        elif tag in ("ul", "ol"):
            for li in el.findall("li"):
                self.flow(li)
        elif tag == "table":
            self.add("Caption", self.inline(el.find("caption")))
            for cell in el.iter():
                if cell.tag in ("th", "td"):
                    self.add(cell.tag.upper(), self.inline(cell))
        elif tag == "figure":
            if el.find("caption") is not None:
                self.add("Caption", self.inline(el.find("caption")))
        elif tag == "callout":
            label = self.messages.callout_label(el.get("kind"))
            title = el.find("title")
            separator = self.messages.format("label_separator")
            self.add("P", label + (separator + self.inline(title) if title is not None else ""))
            for child in el:
                if child.tag != "title":
                    self.block(child)
        elif tag == "glossary":
            if el.find("title") is not None:
                self.add("H", self.inline(el.find("title")))
            for entry in el.findall("entry"):
                self.add("Lbl", self.inline(entry.find("term")))
                self.flow(entry.find("definition"))


def is_list_label(text):
    """A bullet or a number ("3.", "٣.", "३.") rather than a glossary term."""
    return text in ("•", "-", "–") or bool(re.fullmatch(r"\d+[.)]?", text))


def struct_text_tree(pdf):
    """pdfinfo -struct-text as (depth, type, text) per element, text gathered from descendants."""
    out = run("pdfinfo", "-struct-text", pdf).stdout
    nodes, stack = [], []
    for line in out.splitlines():
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        body = line.strip()
        if body.startswith('"') and body.endswith('"') and len(body) >= 2:
            for node in stack:
                node["text"] += body[1:-1]
            continue
        if body.startswith("/") or body.startswith("Object "):
            continue
        kind = re.match(r"[A-Za-z0-9]+", body)
        if not kind:
            continue
        while stack and stack[-1]["depth"] >= depth:
            stack.pop()
        node = {"depth": depth, "type": kind.group(0), "text": "", "parent": stack[-1] if stack else None}
        nodes.append(node)
        stack.append(node)
    return nodes


def check_struct_text(pdf, xml_path, source, report):
    content = ContentText(xml_path, source)
    nodes = struct_text_tree(pdf)
    got = collections.defaultdict(collections.Counter)
    title_block = []
    first_sect = next((i for i, n in enumerate(nodes) if n["type"] == "Sect"), len(nodes))
    for i, n in enumerate(nodes):
        t = n["type"]
        text = norm(n["text"])
        # Paragraphs before the first section: the title block's (subtitle and notices, generated
        # by the catalog), or the content's own when the body starts with paragraphs.
        if (t == "P" and n["parent"] is not None and n["parent"]["type"] == "Document" and i < first_sect
                and text not in content.expected["P"]):
            title_block.append(text)
            continue
        if re.fullmatch(r"H[1-6]?", t):
            got["H"][text] += 1
        elif t in ("P", "Caption", "TH", "TD"):
            got[t][text] += 1
        elif t == "Lbl" and not is_list_label(text):
            got["Lbl"][text] += 1
    if content.subtitle and content.subtitle not in title_block:
        report("struct-text", f"{pdf.name}: subtitle {content.subtitle!r} not found, title block gave {title_block[:2]}")
    problems = 0
    for kind in sorted(set(content.expected) | set(got)):
        expected, actual = content.expected[kind], got[kind]
        missing = list((expected - actual).elements())
        extra = list((actual - expected).elements())
        for text in missing:
            problems += 1
            if problems <= 6:
                close = difflib.get_close_matches(text, list(extra), n=1, cutoff=0.5)
                report("struct-text", f"{pdf.name}: {kind} {text!r} " +
                       (f"comes out as {close[0]!r}" if close else "is missing from the tag tree"))
        for text in extra:
            if not difflib.get_close_matches(text, list(missing), n=1, cutoff=0.5):
                problems += 1
                if problems <= 6:
                    report("struct-text", f"{pdf.name}: {kind} {text!r} in the tag tree is not in the content")
    if problems > 6:
        report("struct-text", f"{pdf.name}: ... {problems - 6} more text differences")
    return sum(sum(c.values()) for c in got.values()), content.forced_breaks


# ---------------------------------------------------------------------------------------------


def check_pdf(path, context=None):
    """Every rule on one PDF: a list of (rule, message)."""
    context = context or {}
    failures = []

    def report(rule, message):
        assert rule in RULES, rule
        failures.append((rule, message))

    try:
        doc = Document(path)
    except Exception as e:  # a file pikepdf cannot read fails the structural rule
        return [("struct-tree", f"cannot read: {e}")]
    for rule, message in doc.problems:
        report(rule, message)
    check_catalog(doc, report)
    check_struct_tree(doc, report)
    if doc.struct_root is not None:
        check_parent_tree(doc, report)
    check_elements(doc, report)
    check_annotations(doc, report)
    check_furniture(doc, report, context.get("bottom_margin"))
    check_fonts(doc, report)
    check_arrays(doc, report)
    if context.get("xml") is not None:
        compared, forced_breaks = check_struct_text(Path(path), context["xml"], context["source"], report)
        context["compared"] = compared
        context["forced_breaks"] = forced_breaks
    return failures


def dump(path):
    """The tag tree, one line per element: type (role-mapped types as Raw→Standard), attributes,
    the pages it is drawn on when more than one, its text (ToUnicode, as tag readers get it) for
    elements that hold content, and the targets of its link annotations."""
    doc = Document(path)
    lines = []

    def attributes(e):
        parts = []
        lang = e.obj.get("/Lang")
        if lang is not None:
            parts.append(f"Lang={lang}")
        for name in ("/Scope", "/ListNumbering", "/Placement"):
            v = e.attribute(name)
            if v is not None:
                parts.append(f"{name[1:]}={str(v)[1:]}")
        box = e.attribute("/BBox")
        if box is not None:
            parts.append("BBox=[" + " ".join(f"{float(v):.0f}" for v in box) + "]")
        alt = e.obj.get("/Alt")
        if alt is not None:
            parts.append(f"Alt={str(alt)!r}")
        return parts

    def annotation(a):
        if "/A" in a and "/URI" in a.A:
            return f"URI {a.A.URI}"
        if "/Dest" in a:
            target = doc.page_of(a.Dest[0])
            return f"page {target + 1 if target is not None else '?'}"
        return "?"

    def walk(e, depth):
        holds_content = any(not isinstance(k, Element) for k in e.kids)
        name = e.raw_type if e.raw_type == e.type else f"{e.raw_type}→{e.type}"
        line = "  " * depth + " ".join([name] + attributes(e))
        pages = sorted({p for p, _ in e.mcids})
        if len(pages) > 1:
            line += " (pages " + ", ".join(str(p + 1) for p in pages) + ")"
        if holds_content and e.type != "Figure":
            line += f" {norm(doc.text_of(e))!r}"
        objrs = [k[1] for k in e.kids if not isinstance(k, Element) and k[0] == "objr"]
        if objrs:
            targets = sorted({annotation(a) for a in objrs})
            line += f" → {len(objrs)} annotation{'s' if len(objrs) > 1 else ''} to " + ", ".join(targets)
        lines.append(line)
        for k in e.kids:
            if isinstance(k, Element):
                walk(k, depth + 1)

    for top in doc.top:
        walk(top, 0)
    if doc.role_map:
        lines.append("RoleMap: " + ", ".join(f"{k}→{v}" for k, v in sorted(doc.role_map.items())))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------


def export(folio, source, work):
    out = work / "out"
    result = run(folio, "export", source / "content", "-o", out, "--edition", "brochure,large-print",
                 "--styles", source / "styles", "--fonts", source / "fonts")
    if result.returncode != 0:
        print(result.stderr)
        return None
    return out


def bottom_margin(source, edition):
    page = ET.parse(source / "styles" / f"{edition}.xml").getroot().find("page")
    return float(page.get("margin-bottom"))


def check_all(folio, source, work):
    out = export(folio, source, work)
    if out is None:
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    shipped = shipped_files(source)
    for document, language in shipped:
        xml = source / "content" / document / f"{language}.xml"
        for edition in ("brochure", "large-print"):
            pdf = out / document / language / f"{document}-{edition}.pdf"
            if not pdf.is_file():
                print(f"FAIL {pdf.relative_to(out)}: not written")
                failed += 1
                continue
            context = {"bottom_margin": bottom_margin(source, edition)}
            # pdfinfo -struct-text against the content: left-to-right, right-to-left and Indic text.
            if edition == "brochure" and language in ("en", "ar", "hi"):
                context.update(xml=xml, source=source)
            failures = check_pdf(pdf, context)
            doc = pikepdf.open(pdf)
            elements = sum(1 for _ in iter_elements(doc))
            annots = sum(len(p.obj.get("/Annots", [])) for p in doc.pages)
            texts = ""
            if "xml" in context:
                texts = f"; pdfinfo -struct-text: {context.get('compared', 0)} elements' text as in the content"
                if context.get("forced_breaks"):
                    texts += f" ({context['forced_breaks']} forced line breaks, drawn as spaces)"
            status = "ok  " if not failures else "FAIL"
            print(f"{status} {pdf.relative_to(out)}: {len(doc.pages)} pages, {elements} structure elements, "
                  f"{annots} link annotations{texts}")
            for rule, message in failures[:20]:
                print(f"  [{rule}] {message}")
            if len(failures) > 20:
                print(f"  ... {len(failures) - 20} more")
            passed, failed = (passed + 1, failed) if not failures else (passed, failed + 1)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed == 2 * len(shipped) else 1


def iter_elements(pdf):
    stack = [pdf.Root.StructTreeRoot.K] if "/StructTreeRoot" in pdf.Root else []
    while stack:
        k = stack.pop()
        if isinstance(k, Array):
            stack.extend(k)
        elif isinstance(k, Dictionary) and "/S" in k:
            yield k
            if "/K" in k:
                stack.append(k.K)


# ---------------------------------------------------------------------------------------------
# Self-test: each rule must be able to fail.


def elements_of(pdf, kind):
    return [e for e in iter_elements(pdf) if e.S == Name("/" + kind)]


def replace_content(pdf, page, edit):
    ops = edit(list(pikepdf.parse_content_stream(page)))
    page.obj.Contents = pikepdf.Stream(pdf, pikepdf.unparse_content_stream(ops))


def op(name, *operands):
    return pikepdf.ContentStreamInstruction(list(operands), pikepdf.Operator(name))


def first_link_annotation(pdf):
    for page in pdf.pages:
        for a in page.obj.get("/Annots", []):
            if a.get("/Subtype") == Name.Link:
                return page, a
    raise AssertionError("no link annotation")


def break_paint_outside(pdf):
    page = pdf.pages[0]
    replace_content(pdf, page, lambda ops: [op("q"), op("re", 0, 0, 1, 1), op("f"), op("Q")] + ops)


def break_paint_in_both(pdf):
    # The last text of page 1's first real-content sequence wrapped in an /Artifact BMC ... EMC.
    # (The last, so that poppler's tag text, which leaves an MCID at a nested EMC, still reads it.)
    page = pdf.pages[0]

    def edit(ops):
        ops = [op(str(operator), *operands) for operands, operator in ops]
        start = next(i for i, o in enumerate(ops) if str(o.operator) == "BDC" and isinstance(o.operands[1], Dictionary)
                     and "/MCID" in o.operands[1])
        depth, end = 0, None
        for i in range(start, len(ops)):
            name = str(ops[i].operator)
            depth += 1 if name in ("BDC", "BMC") else -1 if name == "EMC" else 0
            if depth == 0:
                end = i
                break
        last = max(i for i in range(start, end) if str(ops[i].operator) in TEXT_SHOW)
        return ops[:last] + [op("BMC", Name.Artifact), ops[last], op("EMC")] + ops[last + 1:]

    replace_content(pdf, page, edit)


def break_parent_tree(pdf):
    page = pdf.pages[0]
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    for i in range(0, len(nums), 2):
        if int(nums[i]) == int(page.obj.StructParents):
            nums[i + 1][0] = None
            return
    raise AssertionError("page 1 has no ParentTree entry")


def break_heading(pdf):
    elements_of(pdf, "H2")[0].S = Name.H4


def break_list(pdf):
    li = elements_of(pdf, "LI")[0]
    label = [k for k in li.K if isinstance(k, Dictionary) and k.S == Name.Lbl][0]
    label.S = Name.Span


def break_table(pdf):
    elements_of(pdf, "TR")[0].S = Name.Div


def break_objr(pdf):
    link = next(e for e in elements_of(pdf, "Link") if sum(1 for k in e.K if isinstance(k, Dictionary) and k.get("/Type") == Name.OBJR) > 1)
    kids = list(link.K)
    objr = next(i for i, k in enumerate(kids) if isinstance(k, Dictionary) and k.get("/Type") == Name.OBJR)
    del kids[objr]
    link.K = Array(kids)


def break_role_map(pdf):
    pdf.Root.StructTreeRoot.RoleMap.Aside = Name("/Sidebar")


def break_element_parent(pdf):
    elements_of(pdf, "P")[3].P = elements_of(pdf, "Table")[0]


def break_notdef(pdf):
    page = pdf.pages[0]

    def edit(ops):
        out, in_artifact, done = [], False, False
        for operands, operator in ops:
            name = str(operator)
            if name == "BDC" and operands[0] == Name.Artifact:
                in_artifact = True
            if in_artifact and not done and name in ("Tj", "TJ"):
                if name == "Tj":
                    operands = [String(b"\x00\x00" + bytes(operands[0]))]
                else:
                    operands = [Array([String(b"\x00\x00")] + list(operands[0]))]
                done = True
            out.append(op(name, *operands))
        return out

    replace_content(pdf, page, edit)


def break_unmapped_code(pdf):
    # A code without a ToUnicode entry (a real glyph, not .notdef) drawn in an artifact: the tag
    # text stays as it was.
    page = pdf.pages[0]
    fonts = {str(name): Font(f) for name, f in page.Resources.Font.items()}

    def edit(ops):
        out, in_artifact, done, font = [], False, False, None
        for operands, operator in ops:
            name = str(operator)
            if name == "Tf":
                font = fonts[str(operands[0])]
            if name == "BDC" and operands[0] == Name.Artifact:
                in_artifact = True
            if in_artifact and not done and name == "Tj":
                code = next(c for c in range(1, 1000) if c not in font.to_unicode and font.glyph(c) != 0)
                operands = [String(bytes(operands[0]) + code.to_bytes(2, "big"))]
                done = True
            out.append(op(name, *operands))
        return out

    replace_content(pdf, page, edit)


def break_furniture(pdf):
    page = pdf.pages[-1]

    def edit(ops):
        out = []
        for operands, operator in ops:
            if str(operator) == "BDC" and operands[0] == Name.Artifact and operands[1].get("/Type") == Name.Pagination:
                operands = [Name.Artifact, Dictionary(Type=Name.Layout)]
            out.append(op(str(operator), *operands))
        return out

    replace_content(pdf, page, edit)


def font_dicts(pdf):
    return [f for _, f in pdf.pages[0].Resources.Font.items()]


def break_to_unicode(pdf):
    font = font_dicts(pdf)[0]
    data = font.ToUnicode.read_bytes().decode("latin-1")
    data = data.replace("endcmap", "1 beginbfchar\n<FFF0> <FEFF>\nendbfchar\nendcmap", 1)
    font.ToUnicode = pikepdf.Stream(pdf, data.encode("latin-1"))


def break_struct_text(pdf):
    # Two marked-content pieces of a paragraph swapped in its /K: the tag tree reads them backwards.
    for p in elements_of(pdf, "P"):
        kids = list(p.K)
        ints = [i for i, k in enumerate(kids) if isinstance(k, int) or (hasattr(k, "is_integer") and k.is_integer)]
        if len(ints) >= 4:
            a, b = ints[0], ints[2]
            kids[a], kids[b] = kids[b], kids[a]
            p.K = Array(kids)
            return
    raise AssertionError("no paragraph with four pieces")


def break_array(pdf):
    pdf.trailer.Info.FolioPadding = Array([0] * 32767)


BREAKAGES = [
    ("pdf-version", "saved as PDF 1.6", None, {"force_version": "1.6"}),
    ("mark-info", "/MarkInfo removed", lambda pdf: pdf.Root.__delattr__("MarkInfo"), {}),
    ("lang", "catalog /Lang removed", lambda pdf: pdf.Root.__delattr__("Lang"), {}),
    ("lang", "a Span's /Lang set to 'español'", lambda pdf: setattr(elements_of(pdf, "P")[-1], "Lang", String("español")), {}),
    ("display-doc-title", "DisplayDocTitle false",
     lambda pdf: setattr(pdf.Root.ViewerPreferences, "DisplayDocTitle", False), {}),
    ("xmp", "pdfuaid:part removed from the XMP packet",
     lambda pdf: setattr(pdf.Root, "Metadata", pikepdf.Stream(pdf, re.sub(rb"\s*<pdfuaid:part>1</pdfuaid:part>", b"", pdf.Root.Metadata.read_bytes()))), {}),
    ("title-match", "Info /Title changed", lambda pdf: setattr(pdf.trailer.Info, "Title", String("Another title")), {}),
    ("struct-tree", "a P's /P points at a Table", break_element_parent, {}),
    ("role-map", "a standard type (Note) role-mapped to Div",
     lambda pdf: setattr(pdf.Root.StructTreeRoot.RoleMap, "Note", Name.Div), {}),
    # Poppler drops elements of a type it does not know, so the text check fails too: left out here.
    ("role-map", "Aside role-mapped to a non-standard type (text check off)", break_role_map, {"struct_text": False}),
    ("marked-content", "a rectangle painted outside any BDC", break_paint_outside, {}),
    ("marked-content", "an artifact opened inside real content", break_paint_in_both, {}),
    ("parent-tree", "MCID 0 of page 1 stripped from the ParentTree", break_parent_tree, {}),
    ("parent-tree", "page 1's /StructParents removed", lambda pdf: pdf.pages[0].obj.__delattr__("StructParents"), {}),
    ("heading-levels", "the first H2 changed to H4", break_heading, {}),
    ("figure-alt", "/Alt removed from the Figure", lambda pdf: elements_of(pdf, "Figure")[0].__delattr__("Alt"), {}),
    ("figure-bbox", "/A removed from the Figure", lambda pdf: elements_of(pdf, "Figure")[0].__delattr__("A"), {}),
    ("th-scope", "/Scope dropped from a TH", lambda pdf: elements_of(pdf, "TH")[0].__delattr__("A"), {}),
    ("list-items", "an LI's Lbl turned into a Span", break_list, {}),
    ("table-structure", "a TR turned into a Div", break_table, {}),
    ("link-objr", "an OBJR removed from a Link", break_objr, {}),
    ("annot-contents", "/Contents removed from a link annotation",
     lambda pdf: first_link_annotation(pdf)[1].__delattr__("Contents"), {}),
    ("annot-struct-parent", "/StructParent removed from a link annotation",
     lambda pdf: first_link_annotation(pdf)[1].__delattr__("StructParent"), {}),
    ("tabs", "/Tabs removed from a page with links", lambda pdf: first_link_annotation(pdf)[0].obj.__delattr__("Tabs"), {}),
    ("page-furniture", "the page number marked as a /Layout artifact", break_furniture, {}),
    ("font-embedded", "/FontFile2 removed",
     lambda pdf: font_dicts(pdf)[0].DescendantFonts[0].FontDescriptor.__delattr__("FontFile2"), {}),
    ("tounicode", "a ToUnicode entry to U+FEFF added", break_to_unicode, {}),
    ("tounicode", "a code without a ToUnicode entry drawn in the page number", break_unmapped_code, {}),
    ("notdef", ".notdef drawn in the page number", break_notdef, {}),
    ("cidset", "a /CIDSet added",
     lambda pdf: setattr(font_dicts(pdf)[0].DescendantFonts[0].FontDescriptor, "CIDSet", pikepdf.Stream(pdf, b"\xff")), {}),
    ("array-limit", "an array of 32,767 items added to Info", break_array, {}),
    ("struct-text", "two pieces of a paragraph swapped in its /K", break_struct_text, {}),
]


def self_test(folio, source, work):
    out = export(folio, source, work)
    if out is None:
        print("0 passed, 1 failed")
        return 1
    xml = source / "content" / "immunotherapy" / "en.xml"
    good = out / "immunotherapy" / "en" / "immunotherapy-brochure.pdf"
    context = {"bottom_margin": bottom_margin(source, "brochure"), "xml": xml, "source": source}
    passed = failed = 0
    baseline = check_pdf(good, context)
    if baseline:
        print(f"FAIL the unbroken PDF already fails: {baseline[:3]}")
        failed += 1
    else:
        print("ok   the unbroken English brochure passes every rule")
        passed += 1
    broken_dir = work / "broken"
    broken_dir.mkdir(parents=True, exist_ok=True)
    covered = set()
    for n, (rule, what, breakage, options) in enumerate(BREAKAGES, 1):
        target = broken_dir / f"{n:02d}-{rule}.pdf"
        save_options = {k: v for k, v in options.items() if k != "struct_text"}
        with pikepdf.open(good) as pdf:
            if breakage is not None:
                breakage(pdf)
            pdf.save(target, **save_options)
        case_context = dict(context)
        if options.get("struct_text") is False:
            del case_context["xml"]
        reported = check_pdf(target, case_context)
        rules = sorted({r for r, _ in reported})
        if rules == [rule]:
            passed += 1
            covered.add(rule)
            print(f"ok   {rule}: {what} -> {reported[0][1]}")
        else:
            failed += 1
            print(f"FAIL {rule}: {what} -> reported {rules or 'nothing'}: {reported[:3]}")
    for rule in sorted(set(RULES) - covered):
        failed += 1
        print(f"FAIL {rule}: no breakage shows that this rule can fail")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def golden(golden_file, folio, source, work):
    out = export(folio, source, work)
    if out is None:
        print("0 passed, 1 failed")
        return 1
    text = dump(out / "immunotherapy" / "en" / "immunotherapy-brochure.pdf")
    if os.environ.get("FOLIO_ACCEPT") is not None:
        golden_file.write_text(text, encoding="utf-8")
        print(f"wrote {golden_file}: review it before committing")
        return 0
    if not golden_file.is_file():
        print(f"FAIL the golden file {golden_file} is missing (FOLIO_ACCEPT=1 writes it; review it first)")
        print("0 passed, 1 failed")
        return 1
    expected = golden_file.read_text(encoding="utf-8")
    if text == expected:
        print(f"ok   the English brochure's tag tree matches {golden_file.name}")
        print("1 passed, 0 failed")
        return 0
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                               str(golden_file), "exported", n=2))
    print(f"FAIL the tag tree differs from {golden_file.name} (FOLIO_ACCEPT=1 rewrites it; review the diff first)")
    print("0 passed, 1 failed")
    return 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--golden", type=Path)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("args", nargs="*")
    a = parser.parse_args()
    if a.dump:
        sys.stdout.write(dump(a.dump))
        return 0
    if a.check:
        failed = 0
        for pdf in a.args:
            failures = check_pdf(Path(pdf))
            failed += bool(failures)
            print(("ok   " if not failures else "FAIL ") + pdf)
            for rule, message in failures[:20]:
                print(f"  [{rule}] {message}")
        print(f"{len(a.args) - failed} passed, {failed} failed")
        return 1 if failed else 0
    if len(a.args) != 3:
        parser.error("FOLIO SOURCE_DIR WORK_DIR expected")
    folio, source, work = Path(a.args[0]), Path(a.args[1]), Path(a.args[2])
    work.mkdir(parents=True, exist_ok=True)
    if a.self_test:
        return self_test(folio, source, work)
    if a.golden:
        return golden(a.golden, folio, source, work)
    return check_all(folio, source, work)


if __name__ == "__main__":
    sys.exit(main())
