"""The decision-chain map tab: org chart, relationships, our coverage, and the coverage panel.

Wiring (main window): ``tab = MapTab(ctx); tabs.addTab(tab, tr("Map")); tab.set_account(id)``.
For the PDF brief: ``map_png(db, account_id, lang) -> bytes`` (needs a QApplication).
"""

from desktop.ui.map.export import map_png
from desktop.ui.map.tab import MapTab

__all__ = ["MapTab", "map_png"]
