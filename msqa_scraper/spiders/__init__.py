"""Spiders: navigation only (which pages, which links). Extraction lives in ``extract``."""
