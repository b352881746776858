"""How a requirement's words are written inside a question: a capital only where it belongs to a name ("ADP",
"Sage Payroll", "Node.js"), never because the word opened a line of the ad."""

from __future__ import annotations

from workbench.interviewer.names import is_name
from workbench.interviewer.planning.adtext import ad_items


def upper_first(text: str) -> str:
    """The text as a sentence starts: its first letter a capital, nothing else changed."""
    return text[:1].upper() + text[1:]


def lower_first(text: str, raw: str = "") -> str:
    """The item as it reads inside a question: a capital kept only for names ("ADP", "iPad", "Excel")."""
    first, _, rest = text.partition(" ")
    keep = first.isupper() or any(ch.isupper() for ch in first[1:]) or any(ch.isdigit() for ch in first)
    # A name in title case ("Paediatric First Aid", "Sage Payroll") keeps every capital.
    keep = keep or (first[:1].isupper() and rest[:1].isupper())
    # A capitalised word that stood inside the original line ("Experience with Sage or ADP", "Strong Excel
    # skills") is a name: only the line's first word is capitalised for being first.
    keep = keep or (first[:1].isupper() and capitalised_inside(first, raw))
    # A product's name ("Excel stock sheets", "Salesforce reporting") is a name wherever the line puts it.
    keep = keep or (first[:1].isupper() and is_name(first.strip(",.;:()")))
    first = first if keep else first.lower()
    return f"{first} {rest}".strip()


def as_the_job_spells(text: str, context: str) -> str:
    """A one-word skill listed in lower case ("node.js", "linux", "sql") written as the job's own text writes
    it mid-sentence ("comfortable reading Node.js services", "Expert Kubernetes and Linux", "SQL"): a name keeps
    its capitals. A capital beside another ("Senior Care Assistant") is a title's, not a name's."""
    if not text.islower() or " " in text or not context:
        return text
    for line in ad_items(context):
        raw = line.strip(" \t-*•").split()
        words = [word.strip(",.;:()!?") for word in raw]
        for at in range(1, len(words)):
            if words[at].lower() != text or words[at] == text or raw[at - 1].endswith((".", "!", "?")):
                continue  # another word, the same spelling, or a sentence's first word
            before = words[at - 1] if at > 1 else ""  # a line's first word is capitalised for being first
            after = words[at + 1] if at + 1 < len(words) else ""
            if not before[:1].isupper() and not after[:1].isupper():
                return words[at]
    return text


def capitalised_inside(word: str, raw: str) -> bool:
    """Whether `word` stands capitalised somewhere other than at the start of a line or sentence of `raw`."""
    for line in ad_items(raw):
        words = line.strip(" \t-*•").split()
        if any(w.strip(",.;:()") == word for w in words[1:]):
            return True
    return False
