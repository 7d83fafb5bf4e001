"""Built-in rule families, registered through the ``copydesk.rules`` entry points."""
