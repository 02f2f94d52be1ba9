#!/usr/bin/python3
"""The RELAX NG schema's fixtures, checked so that each can fail.

  check_fixture.py invalid XMLLINT SCHEMA FIXTURE
      FIXTURE must exist, carry at least one expectation comment
          <!-- expect-error: line N: TEXT -->
      and xmllint must reject it as invalid (exit code 3: not a crash, not a broken schema, not
      a malformed file) with, for each expectation, an error on line N of FIXTURE whose message
      contains TEXT. xmllint writes "FIXTURE:N: element E: Relax-NG validity error : MESSAGE";
      TEXT is matched against "element E: MESSAGE". A fixture rejected for another reason than
      the one it stands for fails.

  check_fixture.py listed FOLDER LIST NAME...
      FOLDER holds exactly the files NAME.xml: a file deleted from the folder, or added to it
      without being listed in LIST (so never checked), fails.
"""
import re
import subprocess
import sys
from pathlib import Path

EXPECTATION = re.compile(r"<!--\s*expect-error:\s*line\s+(\d+):\s*(.*?)\s*-->")
VALIDITY_ERROR = re.compile(r"(Relax-NG )?validity error : ")
XMLLINT_INVALID = 3  # xmllint's exit code for "the document does not validate"


def check_invalid(xmllint, schema, fixture):
    if not fixture.is_file():
        return [f"{fixture}: the fixture is missing"]
    expectations = [(int(line), text) for line, text in EXPECTATION.findall(fixture.read_text(encoding="utf-8"))]
    if not expectations:
        return [f"{fixture}: no '<!-- expect-error: line N: message -->' comment says which error it must produce"]
    result = subprocess.run([xmllint, "--noout", "--relaxng", str(schema), str(fixture)],
                            capture_output=True, text=True)
    problems = []
    if result.returncode != XMLLINT_INVALID:
        problems.append(f"{fixture}: xmllint exited with {result.returncode}, not {XMLLINT_INVALID} (invalid document)")
    errors = result.stderr.splitlines()
    for line, text in expectations:
        prefix = f"{fixture}:{line}: "
        said = [VALIDITY_ERROR.sub("", e[len(prefix):]) for e in errors if e.startswith(prefix)]
        if not any(text in s for s in said):
            problems.append(f"{fixture}: no error on line {line} saying '{text}'")
    if problems:
        problems.append("xmllint said:\n    " + "\n    ".join(errors or ["(nothing)"]))
    return problems


def check_listed(folder, list_name, names):
    if not names:
        return [f"{folder}: no file is listed"]
    present = {p.stem for p in folder.glob("*.xml")}
    listed = set(names)
    problems = [f"{folder}/{n}.xml is listed but missing" for n in sorted(listed - present)]
    problems += [f"{folder}/{n}.xml is not listed in {list_name}, so it is never checked"
                 for n in sorted(present - listed)]
    if len(names) != len(listed):
        problems.append(f"{folder}: a file is listed twice")
    return problems


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "invalid":
        problems = check_invalid(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    elif len(sys.argv) >= 4 and sys.argv[1] == "listed":
        problems = check_listed(Path(sys.argv[2]), sys.argv[3], sys.argv[4:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(f"FAIL {p}")
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
