"""cite-checker: citation verification and link-rot checking for articles' footnotes."""

__version__ = "0.1.0"
