"""Automatic org-chart layout of a decision chain (pure Python, no Qt).

People without a manager (in the chart) form the top row; each person's
reports sit centred below them; a manager with many reports who have no
reports of their own gets them stacked in compact columns, so a wide flat
team does not stretch the chart across several screens. External influencers
stand in a column to the right. Positions are node centres in scene units.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NODE_W = 190.0
NODE_H = 78.0
H_GAP = 28.0
V_GAP = 56.0
LEAF_STACK = 5  # leaves per column when a manager's reports are stacked
STACK_FROM = 4  # stack a manager's reports once there are this many leaves
EXTERNAL_COLUMN = 8  # external influencers per column


@dataclass(frozen=True)
class Node:
    id: str
    manager_id: str | None = None
    external: bool = False


def org_chart(nodes: Sequence[Node]) -> dict[str, tuple[float, float]]:
    """Centre position of every node, keyed by id."""
    ids = {n.id for n in nodes}
    inside = [n for n in nodes if not n.external]
    children: dict[str, list[str]] = {n.id: [] for n in inside}
    roots: list[str] = []
    for n in inside:
        if n.manager_id in children and n.manager_id != n.id:
            children[n.manager_id].append(n.id)
        else:
            roots.append(n.id)
    # A manager outside the chart (external, deleted) or a loop: the person becomes a root.
    reachable = _reachable(roots, children)
    roots += [n.id for n in inside if n.id not in reachable]

    pos: dict[str, tuple[float, float]] = {}
    placed: set[str] = set()
    x = 0.0
    # Trees first (by size, biggest on the left), then lone people along the top row.
    sizes = {r: _size(r, children, set()) for r in roots}
    ordered = sorted(roots, key=lambda r: -sizes[r] if sizes[r] > 1 else 0)
    for root in ordered:
        if root in placed:
            continue
        width = _place(root, children, x, 0, pos, placed)
        x += width + H_GAP
    right = max((px for px, _ in pos.values()), default=-NODE_W / 2 - H_GAP) + NODE_W / 2
    ext = [n.id for n in nodes if n.external and n.id in ids]
    for i, pid in enumerate(ext):
        col, row = divmod(i, EXTERNAL_COLUMN)
        cx = right + 2 * H_GAP + NODE_W / 2 + col * (NODE_W + H_GAP)
        pos[pid] = (cx, NODE_H / 2 + row * (NODE_H + V_GAP / 2))
    return pos


def _reachable(roots: Iterable[str], children: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        stack.extend(children[pid])
    return seen


def _size(pid: str, children: dict[str, list[str]], seen: set[str]) -> int:
    stack, count = [pid], 0
    while stack:
        cur = stack.pop()
        if cur in seen:
            continue
        seen.add(cur)
        count += 1
        stack.extend(children[cur])
    return count


def _place(
    pid: str,
    children: dict[str, list[str]],
    left: float,
    depth: int,
    pos: dict[str, tuple[float, float]],
    placed: set[str],
) -> float:
    """Place the subtree of ``pid`` with its left edge at ``left``; return its width."""
    placed.add(pid)
    y = NODE_H / 2 + depth * (NODE_H + V_GAP)
    kids = [c for c in children[pid] if c not in placed]
    if not kids:
        pos[pid] = (left + NODE_W / 2, y)
        return NODE_W
    leaves = [c for c in kids if not children[c]]
    if len(leaves) == len(kids) and len(kids) >= STACK_FROM:
        # Compact block: columns of LEAF_STACK, slightly indented rows.
        cols = math.ceil(len(kids) / LEAF_STACK)
        width = max(NODE_W, cols * NODE_W + (cols - 1) * H_GAP)
        for i, kid in enumerate(kids):
            col, row = divmod(i, LEAF_STACK)
            placed.add(kid)
            pos[kid] = (
                left + col * (NODE_W + H_GAP) + NODE_W / 2,
                y + (NODE_H + V_GAP) + row * (NODE_H + V_GAP / 3),
            )
        pos[pid] = (left + width / 2, y)
        return width
    x = left
    for kid in kids:
        if kid in placed:
            continue
        x += _place(kid, children, x, depth + 1, pos, placed) + H_GAP
    width = max(NODE_W, x - H_GAP - left)
    first, last = pos[kids[0]][0], pos[kids[-1]][0]
    pos[pid] = ((first + last) / 2, y)
    return width
