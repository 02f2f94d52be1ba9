#!/usr/bin/env python3
"""Each third-party library's headers are included in one folder of src/ only (its wrapper), so
swapping a library touches one folder; and the message catalog is opened only by the compose stage
(and the library's engine, src/api, that hands it over), so no writer or layout builds words. Fails naming every
include found elsewhere, and fails if an owner no longer includes its header (the table below
would then be stale)."""
import pathlib
import re
import sys

# header pattern -> the only folder (relative to src/) allowed to include it
OWNERS = {
    r"unicode/": "i18n",
    r"pugixml\.hpp": ("load", "render/html"),  # reading the content; writing XHTML
    r"png\.h|jpeglib\.h": "load",
    r"hb(-[a-z]+)?\.h": "layout",
    r"hpdf[a-z_]*\.h": "render/pdf",
    r"zip\.h": "render/html",
    r"liblouis\.h": "render/braille",
    r"openssl/": "base",
    r"CLI/": "cli",
    # Folio's own: every generated word comes from compose (docs/architecture.md).
    r"i18n/message_catalog\.hpp": ("i18n", "compose", "api"),
}

def main() -> int:
    src = pathlib.Path(sys.argv[1])
    include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
    problems, seen = [], {pattern: set() for pattern in OWNERS}
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h"):
            continue
        folder = path.parent.relative_to(src).as_posix()
        for header in include.findall(path.read_text(encoding="utf-8")):
            for pattern, owners in OWNERS.items():
                # "unicode/", "openssl/": any header in that folder; otherwise the whole name
                matches = re.match(pattern, header) if pattern.endswith("/") else re.fullmatch(pattern, header)
                if not matches:
                    continue
                owners = (owners,) if isinstance(owners, str) else owners
                if not any(folder == o or folder.startswith(o + "/") for o in owners):
                    problems.append(f"{path}: includes <{header}>, which only src/{' or src/'.join(owners)} may")
                seen[pattern].add(folder)
    for pattern, folders in seen.items():
        if not folders:
            problems.append(f"no file in src/ includes a header matching '{pattern}': update this table")
    for p in problems:
        print(p)
    print(f"{len(OWNERS) - sum(1 for f in seen.values() if not f)} headers checked, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
