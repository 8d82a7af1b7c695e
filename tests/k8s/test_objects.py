"""Checks of deploy/k8s/: every manifest is a valid Kubernetes object, and every app has its objects."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from tests.k8s.manifests import (
    APPS,
    CLUSTER_SCOPED,
    K8S,
    KUBERNETES_VERSION,
    OVERLAYS,
    SECRETS_EXAMPLE,
    Manifest,
    load_documents,
    migration_job,
    named,
    of_kind,
    pod_labels,
    pod_spec,
    rendered,
    selects,
)

# --- the manifests are valid Kubernetes objects ------------------------------------------------


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_manifest_validates_against_the_kubernetes_schemas(overlay: str) -> None:
    problems = []
    for manifest in rendered(overlay):
        try:
            kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as error:
            problems.append(f"{manifest['kind']}/{manifest['metadata']['name']}: {error.message}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_names_are_unique_and_everything_is_in_the_suites_namespace(overlay: str) -> None:
    manifests = rendered(overlay)
    keys = [(m["kind"], m["metadata"]["name"]) for m in manifests]
    assert len(keys) == len(set(keys)), "two objects of one kind share a name"
    for manifest in manifests:
        if manifest["kind"] not in CLUSTER_SCOPED:
            assert manifest["metadata"]["namespace"] == "jiuzhu", manifest["metadata"]["name"]
    assert (
        named(manifests, "Namespace", "jiuzhu")["metadata"]["labels"][
            "pod-security.kubernetes.io/enforce"
        ]
        == "restricted"
    )


def test_the_example_secrets_are_valid_placeholders_that_no_kustomization_deploys() -> None:
    secrets = load_documents(SECRETS_EXAMPLE)
    for secret in secrets:
        assert secret["kind"] == "Secret"
        kubernetes_validate.validate(secret, KUBERNETES_VERSION, strict=True)
        for key, value in secret["stringData"].items():
            assert "CHANGE-ME" in value, (
                f"{secret['metadata']['name']}/{key} looks like a real value"
            )
    for kustomization in K8S.rglob("kustomization.yaml"):
        listed = yaml.safe_load(kustomization.read_text(encoding="utf-8")).get("resources", [])
        assert SECRETS_EXAMPLE.name not in {Path(entry).name for entry in listed}, kustomization
    for overlay in OVERLAYS:
        assert not of_kind(rendered(overlay), "Secret"), f"{overlay} renders a Secret"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_loader_renders_what_kustomize_renders(overlay: str) -> None:
    """Where kubectl is installed, its kustomize must render exactly what the loader renders."""
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed; the loader alone renders the overlays")
    output = subprocess.run(
        [kubectl, "kustomize", str(K8S / "overlays" / overlay)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    theirs = [doc for doc in yaml.safe_load_all(output) if doc is not None]

    def key(manifest: Manifest) -> tuple[str, str]:
        return manifest["kind"], manifest["metadata"]["name"]

    assert sorted(theirs, key=key) == sorted(rendered(overlay), key=key)


# --- every app has its objects ------------------------------------------------------------------


@pytest.mark.parametrize("app", APPS)
def test_each_app_has_its_deployment_service_account_autoscaler_budget_job_and_config(
    manifests: list[Manifest], app: str
) -> None:
    deployment = named(manifests, "Deployment", app)
    account = named(manifests, "ServiceAccount", app)
    assert account["automountServiceAccountToken"] is False
    assert pod_spec(deployment)["serviceAccountName"] == app
    named(manifests, "ConfigMap", f"{app}-config")
    migration_job(manifests, app)

    service = named(manifests, "Service", app)
    assert service["spec"].get("type", "ClusterIP") == "ClusterIP"
    assert [(p["port"], p["targetPort"]) for p in service["spec"]["ports"]] == [(APPS[app], "http")]
    assert selects({"matchLabels": service["spec"]["selector"]}, pod_labels(deployment))
    assert not selects(
        {"matchLabels": service["spec"]["selector"]}, pod_labels(migration_job(manifests, app))
    )

    autoscaler = named(manifests, "HorizontalPodAutoscaler", app)
    assert autoscaler["apiVersion"] == "autoscaling/v2"
    assert autoscaler["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": app,
    }
    low, high = autoscaler["spec"]["minReplicas"], autoscaler["spec"]["maxReplicas"]
    assert 1 <= low <= high
    assert deployment["spec"]["replicas"] == low, "the Deployment starts at the HPA's minimum"

    budget = named(manifests, "PodDisruptionBudget", app)
    assert selects(budget["spec"]["selector"], pod_labels(deployment))
    assert not selects(budget["spec"]["selector"], pod_labels(migration_job(manifests, app)))
    if "minAvailable" in budget["spec"]:
        assert budget["spec"]["minAvailable"] < low, "the budget would block every drain"
    else:
        assert budget["spec"]["maxUnavailable"] >= 1


def test_only_the_five_apps_run(manifests: list[Manifest]) -> None:
    assert {m["metadata"]["name"] for m in of_kind(manifests, "Deployment")} == set(APPS)
    assert len(of_kind(manifests, "Job")) == len(APPS)
    for service in of_kind(manifests, "Service"):
        assert service["spec"].get("type", "ClusterIP") == "ClusterIP", (
            "only the Ingress is exposed"
        )


def test_the_production_overlay_runs_more_than_development() -> None:
    def replicas(overlay: str) -> dict[str, int]:
        return {
            d["metadata"]["name"]: d["spec"]["replicas"]
            for d in of_kind(rendered(overlay), "Deployment")
        }

    development, production = replicas("development"), replicas("production")
    assert all(production[app] > development[app] for app in APPS)
    assert all(production[app] >= 2 for app in APPS), "one replica is no availability"
