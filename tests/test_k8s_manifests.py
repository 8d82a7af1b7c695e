"""Checks of deploy/k8s/: each overlay rendered, validated against the Kubernetes schemas, and held
to the deployment's promises (hardened pods, probes, resources, secrets only from Secrets, one
ServiceAccount, HPA, PDB and migration Job per app, network policies that follow the call table,
only the gateway reachable from outside).

The overlays are rendered without kubectl by a loader of the small kustomize subset they use
(resources, namespace, images, nameSuffix, JSON 6902 patches with kind/name/labelSelector targets);
a kustomization using anything else fails the test instead of being rendered wrongly.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import jsonpatch
import kubernetes_validate
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
K8S = REPO / "deploy" / "k8s"
BASE = K8S / "base"
SECRETS_EXAMPLE = BASE / "secrets.example.yaml"
OVERLAYS = ("development", "production")
# The one Kubernetes version the manifests are written for (its schemas ship in kubernetes-validate).
KUBERNETES_VERSION = "1.33.0"

Manifest = dict[str, Any]

# app -> port (deploy/compose.yaml, ARCHITECTURE.md).
APPS: dict[str, int] = {
    "gateway": 8000,
    "intake": 8001,
    "verification": 8002,
    "matching": 8003,
    "charity": 8004,
}
# Who calls whom over HTTP (ARCHITECTURE.md, "How they talk").
CALLS: dict[str, set[str]] = {
    "gateway": {"intake", "verification", "matching", "charity"},
    "intake": {"verification", "matching", "charity"},
    "verification": {"intake"},
    "matching": {"intake"},
    "charity": {"intake"},
}
INGRESS_CONTROLLER = "ingress-controller"
# Who may open a connection to each app's pods.
EXPECTED_INGRESS_SOURCES: dict[str, set[str]] = {
    "gateway": {INGRESS_CONTROLLER},
    "intake": {"gateway", "verification", "matching", "charity"},
    "verification": {"gateway", "intake"},
    "matching": {"gateway", "intake"},
    "charity": {"gateway", "intake"},
}
# Settings that are secrets, per app (after the env prefix).
SECRET_SETTINGS = ("DATABASE_URL", "PII_KEY", "SERVICE_SIGNING_KEY", "JWT_TRUSTED_KEYS")
GATEWAY_SECRET_SETTINGS = ("JWT_SIGNING_KEY", "REDIS_URL")
# A variable whose name ends so holds a secret and must come from a Secret (a `_KEY_ID` is a
# public key's name, not a secret).
SECRET_SUFFIXES = ("_DATABASE_URL", "_REDIS_URL", "_KEY", "_KEYS", "_PASSWORD", "_SECRET", "_TOKEN")
MIGRATE_COMMAND = ["alembic", "-c", "alembic.ini", "upgrade", "head"]
PHASE_LABEL = "jiuzhu/phase"
SYNC_WAVE = "argocd.argoproj.io/sync-wave"


# --- a loader for the kustomize subset the overlays use -------------------------------------


class UnsupportedKustomization(Exception):
    """The kustomization uses a feature the loader does not render (so it cannot be checked)."""


KUSTOMIZATION_KEYS = {
    "apiVersion",
    "kind",
    "resources",
    "namespace",
    "nameSuffix",
    "images",
    "patches",
}
CLUSTER_SCOPED = {"Namespace"}
POD_TEMPLATE_KINDS = {"Deployment", "Job"}


def load_documents(path: Path) -> list[Manifest]:
    docs = [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc is not None]
    for doc in docs:
        assert isinstance(doc, dict), f"{path}: a document is not a mapping"
    return docs


def render(directory: Path) -> list[Manifest]:
    """What `kubectl kustomize <directory>` prints, as a list of manifests."""
    kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text(encoding="utf-8"))
    unknown = set(kustomization) - KUSTOMIZATION_KEYS
    if unknown:
        raise UnsupportedKustomization(f"{directory}: the test's loader cannot render {unknown}")
    resources: list[Manifest] = []
    for entry in kustomization.get("resources", []):
        path = (directory / entry).resolve()
        resources += render(path) if path.is_dir() else load_documents(path)
    # kustomize's order: patches, then namespace, name suffix, images.
    for patch in kustomization.get("patches", []):
        apply_patch(directory, patch, resources)
    if namespace := kustomization.get("namespace"):
        for manifest in resources:
            if manifest["kind"] not in CLUSTER_SCOPED:
                manifest["metadata"]["namespace"] = namespace
    if suffix := kustomization.get("nameSuffix"):
        for manifest in resources:
            # kustomize also rewrites every reference to a renamed object; the loader does not,
            # so it only renames kinds nothing refers to.
            if manifest["kind"] != "Job":
                raise UnsupportedKustomization(f"{directory}: nameSuffix on a {manifest['kind']}")
            manifest["metadata"]["name"] += suffix
    for image in kustomization.get("images", []):
        apply_image(directory, image, resources)
    return resources


def apply_patch(directory: Path, patch: dict[str, Any], resources: list[Manifest]) -> None:
    if set(patch) != {"path", "target"}:
        raise UnsupportedKustomization(f"{directory}: only path+target patches, got {patch}")
    target = patch["target"]
    if not set(target) <= {"kind", "name", "labelSelector"}:
        raise UnsupportedKustomization(f"{directory}: patch target {target}")
    if not re.fullmatch(r"[a-z0-9.-]*", target.get("name", "")):
        raise UnsupportedKustomization(f"{directory}: a target name as a pattern: {target}")
    operations = yaml.safe_load((directory / patch["path"]).read_text(encoding="utf-8"))
    if not isinstance(operations, list):
        raise UnsupportedKustomization(f"{directory}/{patch['path']}: not a JSON 6902 patch")
    selector = dict(
        term.split("=", 1) for term in target.get("labelSelector", "").split(",") if term
    )
    matched = 0
    for index, manifest in enumerate(resources):
        labels = manifest["metadata"].get("labels", {})
        if (
            target.get("kind", manifest["kind"]) == manifest["kind"]
            and target.get("name", manifest["metadata"]["name"]) == manifest["metadata"]["name"]
            and all(labels.get(key) == value for key, value in selector.items())
        ):
            resources[index] = jsonpatch.JsonPatch(operations).apply(manifest)
            matched += 1
    # kustomize would silently patch nothing; a patch that matches nothing is a mistake.
    assert matched, f"{directory}/{patch['path']}: the target {target} matches nothing"


def apply_image(directory: Path, image: dict[str, Any], resources: list[Manifest]) -> None:
    if not set(image) <= {"name", "newName", "newTag"}:
        raise UnsupportedKustomization(f"{directory}: image {image}")
    for manifest in resources:
        if manifest["kind"] not in POD_TEMPLATE_KINDS:
            continue
        for container in containers(manifest):
            name, _, tag = container["image"].partition(":")
            if name == image["name"]:
                tag = image.get("newTag", tag)
                container["image"] = image.get("newName", name) + (f":{tag}" if tag else "")


@cache
def _rendered(overlay: str) -> list[Manifest]:
    return render(K8S / "overlays" / overlay)


@pytest.fixture(params=OVERLAYS)
def manifests(request: pytest.FixtureRequest) -> list[Manifest]:
    return _rendered(request.param)


# --- helpers -----------------------------------------------------------------------------------


def of_kind(manifests: list[Manifest], kind: str) -> list[Manifest]:
    return [m for m in manifests if m["kind"] == kind]


def named(manifests: list[Manifest], kind: str, name: str) -> Manifest:
    found = [m for m in of_kind(manifests, kind) if m["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name!r}, found {len(found)}"
    return found[0]


def pod_spec(manifest: Manifest) -> dict[str, Any]:
    spec: dict[str, Any] = manifest["spec"]["template"]["spec"]
    return spec


def pod_labels(manifest: Manifest) -> dict[str, str]:
    labels: dict[str, str] = manifest["spec"]["template"]["metadata"]["labels"]
    return labels


def containers(manifest: Manifest) -> list[dict[str, Any]]:
    spec = pod_spec(manifest)
    found: list[dict[str, Any]] = spec.get("initContainers", []) + spec["containers"]
    return found


def migration_job(manifests: list[Manifest], app: str) -> Manifest:
    jobs = [
        m for m in of_kind(manifests, "Job") if m["metadata"]["name"].startswith(f"{app}-migrate")
    ]
    assert len(jobs) == 1, f"expected one migration Job for {app}, found {len(jobs)}"
    return jobs[0]


def workloads(manifests: list[Manifest]) -> list[Manifest]:
    return [m for m in manifests if m["kind"] in POD_TEMPLATE_KINDS]


def selects(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    """Whether a label selector (matchLabels only; {} selects everything) selects these labels."""
    assert set(selector) <= {"matchLabels"}, f"selector the test cannot read: {selector}"
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def quantity(value: str | int) -> float:
    units = {"m": 1e-3, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "k": 1e3, "M": 1e6, "G": 1e9}
    text = str(value)
    for unit, factor in units.items():
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


def workload_pods(manifests: list[Manifest]) -> list[tuple[str, dict[str, str]]]:
    """Every pod template as (who it is, its labels): an app name for servers, '<app> migration'."""
    pods = []
    for manifest in workloads(manifests):
        labels = pod_labels(manifest)
        app = labels["app.kubernetes.io/name"]
        who = app if labels.get("app.kubernetes.io/component") == "server" else f"{app} migration"
        pods.append((who, labels))
    return pods


def policies_selecting(
    manifests: list[Manifest], labels: dict[str, str], direction: str
) -> list[Manifest]:
    return [
        policy
        for policy in of_kind(manifests, "NetworkPolicy")
        if direction in policy["spec"].get("policyTypes", ["Ingress"])
        and selects(policy["spec"]["podSelector"], labels)
    ]


def describe_peer(manifests: list[Manifest], peer: dict[str, Any], ports: list[Any]) -> set[str]:
    """Names the pods or places one NetworkPolicy peer stands for."""
    if "ipBlock" in peer:
        return {f"ipBlock:{p.get('port')}" for p in ports} or {"ipBlock:any port"}
    if "namespaceSelector" in peer:
        namespace = peer["namespaceSelector"].get("matchLabels", {})
        pods = peer.get("podSelector", {}).get("matchLabels", {})
        if namespace == {"kubernetes.io/metadata.name": "ingress-nginx"} and pods == {
            "app.kubernetes.io/name": "ingress-nginx"
        }:
            return {INGRESS_CONTROLLER}
        if namespace == {"kubernetes.io/metadata.name": "kube-system"} and pods == {
            "k8s-app": "kube-dns"
        }:
            return {"dns"}
        return {f"unrecognised peer {peer}"}
    return {who for who, labels in workload_pods(manifests) if selects(peer["podSelector"], labels)}


def reachable(manifests: list[Manifest], labels: dict[str, str], direction: str) -> set[str]:
    """Who may connect to these pods (Ingress) or what they may connect to (Egress)."""
    rules_key, peers_key = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
    found: set[str] = set()
    for policy in policies_selecting(manifests, labels, direction):
        for rule in policy["spec"].get(rules_key, []):
            if not rule.get(peers_key):
                found.add(f"anywhere (rule without '{peers_key}' in {policy['metadata']['name']})")
                continue
            for peer in rule[peers_key]:
                found |= describe_peer(manifests, peer, rule.get("ports", []))
    return found


def is_secret_name(name: str) -> bool:
    return name.endswith(SECRET_SUFFIXES)


# --- the manifests are valid Kubernetes objects ------------------------------------------------


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_manifest_validates_against_the_kubernetes_schemas(overlay: str) -> None:
    problems = []
    for manifest in _rendered(overlay):
        try:
            kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as error:
            problems.append(f"{manifest['kind']}/{manifest['metadata']['name']}: {error.message}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_names_are_unique_and_everything_is_in_the_suites_namespace(overlay: str) -> None:
    manifests = _rendered(overlay)
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
        assert not of_kind(_rendered(overlay), "Secret"), f"{overlay} renders a Secret"


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

    assert sorted(theirs, key=key) == sorted(_rendered(overlay), key=key)


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
            for d in of_kind(_rendered(overlay), "Deployment")
        }

    development, production = replicas("development"), replicas("production")
    assert all(production[app] > development[app] for app in APPS)
    assert all(production[app] >= 2 for app in APPS), "one replica is no availability"


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
    manifests = _rendered("production")
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
