"""The maps of the accounts opened last, kept until something they show changes.

Reading a 300-person chain, analysing it and building its scene takes longer than
the 50 ms a dossier has to open in; going back to an account seen a moment ago then
only puts its scene back in the view. The tab drops every kept map when the data,
the language or the settings change (``clear``), and a map is built again on a new
day or after a few minutes (a planned meeting may have become the last contact).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.coverage import Analysis
from desktop.ui.map.data import ChainData
from desktop.ui.map.scene import ChainScene

KEPT = 4  # maps kept besides the one shown
MAX_AGE = 10 * 60.0  # seconds


@dataclass
class KeptMap:
    scene: ChainScene
    data: ChainData
    analysis: Analysis
    day: date = field(default_factory=date.today)
    made: float = field(default_factory=time.monotonic)

    def fresh(self) -> bool:
        return self.day == date.today() and time.monotonic() - self.made < MAX_AGE


class SceneCache:
    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self._maps: OrderedDict[str, KeptMap] = OrderedDict()

    def get(self, account_id: str) -> KeptMap | None:
        """The account's kept map if it is still fresh (then it is the most recent)."""
        kept = self._maps.get(account_id)
        if kept is None or not kept.fresh():
            return None
        self._maps.move_to_end(account_id)
        return kept

    def put(self, account_id: str, kept: KeptMap, shown: ChainScene) -> None:
        """Keep the account's map; the oldest beyond ``kept`` go (not the one ``shown``)."""
        before = self._maps.get(account_id)
        self._maps[account_id] = kept
        self._maps.move_to_end(account_id)
        if before is not None and before.scene is not kept.scene and before.scene is not shown:
            _delete(before.scene)  # a stale map of the same account
        for old in list(self._maps)[:-self.kept - 1]:
            self._drop(old, shown)

    def clear(self, shown: ChainScene) -> None:
        """Forget every kept map; their scenes are deleted, except the one shown."""
        for account_id in list(self._maps):
            self._drop(account_id, shown)

    def scenes(self) -> list[ChainScene]:
        return [kept.scene for kept in self._maps.values()]

    def _drop(self, account_id: str, shown: ChainScene) -> None:
        kept = self._maps.pop(account_id)
        if kept.scene is not shown and kept.scene not in self.scenes():
            _delete(kept.scene)


def _delete(scene: ChainScene) -> None:
    scene.clear()
    scene.deleteLater()
