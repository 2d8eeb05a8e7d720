"""The interactions timeline and the interaction form."""

from desktop.ui.interactions.tab import InteractionsTab

__all__ = ["InteractionsTab"]
