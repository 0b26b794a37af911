"""Hypothesis profiles: ``ci`` (the default, modest example counts) and ``long`` (a deep run).

Select one with ``HYPOTHESIS_PROFILE=long python -m pytest`` (see docs/index.md, "Tests").
A test that sets ``max_examples`` itself keeps its own count in ``ci``; ``long`` multiplies nothing, it
raises the default for the tests that do not set one.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", deadline=None, max_examples=5_000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
