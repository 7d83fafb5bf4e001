"""Typos (TY): misspellings in words and names, confused words, house vocabulary."""

from copydesk.rules.typos.confused_word import ConfusedWord
from copydesk.rules.typos.indefinite_article import IndefiniteArticle
from copydesk.rules.typos.known_misspelling import KnownMisspelling
from copydesk.rules.typos.missing_space import MissingSpace
from copydesk.rules.typos.misspelled_word import MisspelledWord
from copydesk.rules.typos.name_variant import NameVariant
from copydesk.rules.typos.rejected_term import RejectedTerm
from copydesk.rules.typos.unverified_name import UnverifiedName

RULES = [
    KnownMisspelling,
    ConfusedWord,
    MisspelledWord,
    NameVariant,
    UnverifiedName,
    RejectedTerm,
    MissingSpace,
    IndefiniteArticle,
]
