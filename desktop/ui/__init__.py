"""The Qt user interface: the only package that imports Qt."""

from desktop.ui import qt_import

qt_import.install()  # before any Qt import: see there
