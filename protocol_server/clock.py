"""Interview time. `seconds_per_minute` below 60 compresses interview minutes (used by tests and demos to
exercise time-based ending without waiting half an hour); production keeps 60."""

from __future__ import annotations

from datetime import datetime, timedelta

from workbench.models import utc_now


class InterviewClock:
    def __init__(self, seconds_per_minute: float = 60.0) -> None:
        self.seconds_per_minute = seconds_per_minute
        self._epoch = utc_now()

    @property
    def scale(self) -> float:
        return 60.0 / self.seconds_per_minute

    def now(self) -> datetime:
        if self.scale == 1.0:
            return utc_now()
        return self._epoch + (utc_now() - self._epoch) * self.scale

    def real_seconds(self, interview_minutes: float) -> float:
        return max(0.0, interview_minutes * self.seconds_per_minute)

    def minutes_between(self, start: datetime, end: datetime) -> float:
        return max(0.0, (end - start) / timedelta(minutes=1))
