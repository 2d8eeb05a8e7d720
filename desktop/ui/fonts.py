"""The bundled Noto Sans SC: registered once, and used for Chinese whatever the system has.

Systems without a CJK font would show boxes; systems with one (often an OpenType/CFF
collection) give PDFs whose Chinese text cannot be copied out reliably. Using our own
TrueType font everywhere makes screens, maps and exported files look and read the same.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from desktop.paths import resource

FAMILY = "Noto Sans SC"
_registered: list[str] = []


def install_bundled_fonts() -> list[str]:
    """Register resources/fonts/*.ttf (once) and make them the fallback for Chinese."""
    if _registered:
        return _registered
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _registered:
                    _registered.append(family)
    if _registered:
        add_fallback = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)
        if add_fallback is not None:  # Qt 6.8 API, not in every PySide6 build
            add_fallback(QFontDatabase.Script.Script_Han, _registered[0])
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # Chinese falls through to our font before the system's
            font = app.font()
            families = font.families() or [font.family()]
            if _registered[0] not in families:
                font.setFamilies([*families, _registered[0]])
                QGuiApplication.setFont(font)
    return _registered
