"""`make demo`: plays the six cases of DOMAIN.md against a running suite (`make run`) and tells each step.

Every actor signs in at the gateway with its own identity, created by the demo admin (`demo-admin`,
or `JIUZHU_ADMIN_USERNAME` / `JIUZHU_ADMIN_PASSWORD`). The cases are the same code the cross-service
tests run (`tests/cases/`). `make run` is ENVIRONMENT=development, which has no test clock: the public
notice is never shortened, so applications stop at 公示中 and the demo says when approval is possible.
Against a stack started with ENVIRONMENT=test, `--intake-url` lets the demo move intake's clock.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.cases import (  # noqa: E402
    case1_zhang_kaifa,
    case2_li_jianxiao,
    case3_xiao_qingni,
    case4_mr_zeng,
    case5_ms_yu,
    case6_love_list,
)
from tests.cases.actors import Actors, CaseError, expect  # noqa: E402

CASES = (
    case1_zhang_kaifa,
    case2_li_jianxiao,
    case3_xiao_qingni,
    case4_mr_zeng,
    case5_ms_yu,
    case6_love_list,
)


def say(text: str) -> None:
    print(f"  · {text}", flush=True)


async def statistics(actors: Actors) -> None:
    print("\n【统计】动态监测预警（/v1/monitoring/statistics）", flush=True)
    today = date.today()
    for region, name in (("431028", "安仁县"), ("431022", "宜章县"), ("43", "湖南省")):
        response = await actors.admin.raw(
            "GET",
            "/v1/monitoring/statistics",
            params={
                "region": region,
                "from": (today - timedelta(days=365)).isoformat(),
                "to": today.isoformat(),
            },
        )
        if response.status_code != 200:
            say(f"{name}：统计视图不可用（{response.status_code}）")
            continue
        s = response.json()
        say(
            f"{name}：监测 {s['monitored_people']} 人，预警 {s['warnings_raised']} 条（确认 "
            f"{s['warnings_confirmed']}，排除 {s['warnings_dismissed']}），经预警纳入救助 "
            f"{s['enrolled_through_warnings']} 户；按规则 {s['by_rule']}"
        )


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gateway", default="http://127.0.0.1:8000")
    parser.add_argument(
        "--intake-url", default=None, help="intake's own URL, only for a stack in ENVIRONMENT=test"
    )
    args = parser.parse_args()
    async with httpx.AsyncClient(base_url=args.gateway.rstrip("/"), timeout=60) as client:
        try:
            expect(await client.get("/v1/status"))
        except (httpx.HTTPError, CaseError) as exc:
            print(f"The suite does not answer at {args.gateway} ({exc}); start it with `make run`.")
            return 2
        advance = None
        if args.intake_url:

            async def advance_days(days: int) -> None:
                async with httpx.AsyncClient(base_url=args.intake_url, timeout=10) as intake:
                    expect(
                        await intake.post(
                            "/internal/clock",
                            json={"advance_seconds": days * 86400},
                            headers=actors.admin.headers,
                        )
                    )

            advance = advance_days
        actors = await Actors.sign_in_admin(
            client,
            username=os.environ.get("JIUZHU_ADMIN_USERNAME", "demo-admin"),
            password=os.environ.get("JIUZHU_ADMIN_PASSWORD", "jiuzhu-demo-password"),
            advance_days=advance,
        )
        failed = 0
        for case in CASES:
            print(flush=True)
            try:
                await case.play(actors, say)
            except (CaseError, httpx.HTTPError) as exc:
                failed += 1
                say(f"这个案例没能走完：{exc}")
        await statistics(actors)
        return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
