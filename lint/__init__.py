"""copydesk: an editorial style and provenance linter for news articles.

The public API is what this module exports; everything else may change.
"""

from copydesk import attribution, dates, quantities, spelling, wordlists
from copydesk._version import __version__
from copydesk.article import Article, read_path, read_text
from copydesk.config import Config
from copydesk.engine import Diagnostic, Linter, Report, check_paths, check_text
from copydesk.errors import ConfigError, CopydeskError, InputError, ModelError, PluginError
from copydesk.positions import Position, Span
from copydesk.rule import Context, Family, Finding, Need, NoOptions, Related, Rule, Severity
from copydesk.vocab import Vocabulary

__all__ = [
    "Article",
    "Config",
    "ConfigError",
    "Context",
    "CopydeskError",
    "Diagnostic",
    "Family",
    "Finding",
    "InputError",
    "Linter",
    "ModelError",
    "Need",
    "NoOptions",
    "PluginError",
    "Position",
    "Related",
    "Report",
    "Rule",
    "Severity",
    "Span",
    "Vocabulary",
    "__version__",
    "attribution",
    "check_paths",
    "check_text",
    "dates",
    "quantities",
    "read_path",
    "read_text",
    "spelling",
    "wordlists",
]
