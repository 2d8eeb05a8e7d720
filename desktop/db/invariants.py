"""Rules of the domain checked at every flush, whoever wrote the change.

A rule broken raises ValidationError (with an English and a Chinese sentence);
the unit of work then rolls back, so nothing half-done is ever committed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desktop.db.models import (
    Commitment,
    Coverage,
    ExternalTie,
    Interaction,
    KeyEvent,
    Person,
    PersonLink,
    SubGroup,
)
from desktop.db.session import DossierSession
from desktop.errors import ValidationError

_SCALES: dict[type[Any], tuple[tuple[str, int, int, str, str], ...]] = {
    Person: (
        ("power", 1, 5, "Power", "权力"),
        ("influence", 1, 5, "Influence", "影响力"),
        ("cadence_days", 1, 3650, "Contact cadence (days)", "联系周期（天）"),
    ),
    Coverage: (("strength", 1, 5, "Coverage strength", "关系强度"),),
    SubGroup: (("influence", 1, 5, "Influence", "影响力"),),
    Interaction: (("satisfaction", 1, 5, "Satisfaction", "满意度"),),
    KeyEvent: (("month", 1, 12, "Month", "月份"), ("day", 1, 31, "Day", "日期")),
}


def _check_scales(obj: object) -> None:
    for attr, low, high, en, zh in _SCALES.get(type(obj), ()):
        value = getattr(obj, attr)
        if value is not None and not low <= value <= high:
            raise ValidationError(
                f"{en} must be between {low} and {high}, not {value}.",
                f"{zh}必须在 {low} 到 {high} 之间，而不是 {value}。",
            )


def _account_of(session: Session, person_id: str | None) -> str | None:
    if person_id is None:
        return None
    person = session.get(Person, person_id, execution_options={"include_deleted": True})
    return person.account_id if person is not None else None


def _check_person(session: Session, person: Person) -> None:
    if not (person.name or "").strip():
        raise ValidationError("A person needs a name.", "联系人必须有姓名。")
    manager_id = _ref(person, "reports_to")
    if manager_id is None:
        return
    if manager_id == person.id:
        raise ValidationError(
            f"{person.name} cannot report to themselves.", f"{person.name}不能向自己汇报。"
        )
    if _person_account(session, person.reports_to, manager_id) != _ref(person, "account"):
        raise ValidationError(
            f"{person.name} can only report to someone of the same account.",
            f"{person.name}只能向同一客户内的人汇报。",
        )
    # Walk up the chain: reporting lines never go round in a circle.
    seen = {person.id}
    current: str | None = manager_id
    while current is not None:
        if current in seen:
            raise ValidationError(
                f"Reporting lines would go round in a circle through {person.name}.",
                f"汇报关系会经过{person.name}形成循环。",
            )
        seen.add(current)
        current = session.scalar(
            select(Person.reports_to_id).where(Person.id == current),
            execution_options={"include_deleted": True},
        )


def _ref(obj: object, rel: str) -> str | None:
    """The id a many-to-one points at, whether set through the relationship or the column."""
    target = getattr(obj, rel)
    ident = target.id if target is not None else getattr(obj, f"{rel}_id")
    return str(ident) if ident is not None else None


def _person_account(session: Session, person: Person | None, person_id: str | None) -> str | None:
    if person is not None:
        return _ref(person, "account")
    return _account_of(session, person_id)


def _check_link(session: Session, link: PersonLink) -> None:
    a_id, b_id = _ref(link, "a"), _ref(link, "b")
    if a_id == b_id:
        raise ValidationError(
            "A relationship joins two different people.", "关系必须连接两个不同的人。"
        )
    a_account = _person_account(session, link.a, a_id)
    b_account = _person_account(session, link.b, b_id)
    if a_account != b_account or _ref(link, "account") not in (None, a_account):
        raise ValidationError(
            "A relationship joins two people of the same account.",
            "关系只能连接同一客户内的两个人。",
        )


def _check_commitment(commitment: Commitment) -> None:
    if not (commitment.what or "").strip():
        raise ValidationError(
            "A commitment needs to say what was promised.", "承诺必须写明承诺的内容。"
        )


def _check_tie(tie: ExternalTie) -> None:
    if not (tie.body or "").strip():
        raise ValidationError("An external tie needs the outside body's name.", "外部关系必须填写外部机构名称。")


@event.listens_for(DossierSession, "before_flush")
def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    for obj in list(session.new) + list(session.dirty):
        if getattr(obj, "deleted_at", None) is not None:
            continue
        _check_scales(obj)
        if isinstance(obj, Person):
            _check_person(session, obj)
        elif isinstance(obj, PersonLink):
            _check_link(session, obj)
        elif isinstance(obj, Commitment):
            _check_commitment(obj)
        elif isinstance(obj, ExternalTie):
            _check_tie(obj)
