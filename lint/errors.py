"""Errors that end a run with exit code 2 and one line on stderr."""

from __future__ import annotations


class CopydeskError(Exception):
    """Base class: the message is shown to the user as it is, on one line."""


class InputError(CopydeskError):
    """A file that cannot be read as an article."""


class BinaryFileError(InputError):
    """A file that is not text; skipped with a message rather than failing the run."""


class ConfigError(CopydeskError):
    """A configuration file or option with an unknown key or a bad value."""


class ModelError(CopydeskError):
    """The spaCy pipeline is missing or cannot be loaded."""


class PluginError(CopydeskError):
    """A rule plugin that breaks the rule contract (duplicate code, wrong prefix...)."""
