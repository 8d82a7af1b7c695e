"""Checks of deploy/k8s/: pods hardened, probed and bounded; secrets only from Secrets; migrations
run in a Job of their release before the rollout."""

from __future__ import annotations

import re

import pytest

from tests.k8s.manifests import (
    APPS,
    CALLS,
    GATEWAY_SECRET_SETTINGS,
    MIGRATE_COMMAND,
    PHASE_LABEL,
    SECRET_SETTINGS,
    SECRETS_EXAMPLE,
    SYNC_WAVE,
    Manifest,
    containers,
    is_secret_name,
    load_documents,
    migration_job,
    named,
    of_kind,
    pod_spec,
    quantity,
    workloads,
)

# --- pods are hardened, probed and bounded -----------------------------------------------------


def test_every_pod_runs_hardened(manifests: list[Manifest]) -> None:
    for workload in workloads(manifests):
        where = f"{workload['kind']}/{workload['metadata']['name']}"
        spec = pod_spec(workload)
        assert spec["automountServiceAccountToken"] is False, where
        assert spec["enableServiceLinks"] is False, where
        assert spec["securityContext"]["runAsNonRoot"] is True, where
        assert spec["securityContext"]["runAsUser"] == 10001, where
        assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, where
        assert not spec.get("hostNetwork") and not spec.get("hostPID"), where
        tmp_volumes = {v["name"] for v in spec["volumes"] if "emptyDir" in v}
        for container in containers(workload):
            context = container["securityContext"]
            assert context["allowPrivilegeEscalation"] is False, where
            assert context["readOnlyRootFilesystem"] is True, where
            assert context.get("privileged", False) is False, where
            assert context["capabilities"] == {"drop": ["ALL"]}, where
            assert context.get("runAsUser", 10001) == 10001, where
            mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
            assert mounts.get("/tmp") in tmp_volumes, f"{where}: no writable emptyDir at /tmp"


@pytest.mark.parametrize("app", APPS)
def test_each_server_is_probed_on_its_port(manifests: list[Manifest], app: str) -> None:
    (container,) = containers(named(manifests, "Deployment", app))
    assert container["ports"] == [{"name": "http", "containerPort": APPS[app], "protocol": "TCP"}]
    probes = {
        kind: (container[kind]["httpGet"]["path"], container[kind]["httpGet"]["port"])
        for kind in ("startupProbe", "livenessProbe", "readinessProbe")
    }
    assert probes == {
        "startupProbe": ("/healthz", "http"),
        "livenessProbe": ("/healthz", "http"),
        "readinessProbe": ("/readyz", "http"),
    }


def test_every_container_requests_and_limits_cpu_and_memory(manifests: list[Manifest]) -> None:
    for workload in workloads(manifests):
        for container in containers(workload):
            where = f"{workload['kind']}/{workload['metadata']['name']}"
            resources = container["resources"]
            for resource in ("cpu", "memory"):
                request = quantity(resources["requests"][resource])
                limit = quantity(resources["limits"][resource])
                assert 0 < request <= limit, f"{where}: {resource} request {request} limit {limit}"


# --- configuration and secrets -----------------------------------------------------------------


@pytest.mark.parametrize("app", APPS)
def test_secrets_come_only_from_secrets(manifests: list[Manifest], app: str) -> None:
    prefix = app.upper()
    required = SECRET_SETTINGS + (GATEWAY_SECRET_SETTINGS if app == "gateway" else ())
    example = {
        (s["metadata"]["name"], key)
        for s in load_documents(SECRETS_EXAMPLE)
        for key in s["stringData"]
    }
    for workload in (named(manifests, "Deployment", app), migration_job(manifests, app)):
        (container,) = containers(workload)
        where = f"{workload['kind']}/{workload['metadata']['name']}"
        from_secrets = {}
        for variable in container["env"]:
            # No literal values at all: config comes from the ConfigMap, secrets from Secrets.
            assert "value" not in variable, f"{where}: {variable['name']} is written inline"
            reference = variable["valueFrom"]["secretKeyRef"]
            from_secrets[variable["name"]] = reference
            if not reference.get("optional"):
                assert (reference["name"], reference["key"]) in example, (
                    f"{where}: {reference} is missing from secrets.example.yaml"
                )
        assert {f"{prefix}_{name}" for name in required} <= set(from_secrets), where
        for source in container["envFrom"]:
            assert set(source) == {"configMapRef"}, f"{where}: envFrom only from the ConfigMap"
    config = named(manifests, "ConfigMap", f"{app}-config")["data"]
    leaked = [key for key in config if is_secret_name(key)]
    assert not leaked, f"{app}-config holds secrets: {leaked}"


@pytest.mark.parametrize("app", APPS)
def test_config_names_the_peers_of_the_call_table(manifests: list[Manifest], app: str) -> None:
    prefix = app.upper()
    config = named(manifests, "ConfigMap", f"{app}-config")["data"]
    assert config[f"{prefix}_ENVIRONMENT"] == "production"
    assert all(key.startswith(f"{prefix}_") for key in config), "a key outside the app's prefix"
    peer_urls = {key: value for key, value in config.items() if key.endswith("_URL")}
    assert peer_urls == {
        f"{prefix}_{peer.upper()}_URL": f"http://{peer}:{APPS[peer]}" for peer in CALLS[app]
    }
    (container,) = containers(named(manifests, "Deployment", app))
    assert container["envFrom"] == [{"configMapRef": {"name": f"{app}-config"}}]


# --- migrations run before the rollout ---------------------------------------------------------


@pytest.mark.parametrize("app", APPS)
def test_each_app_migrates_in_a_job_of_its_release_before_rollout(
    manifests: list[Manifest], app: str
) -> None:
    deployment = named(manifests, "Deployment", app)
    job = migration_job(manifests, app)
    (server,) = containers(deployment)
    (migrate,) = containers(job)
    assert migrate["image"] == server["image"], "the Job runs the server's own image"
    assert migrate["command"] == MIGRATE_COMMAND
    assert "workingDir" not in migrate, "alembic.ini is found in the image's WORKDIR"
    assert (migrate["env"], migrate["envFrom"]) == (server["env"], server["envFrom"])
    assert pod_spec(job)["restartPolicy"] == "Never"
    assert pod_spec(job)["serviceAccountName"] == app

    tag = server["image"].rpartition(":")[2]
    assert re.fullmatch(r"\d+\.\d+\.\d+", tag), (
        f"{app}'s image has no release tag: {server['image']}"
    )
    assert job["metadata"]["name"] == f"{app}-migrate-{tag.replace('.', '-')}", (
        "the Job's name carries its release (migrations/kustomization.yaml nameSuffix)"
    )

    # What the Job needs is applied with it, before the rollout (runbook step 1, Argo CD waves).
    needs = [
        named(manifests, "ServiceAccount", app),
        named(manifests, "ConfigMap", f"{app}-config"),
        *of_kind(manifests, "NetworkPolicy"),
    ]
    for manifest in [job, *needs]:
        assert manifest["metadata"]["labels"].get(PHASE_LABEL) == "pre-rollout", manifest[
            "metadata"
        ]
        wave = int(manifest["metadata"]["annotations"][SYNC_WAVE])
        assert wave < 0, manifest["metadata"]["name"]
        if manifest is not job:
            assert wave < int(job["metadata"]["annotations"][SYNC_WAVE])
    assert SYNC_WAVE not in deployment["metadata"].get("annotations", {})
    assert PHASE_LABEL not in deployment["metadata"]["labels"]
