"""``python -m asnrules`` is the ``asnrules`` command."""

import sys

from asnrules.cli import main

sys.exit(main())
