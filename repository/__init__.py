"""Practice Repository: a searchable repository of urban-security practice sheets."""

__version__ = "0.1.0"
