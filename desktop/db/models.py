"""The key-account domain as SQLAlchemy 2 typed models (no Qt here).

Every aggregate has a UUID primary key, created_at/updated_at (UTC) and a soft
delete (deleted_at), so that a later team sync can be built on them. Rows with
deleted_at set are hidden from every ORM query by the session (see session.py)
unless the query asks for ``execution_options(include_deleted=True)``.

List-valued columns (roles, needs, phones …) are JSON arrays: assign a new
list to change them; in-place mutation is not tracked.

Derived values (last real contact, needs quadrant, single-thread risk) are
computed in desktop.domain, never stored.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.db.enums import (
    Attitude,
    ChurnCause,
    ChurnRisk,
    ChurnScope,
    ChurnType,
    CommitmentStatus,
    DecisionRole,
    ExternalBodyKind,
    InfluenceChannel,
    InstitutionalNeed,
    InteractionKind,
    LinkKind,
    LoyaltyStage,
    Motive,
    OrgPolitics,
    Party,
    Personality,
    PersonalNeed,
    RapportTopic,
    RelationshipLevel,
    RetentionStep,
    Stance,
    SubGroupKind,
    TeamRole,
    Tightness,
    ValueTier,
)
from desktop.db.types import (
    EnumList,
    EnumValue,
    StrDict,
    StrList,
    UTCDateTime,
    new_id,
    utcnow,
)


class Base(DeclarativeBase):
    pass


class Record:
    """Identity and timestamps shared by every aggregate (sync-ready)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


@event.listens_for(Record, "init", propagate=True)
def _assign_id(target: Record, _args: object, kwargs: dict[str, object]) -> None:
    """Give every new record its UUID at construction, before any flush."""
    kwargs.setdefault("id", new_id())


# --------------------------------------------------------------- our team
class TeamMember(Record, Base):
    """One of our own people (account manager, product manager, executive …)."""

    __tablename__ = "team_member"

    name: Mapped[str] = mapped_column(String(200))
    english_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[TeamRole] = mapped_column(EnumValue(TeamRole), default=TeamRole.ACCOUNT_MANAGER)
    title: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_me: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    coverages: Mapped[list[Coverage]] = relationship(back_populates="member")


# ----------------------------------------------------------------- account
class Account(Record, Base):
    """A key account (集团客户): one dossier."""

    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(300), index=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    industry: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    size: Mapped[str] = mapped_column(String(100), default="")
    value_tier: Mapped[ValueTier | None] = mapped_column(EnumValue(ValueTier), default=None)
    products_held: Mapped[str] = mapped_column(Text, default="")
    annual_value: Mapped[float | None] = mapped_column(Float, default=None)  # CNY per year
    competitors: Mapped[str] = mapped_column(Text, default="")
    org_politics: Mapped[OrgPolitics | None] = mapped_column(EnumValue(OrgPolitics), default=None)
    corporate_culture: Mapped[str] = mapped_column(Text, default="")
    group_culture: Mapped[str] = mapped_column(Text, default="")
    tightness: Mapped[Tightness | None] = mapped_column(EnumValue(Tightness), default=None)
    relationship_level: Mapped[RelationshipLevel | None] = mapped_column(
        EnumValue(RelationshipLevel), default=None
    )
    loyalty_stage: Mapped[LoyaltyStage | None] = mapped_column(
        EnumValue(LoyaltyStage), default=None
    )
    institutional_needs: Mapped[list[InstitutionalNeed]] = mapped_column(
        EnumList(InstitutionalNeed), default=list
    )
    churn_risk: Mapped[ChurnRisk | None] = mapped_column(EnumValue(ChurnRisk), default=None)
    churn_type: Mapped[ChurnType | None] = mapped_column(EnumValue(ChurnType), default=None)
    churn_scope: Mapped[ChurnScope | None] = mapped_column(EnumValue(ChurnScope), default=None)
    churn_causes: Mapped[list[ChurnCause]] = mapped_column(EnumList(ChurnCause), default=list)
    churn_note: Mapped[str] = mapped_column(Text, default="")
    retention_step: Mapped[RetentionStep | None] = mapped_column(
        EnumValue(RetentionStep), default=None
    )
    owner_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), default=None
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    owner: Mapped[TeamMember | None] = relationship()
    people: Mapped[list[Person]] = relationship(
        back_populates="account", order_by="Person.name", foreign_keys="Person.account_id"
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="account", order_by="Interaction.starts_at.desc()"
    )
    commitments: Mapped[list[Commitment]] = relationship(back_populates="account")
    links: Mapped[list[PersonLink]] = relationship(back_populates="account")
    sub_groups: Mapped[list[SubGroup]] = relationship(back_populates="account")
    external_ties: Mapped[list[ExternalTie]] = relationship(back_populates="account")
    key_events: Mapped[list[KeyEvent]] = relationship(
        back_populates="account", order_by="(KeyEvent.month, KeyEvent.day)"
    )


# ------------------------------------------------------------------ people
class Person(Record, Base):
    """Someone in the account's decision chain, or an external influencer."""

    __tablename__ = "person"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    # Chinese names are written family name first, as one string (张伟).
    name: Mapped[str] = mapped_column(String(200), index=True)
    english_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    phones: Mapped[list[str]] = mapped_column(StrList, default=list)
    emails: Mapped[list[str]] = mapped_column(StrList, default=list)
    wechat: Mapped[str] = mapped_column(String(100), default="")
    birthday: Mapped[date | None] = mapped_column(Date, default=None)
    reports_to_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None, index=True
    )
    # An external influencer (consultant, regulator, peer) sits outside the org chart.
    is_external: Mapped[bool] = mapped_column(default=False)
    organisation: Mapped[str] = mapped_column(String(300), default="")

    roles: Mapped[list[DecisionRole]] = mapped_column(EnumList(DecisionRole), default=list)
    attitude: Mapped[Attitude | None] = mapped_column(EnumValue(Attitude), default=None)
    stance: Mapped[Stance | None] = mapped_column(EnumValue(Stance), default=None)
    personality: Mapped[Personality | None] = mapped_column(
        EnumValue(Personality), default=None
    )
    power: Mapped[int | None] = mapped_column(Integer, default=None)  # formal authority 1–5
    influence: Mapped[int | None] = mapped_column(Integer, default=None)  # real sway 1–5
    motive: Mapped[Motive | None] = mapped_column(EnumValue(Motive), default=None)
    personal_needs: Mapped[list[PersonalNeed]] = mapped_column(
        EnumList(PersonalNeed), default=list
    )
    institutional_needs: Mapped[list[InstitutionalNeed]] = mapped_column(
        EnumList(InstitutionalNeed), default=list
    )
    # The needs matrix: do we meet their institutional / personal needs?
    we_meet_institutional: Mapped[bool] = mapped_column(default=False)
    we_meet_personal: Mapped[bool] = mapped_column(default=False)

    # FORM: Family, Occupation, Motivation, Recreation.
    form_family: Mapped[str] = mapped_column(Text, default="")
    form_occupation: Mapped[str] = mapped_column(Text, default="")
    form_motivation: Mapped[str] = mapped_column(Text, default="")
    form_recreation: Mapped[str] = mapped_column(Text, default="")
    rapport_topics: Mapped[list[RapportTopic]] = mapped_column(
        EnumList(RapportTopic), default=list
    )
    rapport_notes: Mapped[str] = mapped_column(Text, default="")
    influence_channels: Mapped[list[InfluenceChannel]] = mapped_column(
        EnumList(InfluenceChannel), default=list
    )
    # Target days between real contacts; None means the default from importance.
    cadence_days: Mapped[int | None] = mapped_column(Integer, default=None)
    # field name -> Certainty value; a field absent here has not been rated.
    certainty: Mapped[dict[str, str]] = mapped_column(StrDict, default=dict)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)  # left the company
    notes: Mapped[str] = mapped_column(Text, default="")
    # Position on the decision-chain map; None means automatic layout.
    map_x: Mapped[float | None] = mapped_column(Float, default=None)
    map_y: Mapped[float | None] = mapped_column(Float, default=None)

    account: Mapped[Account] = relationship(back_populates="people", foreign_keys=[account_id])
    reports_to: Mapped[Person | None] = relationship(remote_side="Person.id")
    coverages: Mapped[list[Coverage]] = relationship(back_populates="person")

    def __repr__(self) -> str:
        return f"<Person {self.name} {self.id[:8]}>"


class PersonLink(Record, Base):
    """A relationship between two people of the same account (关系)."""

    __tablename__ = "person_link"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    a_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    b_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[LinkKind] = mapped_column(EnumValue(LinkKind), default=LinkKind.ORDINARY)
    note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="links")
    a: Mapped[Person] = relationship(foreign_keys=[a_id])
    b: Mapped[Person] = relationship(foreign_keys=[b_id])


class Coverage(Record, Base):
    """Which of our people holds the relationship with which of theirs."""

    __tablename__ = "coverage"
    member_id: Mapped[str] = mapped_column(ForeignKey("team_member.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    strength: Mapped[int] = mapped_column(Integer, default=3)  # 1–5
    note: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[TeamMember] = relationship(back_populates="coverages")
    person: Mapped[Person] = relationship(back_populates="coverages")


# ------------------------------------------------------------ interactions
interaction_person = Table(
    "interaction_person",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)

interaction_member = Table(
    "interaction_member",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("team_member.id", ondelete="CASCADE"), primary_key=True),
)


class Interaction(Record, Base):
    """A visit, call, meal, event, message or complaint, with its plan and notes."""

    __tablename__ = "interaction"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    kind: Mapped[InteractionKind] = mapped_column(
        EnumValue(InteractionKind), default=InteractionKind.VISIT
    )
    # Local wall-clock time of the meeting, as the user entered it.
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    # Pre-visit plan (热情接触).
    objective: Mapped[str] = mapped_column(Text, default="")
    info_to_gather: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")  # agenda and tactics
    # What happened.
    notes: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")  # customer concerns / issues to solve
    next_steps: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer, default=None)  # 1–5
    satisfaction_note: Mapped[str] = mapped_column(Text, default="")
    next_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Complaints have an owner on our side.
    owner_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), default=None
    )

    account: Mapped[Account] = relationship(back_populates="interactions")
    owner: Mapped[TeamMember | None] = relationship()
    people: Mapped[list[Person]] = relationship(secondary=interaction_person)
    members: Mapped[list[TeamMember]] = relationship(secondary=interaction_member)
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="interaction", order_by="Commitment.due_on"
    )


class Commitment(Record, Base):
    """A promise, ours or theirs: the ledger that keeps the relationship honest."""

    __tablename__ = "commitment"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    interaction_id: Mapped[str | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL"), default=None, index=True
    )
    party: Mapped[Party] = mapped_column(EnumValue(Party), default=Party.OURS)
    # Who promised: one of ours (party=ours) or one of theirs (party=theirs).
    by_member_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), default=None
    )
    by_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    # To whom: one of theirs (party=ours) or one of ours (party=theirs).
    to_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    to_member_id: Mapped[str | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), default=None
    )
    what: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[CommitmentStatus] = mapped_column(
        EnumValue(CommitmentStatus), default=CommitmentStatus.OPEN
    )
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="commitments")
    interaction: Mapped[Interaction | None] = relationship(back_populates="commitments")
    by_member: Mapped[TeamMember | None] = relationship(foreign_keys=[by_member_id])
    by_person: Mapped[Person | None] = relationship(foreign_keys=[by_person_id])
    to_person: Mapped[Person | None] = relationship(foreign_keys=[to_person_id])
    to_member: Mapped[TeamMember | None] = relationship(foreign_keys=[to_member_id])


# --------------------------------------------------------------- structure
subgroup_person = Table(
    "subgroup_person",
    Base.metadata,
    Column("subgroup_id", ForeignKey("sub_group.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
)


class SubGroup(Record, Base):
    """A formal or informal group inside the client (亚群体)."""

    __tablename__ = "sub_group"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[SubGroupKind] = mapped_column(
        EnumValue(SubGroupKind), default=SubGroupKind.FORMAL
    )
    influence: Mapped[int | None] = mapped_column(Integer, default=None)  # 1–5
    # Free text: "每季度第一周", "2026-03-12, 2026-06-10" …
    meeting_dates: Mapped[str] = mapped_column(Text, default="")
    next_meeting_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="sub_groups")
    members: Mapped[list[Person]] = relationship(secondary=subgroup_person)


class ExternalTie(Record, Base):
    """A decision member's link to an outside body (外部关系)."""

    __tablename__ = "external_tie"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    body: Mapped[str] = mapped_column(String(300))
    body_kind: Mapped[ExternalBodyKind] = mapped_column(
        EnumValue(ExternalBodyKind), default=ExternalBodyKind.OTHER
    )
    note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="external_ties")
    person: Mapped[Person] = relationship()


class KeyEvent(Record, Base):
    """A yearly event of the client (关键活动): budget round, annual meeting, tender."""

    __tablename__ = "key_event"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    month: Mapped[int] = mapped_column(Integer)  # 1–12
    day: Mapped[int | None] = mapped_column(Integer, default=None)  # None: some time that month
    title: Mapped[str] = mapped_column(String(300))
    roles_active: Mapped[list[DecisionRole]] = mapped_column(
        EnumList(DecisionRole), default=list
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="key_events")


# Aggregates in dependency order (for export/import and erasure).
AGGREGATES: tuple[type[Record], ...] = (
    TeamMember, Account, Person, PersonLink, Coverage, Interaction, Commitment,
    SubGroup, ExternalTie, KeyEvent,
)
