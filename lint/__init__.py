"""copydesk: an editorial style and provenance linter for news articles.

The public API is what this module exports; everything else may change.
"""

from copydesk import wordlists
from copydesk._version import __version__
from copydesk.article import Article, read_path, read_text
from copydesk.config import Config
from copydesk.engine import Diagnostic, Linter, Report, check_paths, check_text
from copydesk.errors import ConfigError, CopydeskError, InputError, ModelError, PluginError
from copydesk.positions import Position, Span
from copydesk.rule import Family, Finding, Need, NoOptions, Related, Rule, Severity

__all__ = [
    "Article",
    "Config",
    "ConfigError",
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
    "__version__",
    "check_paths",
    "check_text",
    "read_path",
    "read_text",
    "wordlists",
]
