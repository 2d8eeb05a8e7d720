"""The account's structure: sub-groups, external ties, key events."""

from desktop.ui.structure.tab import StructureTab

__all__ = ["StructureTab"]
