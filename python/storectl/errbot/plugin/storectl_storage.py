"""The module ``storectl.plug`` names. Errbot loads it from this file and takes its one
``StoragePluginBase`` subclass; the code lives in :mod:`storectl.errbot.storage`."""

from storectl.errbot.storage import StorectlStoragePlugin

__all__ = ["StorectlStoragePlugin"]
