"""Checks of deploy/: the compose file and the Dockerfiles, without a Docker engine.

The compose file is validated against the Compose Specification's JSON Schema kept in shared/, and
each promise of the deployment (one database per service, migrations before start, only the gateway
exposed, non-root images) is a test of its own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml
from jsonschema.validators import validator_for

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
COMPOSE_FILE = DEPLOY / "compose.yaml"
INIT_SQL = DEPLOY / "postgres" / "init-databases.sql"
ENV_EXAMPLE = DEPLOY / ".env.example"
# shared/ lies beside the clone, both here and in CI.
COMPOSE_SCHEMA = REPO.parent / "shared/standards/compose-spec/compose-spec.json"

# app name -> (source dir, Python package, port)
APPS: dict[str, tuple[str, str, int]] = {
    "intake": ("services/intake", "intake", 8001),
    "verification": ("services/verification", "verification", 8002),
    "matching": ("services/matching", "matching", 8003),
    "charity": ("services/charity", "charity", 8004),
    "gateway": ("gateway", "gateway", 8000),
}
ENV_PREFIX = {name: name.upper() for name in APPS}
# Who calls whom over HTTP (ARCHITECTURE.md, "How they talk").
PEERS = {
    "intake": {"verification", "matching", "charity"},
    "verification": {"intake"},
    "matching": {"intake"},
    "charity": {"intake"},
    "gateway": {"intake", "verification", "matching", "charity"},
}


# --- helpers -----------------------------------------------------------------------------------


def load_compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "deploy/compose.yaml is not a mapping"
    return data


def load_schema() -> dict[str, Any]:
    if not COMPOSE_SCHEMA.is_file():
        pytest.fail(
            f"Compose JSON Schema not found at {COMPOSE_SCHEMA}: the repository must be cloned "
            "beside shared/ (shared/standards/compose-spec/compose-spec.json)."
        )
    schema: dict[str, Any] = json.loads(COMPOSE_SCHEMA.read_text(encoding="utf-8"))
    return schema


def schema_validator_class(schema: dict[str, Any]) -> type[Any]:
    """The validator class of the draft the schema's ``$schema`` names.

    jsonschema knows each draft by its canonical URI (``http://json-schema.org/draft-07/schema#``);
    the compose schema writes ``https://…/draft-07/schema``, so try the canonical spellings too
    rather than fall back silently to the newest draft.
    """
    uri = schema.get("$schema")
    assert isinstance(uri, str) and uri, "the compose schema declares no $schema"
    base = uri.replace("https://", "http://", 1).rstrip("#")
    for candidate in (uri, base + "#", base):
        cls = validator_for({"$schema": candidate}, default=None)
        if cls is not None:
            return cls
    pytest.fail(f"jsonschema has no validator for the compose schema's $schema {uri!r}")


def compose_validator() -> Any:
    schema = load_schema()
    cls = schema_validator_class(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def env_of(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def database_url(name: str, service: dict[str, Any]) -> str:
    key = f"{ENV_PREFIX[name]}_DATABASE_URL"
    env = env_of(service)
    assert key in env, f"{name} has no {key}"
    return env[key]


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def dockerfile_of(service: dict[str, Any]) -> Path:
    build = service["build"]
    context = DEPLOY / (build if isinstance(build, str) else build.get("context", "."))
    dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
    return (context / dockerfile).resolve()


def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    joined: list[str] = []
    pending = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        joined.append(pending + line)
        pending = ""
    if pending:
        joined.append(pending)
    result = []
    for line in joined:
        keyword, _, args = line.partition(" ")
        result.append((keyword.upper(), args.strip()))
    return result


def final_stage(instructions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    last_from = max(i for i, (kw, _) in enumerate(instructions) if kw == "FROM")
    return instructions[last_from:]


def compose_dockerfile(name: str) -> Path:
    return dockerfile_of(load_compose()["services"][name])


# --- the compose file --------------------------------------------------------------------------


def test_compose_file_is_valid_against_the_compose_specification() -> None:
    validator = compose_validator()
    errors = sorted(validator.iter_errors(load_compose()), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors
    )


def test_schema_validation_rejects_what_compose_would_reject() -> None:
    # Guards the test above against a validator that accepts anything.
    validator = compose_validator()
    broken = load_compose()
    broken["services"]["intake"]["restart_policy"] = "always"  # not a service key
    broken["services"]["gateway"]["ports"] = "8000:8000"  # must be a list
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_compose_schema_is_draft_07_as_declared() -> None:
    schema = load_schema()
    assert schema_validator_class(schema) is jsonschema.Draft7Validator


@pytest.mark.parametrize("name", APPS)
def test_each_app_builds_from_a_dockerfile_in_the_repo(name: str) -> None:
    service = load_compose()["services"].get(name)
    assert service is not None, f"compose has no service {name!r}"
    assert "build" in service, f"{name} has no build section"
    path = dockerfile_of(service)
    assert path.is_file(), f"{name}'s dockerfile {path} does not exist"
    assert REPO in path.parents, f"{name}'s dockerfile {path} is outside the repository"
    build = service["build"]
    context = (DEPLOY / build.get("context", ".")).resolve()
    assert context == REPO, f"{name} must build from the repository root, not {context}"


@pytest.mark.parametrize("name", APPS)
def test_each_app_has_a_readiness_healthcheck_on_its_own_port(name: str) -> None:
    service = load_compose()["services"][name]
    check = service.get("healthcheck")
    assert check and not check.get("disable"), f"{name} has no healthcheck"
    test = " ".join(check["test"]) if isinstance(check["test"], list) else check["test"]
    port = APPS[name][2]
    assert f":{port}/readyz" in test, f"{name}'s healthcheck does not probe /readyz on {port}"


@pytest.mark.parametrize("name", APPS)
def test_each_app_uses_its_own_database(name: str) -> None:
    services = load_compose()["services"]
    url = database_url(name, services[name])
    assert url.startswith("postgresql+asyncpg://"), f"{name}: {url} is not async PostgreSQL"
    assert urlsplit(url).hostname == "postgres"
    assert database_name(url) == name, f"{name} points at database {database_name(url)!r}"


def test_no_two_apps_share_a_database() -> None:
    services = load_compose()["services"]
    names = [database_name(database_url(n, services[n])) for n in APPS]
    assert len(set(names)) == len(names), f"shared databases: {names}"


def test_every_database_in_a_url_is_created_by_the_init_script() -> None:
    services = load_compose()["services"]
    created = set(
        re.findall(
            r"^\s*CREATE\s+DATABASE\s+\"?(\w+)\"?", INIT_SQL.read_text(), re.IGNORECASE | re.M
        )
    )
    named = {database_name(database_url(n, services[n])) for n in APPS}
    assert named <= created, f"not created by {INIT_SQL.name}: {sorted(named - created)}"


def test_postgres_runs_the_init_script_and_reports_health() -> None:
    postgres = load_compose()["services"]["postgres"]
    mounts = [
        v if isinstance(v, str) else f"{v['source']}:{v['target']}" for v in postgres["volumes"]
    ]
    init = [m for m in mounts if "/docker-entrypoint-initdb.d/" in m]
    assert init, "the init script is not mounted into /docker-entrypoint-initdb.d/"
    source = init[0].split(":", 1)[0]
    assert (DEPLOY / source).resolve() == INIT_SQL.resolve()
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])


@pytest.mark.parametrize("name", APPS)
def test_migrations_run_as_a_one_off_job_before_the_app_starts(name: str) -> None:
    services = load_compose()["services"]
    job_name = f"{name}-migrate"
    job = services.get(job_name)
    assert job is not None, f"compose has no {job_name}"
    assert job["command"] == ["alembic", "-c", "alembic.ini", "upgrade", "head"]
    assert str(job.get("restart", "no")) == "no"
    assert job["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert job["image"] == services[name]["image"], f"{job_name} must run {name}'s image"
    assert database_url(name, job) == database_url(name, services[name])
    depends = services[name]["depends_on"]
    assert depends[job_name]["condition"] == "service_completed_successfully"
    assert depends["postgres"]["condition"] == "service_healthy"


def test_only_the_gateway_publishes_ports() -> None:
    services = load_compose()["services"]
    publishing = {name for name, s in services.items() if s.get("ports")}
    assert publishing == {"gateway"}, f"services publishing ports: {sorted(publishing)}"
    assert [str(p) for p in services["gateway"]["ports"]] == ["8000:8000"]


@pytest.mark.parametrize("name", [*APPS, *(f"{n}-migrate" for n in APPS)])
def test_app_containers_run_read_only_with_a_tmpfs(name: str) -> None:
    service = load_compose()["services"][name]
    assert service.get("read_only") is True, f"{name} has a writable root filesystem"
    tmpfs = service.get("tmpfs")
    assert "/tmp" in ([tmpfs] if isinstance(tmpfs, str) else tmpfs or []), f"{name}: no /tmp"


@pytest.mark.parametrize("name", APPS)
def test_each_app_knows_exactly_its_peers(name: str) -> None:
    services = load_compose()["services"]
    prefix = ENV_PREFIX[name]
    urls = {
        key.removeprefix(f"{prefix}_").removesuffix("_URL").lower(): value
        for key, value in env_of(services[name]).items()
        if key.endswith("_URL") and key != f"{prefix}_DATABASE_URL"
    }
    assert set(urls) == PEERS[name]
    for peer, url in urls.items():
        assert url == f"http://{peer}:{APPS[peer][2]}", f"{name} reaches {peer} at {url}"
        assert peer in services


@pytest.mark.parametrize("name", APPS)
def test_secrets_are_required_never_defaulted(name: str) -> None:
    env = env_of(load_compose()["services"][name])
    prefix = ENV_PREFIX[name]
    secrets = [f"{prefix}_PII_KEY", f"{prefix}_SERVICE_SIGNING_KEY", f"{prefix}_JWT_TRUSTED_KEYS"]
    if name == "gateway":
        secrets.append("GATEWAY_JWT_SIGNING_KEY")
    for key in secrets:
        assert key in env, f"{name} lacks {key}"
        assert re.fullmatch(r"\$\{JIUZHU_\w+:\?[^}]*\}", env[key]), (
            f"{name}'s {key} must be a required variable (${{VAR:?message}}), not {env[key]!r}"
        )
    assert env[f"{prefix}_ENVIRONMENT"] == "production"


def test_every_variable_compose_reads_is_documented_in_env_example() -> None:
    used = set(re.findall(r"\$\{(JIUZHU_\w+)", COMPOSE_FILE.read_text(encoding="utf-8")))
    documented = set(re.findall(r"^(JIUZHU_\w+)=", ENV_EXAMPLE.read_text(encoding="utf-8"), re.M))
    assert used <= documented, f"missing from .env.example: {sorted(used - documented)}"


# --- the Dockerfiles ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", APPS)
def test_dockerfile_is_multi_stage(name: str) -> None:
    instructions = dockerfile_instructions(compose_dockerfile(name))
    assert sum(kw == "FROM" for kw, _ in instructions) >= 2


@pytest.mark.parametrize("name", APPS)
def test_dockerfile_runs_as_a_non_root_user(name: str) -> None:
    users = [
        args
        for kw, args in final_stage(dockerfile_instructions(compose_dockerfile(name)))
        if kw == "USER"
    ]
    assert users, f"{name}'s image has no USER in its final stage"
    user = users[-1].split(":", 1)[0]
    assert user not in {"root", "0"}, f"{name}'s image runs as {users[-1]}"


@pytest.mark.parametrize("name", APPS)
def test_dockerfile_serves_the_right_module_on_the_right_port(name: str) -> None:
    _, package, port = APPS[name]
    stage = final_stage(dockerfile_instructions(compose_dockerfile(name)))
    cmds = [args for kw, args in stage if kw == "CMD"]
    assert cmds, f"{name}'s image has no CMD"
    cmd = json.loads(cmds[-1])
    assert cmd[0] == "uvicorn"
    assert cmd[1] == f"{package}.main:app"
    assert cmd[cmd.index("--port") + 1] == str(port)
    assert cmd[cmd.index("--host") + 1] == "0.0.0.0"
    assert str(port) in [a for kw, args in stage if kw == "EXPOSE" for a in args.split()]


@pytest.mark.parametrize("name", APPS)
def test_dockerfile_workdir_holds_alembic_ini(name: str) -> None:
    source_dir = APPS[name][0]
    stage = final_stage(dockerfile_instructions(compose_dockerfile(name)))
    workdir = [args for kw, args in stage if kw == "WORKDIR"][-1]
    assert workdir == f"/app/{source_dir}"
    copies = [args.split() for kw, args in stage if kw == "COPY"]
    assert [f"{source_dir}/alembic.ini", f"{workdir}/alembic.ini"] in copies
    assert [f"{source_dir}/migrations", f"{workdir}/migrations"] in copies


@pytest.mark.parametrize("name", APPS)
def test_everything_the_dockerfile_copies_from_the_repo_exists(name: str) -> None:
    # A missing path fails `docker build` only where an engine exists; catch it here.
    missing = []
    for kw, args in dockerfile_instructions(compose_dockerfile(name)):
        if kw != "COPY" or "--from=" in args:
            continue
        parts = [p for p in args.split() if not p.startswith("--")]
        missing += [src for src in parts[:-1] if not (REPO / src).exists()]
    assert not missing, f"{name}'s Dockerfile copies paths absent from the repo: {missing}"
