"""SQL text shared by the DuckDB and PostgreSQL stores (both speak this much of the same dialect)."""

from __future__ import annotations

from collections.abc import Sequence


def load_state_sql(mark: str, *more: str) -> str:
    """A live session's state, interviewer, status, the stored plan its state leaves out
    (`records.StoredState`) and that plan's key, then `more` session columns; `mark` is the id's placeholder."""
    columns = ", ".join(["s.state", "s.interviewer", "s.status", "p.plan", "s.plan_key", *more])
    return (
        f"SELECT {columns} FROM sessions s LEFT JOIN plans p ON p.job_id = s.job_id AND p.key = s.plan_key "
        f"WHERE s.id = {mark} AND s.state IS NOT NULL"
    )


def select_sql(
    table: str, columns: Sequence[str], where: str, order: str = "", limit: int | None = None, offset: int = 0
) -> str:
    """`SELECT columns FROM table WHERE where [ORDER BY order] [LIMIT limit OFFSET offset]`; the bounds are
    forced to integers, the names are the stores' own (never request input)."""
    sql = f"SELECT {', '.join(columns)} FROM {table} WHERE {where}"
    if order:
        sql += f" ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return sql
