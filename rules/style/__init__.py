"""Style (ST): one form for one thing, balanced and consistent punctuation."""

from copydesk.rules.style.unbalanced_quotes import UnbalancedQuotes

RULES = [UnbalancedQuotes]
