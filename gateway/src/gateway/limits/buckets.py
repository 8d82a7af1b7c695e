"""Token buckets: each client may burst to `burst` requests and is refilled at `rate` per second.

`MemoryBuckets` serves one gateway process; `RedisBuckets` lets several replicas share one budget
per client (the refill is computed atomically in Redis by a Lua script, on Redis's clock).
"""

from __future__ import annotations

import math
import time
from typing import Protocol

from redis.asyncio import Redis


class Buckets(Protocol):
    async def take(self, key: str) -> float:
        """Take one token for `key`: 0.0 if allowed, else the seconds until one is available."""
        ...

    async def close(self) -> None: ...


class MemoryBuckets:
    def __init__(self, *, rate: float, burst: int, max_clients: int = 100_000) -> None:
        self.rate, self.burst, self.max_clients = rate, burst, max_clients
        self._buckets: dict[str, tuple[float, float]] = {}

    async def take(self, key: str) -> float:
        now = time.monotonic()
        tokens, updated = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - updated) * self.rate)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self.rate
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > self.max_clients:
            self._forget_idle(now)
        return wait

    def _forget_idle(self, now: float) -> None:
        # A bucket that would be full again carries no information: drop it.
        full_after = self.burst / self.rate
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}

    async def close(self) -> None:
        self._buckets.clear()


_TAKE = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(state[1]) or burst
local updated = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - updated) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return tostring(wait)
"""


class RedisBuckets:
    def __init__(self, *, url: str, rate: float, burst: int, prefix: str) -> None:
        self.rate, self.burst, self.prefix = rate, burst, prefix
        self._redis = Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        self._script = self._redis.register_script(_TAKE)

    async def take(self, key: str) -> float:
        wait = await self._script(keys=[self.prefix + key], args=[self.rate, self.burst])
        return float(wait)

    async def close(self) -> None:
        await self._redis.aclose()


def retry_after(wait_s: float) -> str:
    """`Retry-After` in whole seconds, never 0 for a refused request."""
    return str(max(1, math.ceil(wait_s)))
