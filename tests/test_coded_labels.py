"""Choices show their code once: "A (key account)", "C · Champion", never "A · A (key account)"."""

from __future__ import annotations

from desktop.db.enums import Attitude, Stance, ValueTier
from desktop.ui.people.fields import enum_options


def test_a_label_that_starts_with_its_code_is_not_prefixed_again() -> None:
    tiers = dict(enum_options(ValueTier)("en"))
    assert tiers[ValueTier.A] == "A (key account)"
    assert dict(enum_options(ValueTier)("zh"))[ValueTier.A] == "A类(重点客户)"


def test_other_codes_still_lead_their_label() -> None:
    assert dict(enum_options(Stance)("en"))[Stance.CHAMPION] == "C · Champion"
    assert dict(enum_options(Attitude)("zh"))[Attitude.ACTIVE] == "A · 积极"
