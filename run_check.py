#!/usr/bin/env python3
"""Entry script: `python run_check.py --help`."""

import sys

from checker.cli import main

if __name__ == "__main__":
    sys.exit(main())
