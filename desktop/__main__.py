"""``python -m desktop`` is the same as the ``dossier`` command."""

from desktop.cli import main

raise SystemExit(main())
