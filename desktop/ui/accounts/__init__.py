"""The account list (left of the main window) and the account's overview tab.

Imported on first use: the app's window shows its (empty) account list before the database
layer, which the overview needs, is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ui.accounts.overview import OverviewTab
    from desktop.ui.accounts.panel import AccountPanel

__all__ = ["AccountPanel", "OverviewTab"]


def __getattr__(name: str) -> Any:
    if name == "AccountPanel":
        from desktop.ui.accounts.panel import AccountPanel

        return AccountPanel
    if name == "OverviewTab":
        from desktop.ui.accounts.overview import OverviewTab

        return OverviewTab
    raise AttributeError(name)
