"""`python -m paindiary` is the same as the `paindiary` command."""

import sys

from paindiary.cli import main

sys.exit(main())
