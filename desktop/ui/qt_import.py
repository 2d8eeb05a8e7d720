"""A cheaper answer to the question PySide6 asks of every imported module.

Once PySide6 is loaded it checks every module imported after it (and, at its own start,
every one imported before) for the word "PySide6", to know which modules may use
``from __feature__ import …`` (PYSIDE-2029). It reads each file with inspect.getsource,
which also walks every loaded module and keeps each file's text in memory (linecache):
about 0.2-0.3 s and some MB over the ~450 modules the app loads before its first paint.
This reads the file's bytes instead: the same answer. Anything unexpected (no source
file, another PySide6 version) is left to PySide6's own function.
"""

from __future__ import annotations

import sys
from typing import Any


def install() -> None:
    """Call before the first ``import PySide6.QtCore`` (desktop/ui/__init__ does)."""
    import shiboken6  # noqa: F401  (loads shibokensupport.feature; Qt itself not yet)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "dossier", False):
        return

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.dossier = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
