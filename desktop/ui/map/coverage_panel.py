"""The coverage panel beside the map: health line, findings with actions, needs matrix."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.db.enums import NeedsQuadrant
from desktop.domain.coverage import Analysis, Health, Severity
from desktop.domain.guidance import QUADRANT_MEANING

HEALTH_COLOR = {Health.HEALTHY: "#2e7d32", Health.WATCH: "#ef6c00", Health.AT_RISK: "#c62828"}
MATRIX_NAMES = 30  # names listed in a cell of the needs matrix, at most
SEVERITY_COLOR = {Severity.HIGH: "#c62828", Severity.MEDIUM: "#ef6c00", Severity.LOW: "#546e7a"}


class CoveragePanel(QTextBrowser):
    """Read-only rich text; "Show on the map" links select the people concerned."""

    show_people = Signal(object)  # set[str] of person ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.analysis: Analysis | None = None
        self.lang = "en"

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "people":
            self.show_people.emit({pid for pid in url.path().split(",") if pid})

    def show_analysis(self, analysis: Analysis | None, lang: str) -> None:
        self.analysis, self.lang = analysis, lang
        if analysis is None:
            self.setHtml("")
            return
        heading = QCoreApplication.translate("Map", "Coverage analysis")
        show = QCoreApplication.translate("Map", "Show on the map")
        action = QCoreApplication.translate("Map", "Action")
        matrix = QCoreApplication.translate("Map", "Needs matrix")
        parts = [
            f"<p style='font-size:11pt'><b style='color:{HEALTH_COLOR[analysis.health]}'>"
            f"{escape(analysis.summary.text(lang))}</b></p>"
        ]
        if analysis.findings:
            parts.append(f"<h3>{escape(heading)}</h3>")
        for finding in analysis.findings:
            color = SEVERITY_COLOR[finding.severity]
            names = [analysis.names.get(pid, "") for pid in finding.people]
            link = ""
            if finding.people:
                href = "people:" + ",".join(finding.people)
                link = f" <a href='{href}'>{escape(show)}</a>"
            parts.append(
                f"<p><span style='color:{color}'><b>{escape(finding.severity.label(lang))} · "
                f"{escape(finding.title.text(lang))}</b></span>"
                f"{' — ' + escape('、'.join(n for n in names if n)) if names else ''}<br>"
                f"{escape(finding.explanation.text(lang))}<br>"
                f"<i>{escape(action)}:</i> {escape(finding.action.text(lang))}{link}</p>"
            )
        parts.append(f"<h3>{escape(matrix)}</h3>")
        parts.append(self._matrix(analysis, lang))
        self.setHtml("".join(parts))

    def _matrix(self, analysis: Analysis, lang: str) -> str:
        def cell(q: NeedsQuadrant) -> str:
            # The count says how many; a wall of 300 names says nothing more, and laying
            # it out took most of the panel's time.
            people = analysis.quadrants[q]
            names = "、".join(escape(analysis.names[p]) for p in people[:MATRIX_NAMES]) or "—"
            if len(people) > MATRIX_NAMES:
                names += "…"
            return (f"<td width='50%' style='padding:4px; border:1px solid #999' "
                    f"title='{escape(QUADRANT_MEANING[q].text(lang))}'>"
                    f"<b>{escape(q.label(lang))}</b> ({len(analysis.quadrants[q])})<br>{names}</td>")

        yes, no = QCoreApplication.translate("Map", "met"), QCoreApplication.translate("Map", "not met")
        head = escape(QCoreApplication.translate("Map", "Institutional needs"))
        side = escape(QCoreApplication.translate("Map", "Personal needs"))
        return (
            "<table cellspacing='0' width='100%'>"
            f"<tr><td></td><td align='center'><small>{head}: {escape(yes)}</small></td>"
            f"<td align='center'><small>{head}: {escape(no)}</small></td></tr>"
            f"<tr><td><small>{side}: {escape(yes)}</small></td>"
            f"{cell(NeedsQuadrant.PARTNER)}{cell(NeedsQuadrant.FRIEND)}</tr>"
            f"<tr><td><small>{side}: {escape(no)}</small></td>"
            f"{cell(NeedsQuadrant.SUPPLIER)}{cell(NeedsQuadrant.OUTSIDER)}</tr></table>"
        )
