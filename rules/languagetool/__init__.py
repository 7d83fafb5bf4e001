"""LanguageTool (LT): the optional grammar and spelling backend."""

from copydesk.rules.languagetool.languagetool_match import LanguageToolMatch

RULES = [LanguageToolMatch]
