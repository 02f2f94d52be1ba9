"""How the checker scripts end: every failure on a line of its own, then one summary line."""


def finish(failures, summary):
    """Prints each failure as "FAIL: …" and `summary` with the number of problems; returns the
    script's exit status (1 when anything failed)."""
    for f in failures:
        print("FAIL: " + f)
    print(f"{summary}: {len(failures)} problems")
    return 1 if failures else 0
