"""The deploy/k8s/ overlays rendered without kubectl, and the helpers the checks query them with.

The overlays are rendered by a loader of the small kustomize subset they use (resources, namespace,
images, nameSuffix, JSON 6902 patches with kind/name/labelSelector targets); a kustomization using
anything else raises UnsupportedKustomization instead of being rendered wrongly.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonpatch
import yaml

REPO = Path(__file__).resolve().parents[2]
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
def rendered(overlay: str) -> list[Manifest]:
    return render(K8S / "overlays" / overlay)


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
