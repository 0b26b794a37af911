"""Placeholder command line (replaced by the interfaces work)."""

from __future__ import annotations

import sys

import asnrules


def main(argv: list[str] | None = None) -> int:
    """Print the version and a short help."""
    print(f"asnrules {asnrules.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
