"""The shipped documents and their languages as tests/shipped-documents.txt lists them: the one
explicit list the checkers go through, instead of the files that happen to exist."""
from pathlib import Path


def shipped_files(source):
    """[(document, language)] in the list's order; SystemExit when the list is missing or empty,
    so that a lost list fails instead of checking nothing."""
    path = Path(source) / "tests" / "shipped-documents.txt"
    if not path.is_file():
        raise SystemExit(f"{path}: the list of shipped documents is missing")
    files = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        if len(words) == 1:
            raise SystemExit(f"{path}:{number}: document '{words[0]}' lists no language")
        files += [(words[0], language) for language in words[1:]]
    if not files:
        raise SystemExit(f"{path} lists no document")
    return files
