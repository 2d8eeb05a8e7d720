"""The commitments ledger of one account."""

from desktop.ui.commitments.tab import CommitmentsTab

__all__ = ["CommitmentsTab"]
