"""Interview time. `seconds_per_minute` below 60 compresses interview minutes (used by tests and demos to
exercise time-based ending without waiting half an hour); production keeps 60."""

from __future__ import annotations

from datetime import datetime, timedelta

from workbench.models import utc_now


class InterviewClock:
    def __init__(self, seconds_per_minute: float = 60.0, epoch: datetime | None = None) -> None:
        self.seconds_per_minute = seconds_per_minute
        # Processes of one deployment that compress time must share the epoch to agree on interview time.
        self._epoch = epoch or utc_now()

    @property
    def scale(self) -> float:
        return 60.0 / self.seconds_per_minute

    def now(self) -> datetime:
        if self.scale == 1.0:
            return utc_now()
        return self._epoch + (utc_now() - self._epoch) * self.scale

    def real_time(self, interview_time: datetime) -> datetime:
        """The wall-clock instant at which this clock shows `interview_time`."""
        if self.scale == 1.0:
            return interview_time
        return self._epoch + (interview_time - self._epoch) / self.scale

    def real_seconds(self, interview_minutes: float) -> float:
        return max(0.0, interview_minutes * self.seconds_per_minute)

    def minutes_between(self, start: datetime, end: datetime) -> float:
        return max(0.0, (end - start) / timedelta(minutes=1))
