"""The ``dossier`` command line.

``dossier`` with no arguments opens the GUI. Each subcommand lives in its own
module of desktop.cli.commands and is found there automatically: a module
defines ``register(subparsers)`` which adds its parser(s) and sets
``func=handler`` (``handler(args) -> int``). Handlers raise DossierError for
anything the user can fix; main() turns it into one plain sentence on stderr
and a non-zero exit. Any other exception is logged to the data folder, never
shown as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli import commands
from desktop.errors import DossierError
from desktop.logs import log_unexpected


def build_parser(*, commands_too: bool = True) -> argparse.ArgumentParser:
    """``commands_too=False``: only the options of a plain start (the app opens at once,
    without importing every command module and the database layer they need)."""
    parser = argparse.ArgumentParser(
        prog="dossier",
        add_help=commands_too,
        description="Key-account dossiers: decision chains, visits, commitments and memos. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"Dossier {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the dossier database (default: $DOSSIER_DATA_DIR, else the user data dir)",
    )
    if not commands_too:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, rest = build_parser(commands_too=False).parse_known_args(argv)
    if rest:  # a command, --help or anything else: the whole parser says what it means
        args = build_parser().parse_args(argv)
    try:
        if getattr(args, "command", None) is None:
            from desktop.ui.app import run_gui

            return run_gui(args)
        result: int = args.func(args)
        return result
    except DossierError as exc:
        print(f"dossier: {exc.en}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("dossier: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: log it, say where, no traceback on screen
        where = log_unexpected(exc, getattr(args, "data_dir", None))
        print(
            f"dossier: something went wrong that is not your fault ({type(exc).__name__}). "
            f"The details are in {where}; please send that file to the developers.",
            file=sys.stderr,
        )
        return 70
