"""The automatic org-chart layout: readable, complete, no overlaps."""

from __future__ import annotations

import random

from desktop.domain.layout import NODE_H, NODE_W, Node, org_chart


def _overlaps(pos: dict[str, tuple[float, float]]) -> list[tuple[str, str]]:
    items = sorted(pos.items(), key=lambda kv: kv[1][0])
    bad = []
    for i, (a, (ax, ay)) in enumerate(items):
        for b, (bx, by) in items[i + 1:]:
            if bx - ax >= NODE_W:
                break
            if abs(ay - by) < NODE_H:
                bad.append((a, b))
    return bad


def test_managers_sit_above_their_reports_and_roots_on_the_top_row() -> None:
    nodes = [
        Node("ceo"),
        Node("cfo", "ceo"),
        Node("cto", "ceo"),
        Node("dev", "cto"),
        Node("ops", "cto"),
        Node("acct", "cfo"),
        Node("loner"),
    ]
    pos = org_chart(nodes)
    assert set(pos) == {n.id for n in nodes}
    top = min(y for _, y in pos.values())
    assert pos["ceo"][1] == top and pos["loner"][1] == top
    for n in nodes:
        if n.manager_id:
            assert pos[n.id][1] > pos[n.manager_id][1]
    # A manager is centred over their reports.
    assert pos["cto"][0] == (pos["dev"][0] + pos["ops"][0]) / 2
    assert pos["cfo"][0] < pos["cto"][0]
    assert _overlaps(pos) == []


def test_external_influencers_stand_to_the_side() -> None:
    nodes = [Node("a"), Node("b", "a"), Node("c", "a"), Node("consultant", external=True),
             Node("regulator", "a", external=True)]
    pos = org_chart(nodes)
    inside_right = max(pos[i][0] for i in "abc")
    assert pos["consultant"][0] > inside_right + NODE_W
    assert pos["regulator"][0] > inside_right + NODE_W
    assert _overlaps(pos) == []


def test_a_wide_flat_team_is_stacked_not_stretched() -> None:
    nodes = [Node("boss")] + [Node(f"m{i}", "boss") for i in range(20)]
    pos = org_chart(nodes)
    xs = {round(x) for key, (x, _) in pos.items() if key != "boss"}
    assert len(xs) == 4  # 20 reports in 4 columns of 5
    assert _overlaps(pos) == []


def test_a_manager_outside_the_account_or_a_loop_never_loses_anyone() -> None:
    nodes = [Node("a", "gone"), Node("b", "c"), Node("c", "b"), Node("d", "d")]
    pos = org_chart(nodes)
    assert set(pos) == {"a", "b", "c", "d"}
    assert _overlaps(pos) == []


def test_three_hundred_people_random_tree_has_no_overlaps_and_is_stable() -> None:
    rng = random.Random(7)
    nodes = [Node("p0")]
    for i in range(1, 300):
        manager = f"p{rng.randrange(i)}" if rng.random() > 0.05 else None
        nodes.append(Node(f"p{i}", manager, external=rng.random() < 0.03))
    pos = org_chart(nodes)
    assert len(pos) == 300
    assert _overlaps(pos) == []
    assert org_chart(nodes) == pos


def test_empty_chain() -> None:
    assert org_chart([]) == {}
