"""Checks of deploy/k8s/: the network policies follow the call table; only the gateway is
reachable from outside."""

from __future__ import annotations

import pytest

from tests.k8s.manifests import (
    APPS,
    CALLS,
    EXPECTED_INGRESS_SOURCES,
    Manifest,
    migration_job,
    named,
    of_kind,
    pod_labels,
    policies_selecting,
    reachable,
    rendered,
)

# --- the network follows the call table --------------------------------------------------------


def test_the_namespace_denies_by_default(manifests: list[Manifest]) -> None:
    deny = [
        p
        for p in of_kind(manifests, "NetworkPolicy")
        if p["spec"]["podSelector"] == {}
        and set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        and not p["spec"].get("ingress")
        and not p["spec"].get("egress")
    ]
    assert deny, "no default-deny NetworkPolicy"


@pytest.mark.parametrize("app", APPS)
def test_each_app_is_reachable_only_from_its_callers(manifests: list[Manifest], app: str) -> None:
    labels = pod_labels(named(manifests, "Deployment", app))
    assert reachable(manifests, labels, "Ingress") == EXPECTED_INGRESS_SOURCES[app]
    for policy in policies_selecting(manifests, labels, "Ingress"):
        for rule in policy["spec"].get("ingress", []):
            assert rule["ports"] == [{"protocol": "TCP", "port": APPS[app]}], policy["metadata"]


@pytest.mark.parametrize("app", APPS)
def test_each_app_reaches_only_dns_its_database_and_its_peers(
    manifests: list[Manifest], app: str
) -> None:
    server = pod_labels(named(manifests, "Deployment", app))
    expected = (
        CALLS[app] | {"dns", "ipBlock:5432"} | ({"ipBlock:6379"} if app == "gateway" else set())
    )
    assert reachable(manifests, server, "Egress") == expected
    migration = pod_labels(migration_job(manifests, app))
    assert reachable(manifests, migration, "Egress") == {"dns", "ipBlock:5432"}
    assert reachable(manifests, migration, "Ingress") == set()


def test_production_narrows_the_database_and_redis_networks() -> None:
    manifests = rendered("production")
    for name in ("allow-postgresql-egress", "allow-redis-egress"):
        for rule in named(manifests, "NetworkPolicy", name)["spec"]["egress"]:
            for peer in rule["to"]:
                assert peer["ipBlock"]["cidr"] != "0.0.0.0/0", f"{name} is open to the world"


def test_the_ingress_routes_to_the_gateway_only(manifests: list[Manifest]) -> None:
    (ingress,) = of_kind(manifests, "Ingress")
    backends = [ingress["spec"]["defaultBackend"]] if "defaultBackend" in ingress["spec"] else []
    hosts = set()
    for rule in ingress["spec"]["rules"]:
        hosts.add(rule["host"])
        backends += [path["backend"] for path in rule["http"]["paths"]]
    assert backends
    for backend in backends:
        assert backend["service"]["name"] == "gateway"
        assert backend["service"]["port"] in ({"name": "http"}, {"number": APPS["gateway"]})
    covered = {host for tls in ingress["spec"]["tls"] for host in tls["hosts"]}
    assert hosts <= covered, "a host is served without TLS"
