"""Style (ST): one form for one thing, balanced and consistent punctuation."""

from copydesk.rules.style.inconsistent_form import InconsistentForm
from copydesk.rules.style.quote_punctuation import QuotePunctuation
from copydesk.rules.style.unbalanced_quotes import UnbalancedQuotes

RULES = [UnbalancedQuotes, InconsistentForm, QuotePunctuation]
