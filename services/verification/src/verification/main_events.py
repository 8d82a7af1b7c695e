"""The registry of event handlers verification applies (topic → handler)."""

from jiuzhu_kit.outbox import EventHandlers

events = EventHandlers()
