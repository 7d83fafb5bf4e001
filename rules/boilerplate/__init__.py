"""Boilerplate (BP): junk pasted in from the web or a template."""

from copydesk.rules.boilerplate.duplicated_text import DuplicatedText
from copydesk.rules.boilerplate.mojibake import Mojibake
from copydesk.rules.boilerplate.placeholder import Placeholder
from copydesk.rules.boilerplate.promotional_text import PromotionalText
from copydesk.rules.boilerplate.repeated_phrase import RepeatedPhrase
from copydesk.rules.boilerplate.stray_headline import StrayHeadline

RULES = [RepeatedPhrase, Placeholder, PromotionalText, StrayHeadline, DuplicatedText, Mojibake]
