"""`python -m game`: the command-line entry point."""

from __future__ import annotations

import sys

from game.cli import main

sys.exit(main())
