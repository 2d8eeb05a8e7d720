"""Dossier: key-account dossiers on the manager's own laptop."""

__version__ = "0.1.0"
