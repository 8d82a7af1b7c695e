# syntax=docker/dockerfile:1
# Image of the intake service (jiuzhu-intake), built from the repository root for this one workspace member:
#   docker build -f deploy/docker/intake.Dockerfile -t jiuzhu/intake .
# Runs as a non-root user; the same image runs the migrations:
#   docker run --rm -e ... jiuzhu/intake alembic -c alembic.ini upgrade head

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- builder: resolve the locked dependencies of this one package into /app/.venv -------------
FROM ${PYTHON_IMAGE} AS builder

# uv comes from PyPI (pinned to the version that wrote uv.lock), not from a binary image.
RUN pip install --no-cache-dir uv==0.13.8

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv

WORKDIR /app

# Every workspace member's pyproject.toml is needed for uv to read the workspace and its lock;
# copying only these first keeps the dependency layer cached until a dependency changes.
COPY pyproject.toml uv.lock ./
COPY libs/jiuzhu_kit/pyproject.toml libs/jiuzhu_kit/pyproject.toml
COPY services/intake/pyproject.toml services/intake/pyproject.toml
COPY services/verification/pyproject.toml services/verification/pyproject.toml
COPY services/matching/pyproject.toml services/matching/pyproject.toml
COPY services/charity/pyproject.toml services/charity/pyproject.toml
COPY gateway/pyproject.toml gateway/pyproject.toml
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --package jiuzhu-intake --no-install-workspace --no-editable

# Then the sources of the shared kit and of this package only, installed as wheels (not editable)
# so the runtime stage needs nothing but the virtual environment.
COPY libs/jiuzhu_kit/src libs/jiuzhu_kit/src
COPY services/intake/src services/intake/src
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --package jiuzhu-intake --no-editable

# --- runtime ------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

RUN groupadd --system --gid 10001 jiuzhu \
    && useradd --system --uid 10001 --gid 10001 --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin jiuzhu

# Files stay owned by root: the process cannot change its own code (and compose runs it read-only).
COPY --from=builder /app/.venv /app/.venv
COPY services/intake/alembic.ini /app/services/intake/alembic.ini
COPY services/intake/migrations /app/services/intake/migrations

ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1

# alembic.ini is here, so the migrate job is just `alembic -c alembic.ini upgrade head`.
WORKDIR /app/services/intake
USER 10001:10001

EXPOSE 8001

HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8001/healthz', timeout=2)"]

CMD ["uvicorn", "intake.main:app", "--host", "0.0.0.0", "--port", "8001"]
