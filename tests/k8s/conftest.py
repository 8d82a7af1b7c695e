"""The rendered manifests of each overlay, as a fixture: every check runs on development and production."""

import pytest

from tests.k8s.manifests import OVERLAYS, Manifest, rendered


@pytest.fixture(params=OVERLAYS)
def manifests(request: pytest.FixtureRequest) -> list[Manifest]:
    return rendered(request.param)
