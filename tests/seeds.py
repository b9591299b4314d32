"""Where the one real capture of the site lives: ``../shared/seeds/`` beside the repository.

CI checks ``shared/`` out next to the clone, as the developers' machine has it; a missing seed is
a broken checkout, so the tests that need it fail rather than skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / ".." / "shared" / "seeds"
SEED_FILE = SEEDS_DIR / "000_9de1e2b67854b5ba.txt"


def seed_text() -> str:
    """The seed page's text, or a failed test naming where it was looked for."""
    if not SEED_FILE.is_file():
        pytest.fail(f"the seed page text is missing: {SEED_FILE.resolve()} (check out shared/)")
    return SEED_FILE.read_text(encoding="utf-8")
