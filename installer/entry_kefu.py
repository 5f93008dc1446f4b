"""Entry point of the bundled `kefu` program (installer/kefu.spec)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
