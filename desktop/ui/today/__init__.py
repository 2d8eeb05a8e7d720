"""The Today view (follow-ups): promises due, people to call, what is coming up, risks."""

from desktop.ui.today.view import TodayView

__all__ = ["TodayView"]
