"""Boilerplate (BP): junk pasted in from the web or a template."""

from copydesk.rules.boilerplate.placeholder import Placeholder
from copydesk.rules.boilerplate.repeated_phrase import RepeatedPhrase

RULES = [RepeatedPhrase, Placeholder]
