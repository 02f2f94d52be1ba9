"""The rule the print checks share for links on paper: an external link shows its address after
its words unless the words already say it ("ClinicalTrials.gov" for https://clinicaltrials.gov/;
"1-800-555-0100" for tel:+18005550100: the same digits, or the national part of an
international number when it has at least seven).
An independent statement of the rule in src/compose/resolve.cpp, so the checks can catch it."""
import re


def comparable(text):
    text = re.sub(r"^(https?://)?(www\.)?", "", " ".join(text.split()))
    return text.rstrip("/").lower()


def words_say_address(words, address, phone=False):
    if phone:
        said, number = re.sub(r"\D", "", words), re.sub(r"\D", "", address)
        return bool(said) and (said == number or (len(said) >= 7 and number.endswith(said)))
    return comparable(words) == comparable(address)
