from typing import Literal

HotlineCallCreateTopic = Literal[
    "basic_living", "care", "education", "health", "legal", "other", "psychological"
]

HOTLINE_CALL_CREATE_TOPIC_VALUES: set[HotlineCallCreateTopic] = {
    "basic_living",
    "care",
    "education",
    "health",
    "legal",
    "other",
    "psychological",
}


def check_hotline_call_create_topic(value: str) -> HotlineCallCreateTopic:
    if value in HOTLINE_CALL_CREATE_TOPIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOTLINE_CALL_CREATE_TOPIC_VALUES!r}"
    )
