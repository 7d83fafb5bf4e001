"""Typos (TY): misspellings in words and names, confused words."""

from copydesk.rules.typos.confused_word import ConfusedWord
from copydesk.rules.typos.known_misspelling import KnownMisspelling

RULES = [KnownMisspelling, ConfusedWord]
