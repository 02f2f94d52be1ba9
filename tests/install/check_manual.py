#!/usr/bin/env python3
"""folio(1) and `folio --help` agree: the same options for each command, the same editions and
exit codes, and the page renders without groff warnings. usage: check_manual.py FOLIO MAN_PAGE"""
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from checker_report import finish  # noqa: E402


def options(text):
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])(?![\w-])", text))


def main():
    folio, page = sys.argv[1], sys.argv[2]
    failures = []
    warnings = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", page], capture_output=True, text=True).stderr
    if warnings:
        failures.append(f"groff warns: {warnings}")
    manual = subprocess.run(["man", "-l", page], capture_output=True, text=True, env=dict(os.environ, MANWIDTH="200", MAN_KEEP_FORMATTING="0")).stdout
    manual = re.sub(r".\x08", "", manual)  # overstrikes, if any
    manual = manual.replace("\u2010", "-").replace("\u2212", "-")
    helps = {command: subprocess.run([folio, *command, "--help"], capture_output=True, text=True).stdout
             for command in ((), ("export",), ("check",))}
    in_help = set().union(*(options(h) for h in helps.values())) | {"--version"}
    in_manual = options(manual)
    if in_help != in_manual:
        failures.append(f"options only in --help: {sorted(in_help - in_manual)}; only in the manual: {sorted(in_manual - in_help)}")
    editions = re.search(r"\{([a-z,-]+)\}", helps[("export",)]).group(1).split(",")
    for edition in editions:
        if edition not in manual:
            failures.append(f"edition {edition} is not in the manual")
    codes = re.findall(r"(\d) [A-Za-z]", helps[()].split("Exit codes:")[1])
    for code in codes:
        if not re.search(rf"^\s+{code}(\s*$|\s+[A-Z])", manual, re.M):
            failures.append(f"exit code {code} is not in the manual's EXIT STATUS")
    if len(codes) != 7:
        failures.append(f"--help names {len(codes)} exit codes, not 7")
    return finish(failures, f"{len(in_help)} options, {len(editions)} editions, {len(codes)} exit codes compared")


if __name__ == "__main__":
    sys.exit(main())
