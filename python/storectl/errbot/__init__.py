"""Errbot on storectl: a storage plugin (``STORAGE = 'Storectl'``).

In Errbot's ``config.py``::

    import storectl.errbot
    BOT_EXTRA_STORAGE_PLUGINS_DIR = storectl.errbot.PLUGIN_DIR
    STORAGE = 'Storectl'
    STORAGE_CONFIG = {'store': '/srv/errbot/storectl.db', 'config': None}

Importing this package does not import Errbot; :mod:`storectl.errbot.storage` does.
"""

import os

#: The directory holding ``storectl.plug``, for ``BOT_EXTRA_STORAGE_PLUGINS_DIR``.
PLUGIN_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugin")
