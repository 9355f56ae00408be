"""Where Errbot finds ``storectl.plug`` (see :data:`storectl.errbot.PLUGIN_DIR`)."""
