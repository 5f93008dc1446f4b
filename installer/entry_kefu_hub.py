"""Entry point of the bundled `kefu-hub` program (installer/kefu.spec)."""

import sys

from hub.cli import main

if __name__ == "__main__":
    sys.exit(main())
