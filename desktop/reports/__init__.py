"""PDF reports made offline with ReportLab (no Qt): the client visit memo, the
internal pre-visit brief and the internal handover dossier.

Each builder takes the session and an id and returns the PDF's bytes (and
writes ``output`` if given); ``lang`` is "zh", "en" or "both".
"""

from desktop.reports.brief import build_brief
from desktop.reports.fonts import ReportError
from desktop.reports.handover import build_handover
from desktop.reports.memo import build_memo

__all__ = ["ReportError", "build_brief", "build_handover", "build_memo"]
