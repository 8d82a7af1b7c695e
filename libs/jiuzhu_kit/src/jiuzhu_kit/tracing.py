"""OpenTelemetry for the suite: one tracer provider per process, exported over OTLP when configured.

Every request has a trace id (it travels between services and into the logs); spans are recorded and
leave the process only when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is
set, and then through a batch processor on its own thread, never on the request's path.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, MutableMapping
from typing import Any

from fastapi.telemetry import TelemetryConfig
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ParentBased

logger = logging.getLogger(__name__)
_configured = False
UNTRACED_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def configure_tracing(service: str) -> None:
    """Install the SDK provider once per process (several apps in one test process share it).

    Without an exporter, spans nobody will read are not recorded: the sampler drops root spans, so
    each request still gets its trace id (logs, `traceparent` to the next service, outbox events)
    without the cost of recording a span (~8 % of a request's CPU, service or gateway). The
    decision travels with the trace: a service that exports behind one that does not records those
    traces only with `OTEL_TRACES_SAMPLER=always_on`; that variable always has the last word.
    """
    global _configured
    if _configured:
        return
    exporting = bool(
        os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
        or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    )
    sampler = None
    if not exporting and not os.environ.get("OTEL_TRACES_SAMPLER"):
        sampler = ParentBased(root=ALWAYS_OFF)
    provider = TracerProvider(
        resource=Resource.create({"service.name": f"jiuzhu-{service}"}), sampler=sampler
    )
    if exporting:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        logger.info("exporting traces over OTLP")
    trace.set_tracer_provider(provider)
    _configured = True


def _untraced(scope: MutableMapping[str, Any]) -> bool:
    return scope.get("path") in UNTRACED_PATHS


def telemetry(
    service: str, untraced: Callable[[MutableMapping[str, Any]], bool] | None = None
) -> TelemetryConfig:
    """FastAPI's own telemetry settings: one server span per request, child of the caller's trace.

    FastAPI takes the span's route from its router, where the contrib instrumentation matched every
    request against the route list again and made two more spans per response (measured: ~150 µs
    of CPU per request against ~50 µs). Only the server span: HTTP metrics are Prometheus's
    (metrics.py), log lines are ours (logging.py), and a span per dependency would cost more than
    the request it describes. `untraced` excludes more requests from FastAPI's span (the
    gateway opens a leaner one of its own for the requests it forwards).
    """
    configure_tracing(service)
    return {
        "tracing": True,
        "metrics": False,
        "logs": False,
        "operation_spans": False,
        "exclude": _untraced if untraced is None else _either(_untraced, untraced),
    }


def _either(
    *tests: Callable[[MutableMapping[str, Any]], bool],
) -> Callable[[MutableMapping[str, Any]], bool]:
    def exclude(scope: MutableMapping[str, Any]) -> bool:
        return any(test(scope) for test in tests)

    return exclude


def current_trace_id() -> str | None:
    context = trace.get_current_span().get_span_context()
    return format(context.trace_id, "032x") if context.is_valid else None
