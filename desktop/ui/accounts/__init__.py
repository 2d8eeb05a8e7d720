"""The account list and the account's overview tab."""

from desktop.ui.accounts.overview import OverviewTab
from desktop.ui.accounts.panel import AccountPanel

__all__ = ["AccountPanel", "OverviewTab"]
