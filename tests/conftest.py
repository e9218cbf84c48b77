"""Shared test configuration: hypothesis profiles and paths to the data."""

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    deadline=None,
    max_examples=1000,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("NEWSMODEL_HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
"""The project's top folder."""
SEEDS = ROOT / "seeds"
"""The golden seed articles and their expected annotations."""
SHARED_DATA = ROOT.parent / "shared" / "data"
"""Real news used for measurement; absent in a user's clone, so tests skip."""
