"""PyInstaller's entry script for cpdesk (see cpdesk.spec): runs the same main() as the `cpdesk` command."""

import sys

from cpdesk.__main__ import main

sys.exit(main())
