"""Entry script for the PyInstaller bundle: the same dispatch as ``python -m meeting_planner``."""

import sys

from meeting_planner.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
