"""A privacy-first, fully local domain assistant."""
__version__ = "0.1.0"
