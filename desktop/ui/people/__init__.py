"""The decision chain: the people table and the person editor."""

from desktop.ui.people.tab import PeopleTab

__all__ = ["PeopleTab"]
