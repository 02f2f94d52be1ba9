"""The rule the print checks share for links on paper: an external link shows its address after
its words unless the words already say it ("ClinicalTrials.gov" for https://clinicaltrials.gov/).
An independent statement of the rule in src/compose/resolve.cpp, so the checks can catch it."""
import re


def comparable(text):
    text = re.sub(r"^(https?://)?(www\.)?", "", " ".join(text.split()))
    return text.rstrip("/").lower()


def words_say_address(words, address):
    return comparable(words) == comparable(address)
