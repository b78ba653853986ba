"""``python -m thresher`` is the ``thresher`` command."""

from .cli import main

raise SystemExit(main())
