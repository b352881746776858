"""Roles whose work is the same in any setting (data/roles.yaml): a receptionist at a GP surgery or a vet's is asked
about the desk -- a caller who needs a clinician, confidentiality, an upset person waiting, bookings kept right --
not about a patient's condition or a lump on an animal, which the setting's family asks of those who treat."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from workbench.interviewer.planning.label_setting import main_part
from workbench.interviewer.planning.library import DATA, Family, families
from workbench.models import JobDetails


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid")
    titles: str
    not_titles: str = ""
    # a family by the service the title names after the role (regexes over the title's rest)
    settings: dict[str, str] = {}
    families: dict[str, dict[str, Any]]

    def names(self, title: str) -> bool:
        if re.search(self.titles, title, re.IGNORECASE) is None:
            return False
        return not self.not_titles or re.search(self.not_titles, title, re.IGNORECASE) is None


@lru_cache(maxsize=1)
def roles() -> dict[str, Role]:
    with (DATA / "roles.yaml").open(encoding="utf-8") as handle:
        raw: dict[str, Any] = yaml.safe_load(handle)
    return {name: Role.model_validate(body) for name, body in raw["roles"].items()}


@lru_cache(maxsize=32)
def _with_role(family: str, role: str) -> Family:
    """The family with the role's entries in place of its own (validated as a family's are)."""
    return Family.model_validate({**families()[family].model_dump(), **roles()[role].families[family]})


def family_for(family: str, job: JobDetails) -> Family:
    """The family's entries for `job`: a role's own where the job's title names one the family has entries for."""
    role = next((name for name, r in roles().items() if family in r.families and r.names(job.title)), None)
    return families()[family] if role is None else _with_role(family, role)


def setting_family(job: JobDetails) -> str | None:
    """The family a role's title names by its setting after the role ("Receptionist - Youth Offending Service" is
    social care's desk), None where the title names no role or no setting of one."""
    setting = job.title[len(main_part(job.title)) :]
    for role in roles().values():
        if not setting.strip() or not role.names(job.title):
            continue
        for family, pattern in role.settings.items():
            if family in role.families and re.search(pattern, setting, re.IGNORECASE):
                return family
    return None
