"""Grow groups from left-over sentences: a sentence joins the group whose counterpart it
helps explain (by containment, by the calibrated join model, or through its best
partner), or pairs with a left-over best partner; splits and merges become 1:n and
n:1 groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np

from tui.core.align.agreement import figures_disagree
from tui.core.align.calibration import JOIN_COEFFICIENTS, JOIN_FEATURES, probability
from tui.core.align.context import Context, Group, ratio
from tui.core.align.scoring import IntArray, containment, total_weight, union_terms, weighted_dice

#: A left-over sentence joins a group when this share of its weight is in the other side
#: (less when it stands next to a sentence of the group: a sentence split in two),
MERGE_CONTAINMENT = 0.5
#: A sentence that stands apart from the group joins only with this many terms at least:
#: a fragment of two words ("I am a coach.") is told almost anywhere.
FAR_MERGE_TERMS = 3
ADJACENT_MERGE_CONTAINMENT = 0.35
#: and it explains at least this share of the other side not explained yet.
MERGE_GAIN = 0.15
#: A sentence left over joins the group of its best partner from this probability on.
ATTACH_PROBABILITY = 0.32
#: A left-over sentence joins a group from this calibrated join probability on
#: (:data:`tui.core.align.calibration.JOIN_COEFFICIENTS`),
JOIN_PROBABILITY = 0.5
#: when it has a scored pair from this probability on with the group's other side.
JOIN_CONSIDERED = 0.05
#: ... and tells at least this share of the group's counterpart not told yet.
JOIN_GAIN = 0.15
#: ... and has at least this share of its own weight told there: a sentence mostly about
#: something else ("Footage showed a bright flash near the base of the vehicle, followed
#: by a spray of debris trailing down toward the sea." next to the debris that "fell into
#: a cleared zone at sea") tells a fact of its own, though the model finds it likely.
JOIN_CONTAINMENT = 0.2
_CONTAINED = JOIN_FEATURES.index("contained")
#: At most this many sentences on one side of a group.
MAX_GROUP_SIDE = 4
#: A left-over sentence next to a sentence of a group (a sentence, or a quotation, split
#: in two) joins it when this share of its weight is in the group's other side, even
#: when the group already tells it all; it must hold this many terms.
NEIGHBOUR_CONTAINMENT = 0.3
NEIGHBOUR_TERMS = 4
#: ... and the group reads no less alike by more than this (weighted Dice) once a
#: retelling joins (a quotation saying again what its neighbour told):
NEIGHBOUR_DICE_DROP = 0.1
#: ... and more alike by at least this once any other sentence joins: a lookalike that
#: tells another fact in the same frame ("They finished 14th last season." next to
#: "... to eighth place in his first season") brings as much of its own as it shares,
#: while a sentence that tells part of the counterpart brings the group closer to it.
NEIGHBOUR_DICE_RISE = 0.02
#: A sentence that runs one quotation on with its neighbour in the group ('"It hurts.' before
#: 'Of course it hurts," she said.') joins with fewer terms, when this share of its weight is
#: told on the group's other side: one outlet quoted in two sentences what the other quoted
#: in one.
QUOTATION_CONTAINMENT = 0.6
#: A short sentence next to a member of a group ('"The ground is holding."') joins as a
#: retelling only with this many terms at least, nearly all told on the other side.
SHORT_RETELLING_TERMS = 2
SHORT_RETELLING_CONTAINMENT = 0.9
#: A sentence that names its speaker and tells at least this many terms of its own outside
#: that naming ('"What used to be an exceptional summer is becoming an ordinary one," said Dr.
#: Lucía Ferrer, the director general') joins a group only when at least this share of that
#: weight is told on the group's other side: the same person quoted on another thing is no
#: part of the group, however much of the naming the group shares.
OWN_SAYING_TERMS = 3
OWN_SAYING_TOLD = 0.1


def _open_quotation(text: str) -> bool:
    """Return whether a quotation opened in ``text`` is still open at its end."""
    curly = text.count("\u201c") - text.count("\u201d")
    return curly > 0 or (curly == 0 and text.count('"') % 2 == 1 and text.lstrip()[:1] == '"')


def _closing_quotation(text: str) -> bool:
    """Return whether ``text`` closes a quotation opened before it."""
    curly = text.count("\u201d") - text.count("\u201c")
    stripped = text.lstrip()
    return curly > 0 or (
        curly == 0 and text.count('"') % 2 == 1 and stripped[:1] not in ('"', "\u201c")
    )


def runs_quotation_on(first: str, second: str) -> bool:
    """Return whether two consecutive sentences are one quotation told in two: the first
    leaves it open and the second closes it."""
    return _open_quotation(first) and _closing_quotation(second)


def says_another_thing(context: Context, side: str, position: int, group: Group) -> bool:
    """Return whether the sentence at ``position`` of ``side`` names its speaker and tells,
    outside that naming, :data:`OWN_SAYING_TERMS` terms or more of which the group's other
    side (outside the naming of its own speakers) tells almost nothing
    (:data:`OWN_SAYING_TOLD`): a sentence that would join only on the name and title of
    the person the group quotes."""
    if not context.naming_terms(side, position):
        return False
    other_side = "b" if side == "a" else "a"
    own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
    if _introduces_quotation(context, side, position, own):
        return False
    told = context.content_terms(side, position)
    if len(told) < OWN_SAYING_TERMS:
        return False
    other_told = frozenset().union(*(context.content_terms(other_side, row) for row in other))
    return containment(told, other_told, context.weights) < OWN_SAYING_TOLD


def _introduces_quotation(context: Context, side: str, position: int, own: set[int]) -> bool:
    """Return whether the sentence at ``position`` of ``side`` introduces, with no quotation
    of its own, the quotation that opens the next sentence, a member of the group ("Dr
    Miriam Osei urged patients to keep using services." before '"If you need urgent care,
    ...," she said.'): what it tells is told again in the quotation's words."""
    if position + 1 not in own:
        return False
    sentences = (context.a if side == "a" else context.b).sentences
    opens = sentences[position + 1].text.lstrip()[:1] in _QUOTE_OPENERS
    return opens and not any(mark in sentences[position].text for mark in _QUOTE_OPENERS)


_QUOTE_OPENERS = ('"', "\u201c", "\u2018")


def _group_numbers(groups: list[Group], count: int, side: str) -> IntArray:
    """Return the group number of each sentence of one side (-1 when in no group)."""
    members = [group.a if side == "a" else group.b for group in groups]
    numbers = np.full(count, -1, dtype=np.int64)
    sentences = np.fromiter(chain.from_iterable(members), dtype=np.int64)
    numbers[sentences] = np.repeat(
        np.arange(len(groups), dtype=np.int64),
        np.fromiter(map(len, members), dtype=np.int64, count=len(members)),
    )
    return numbers


def _merge_options(groups: list[Group], context: Context) -> list[tuple[str, int, int]]:
    """Return ``(side, sentence, group)`` for each left-over sentence next to a group,
    most contained in the group's counterpart first."""
    scores = context.scores
    group_of_a = _group_numbers(groups, len(context.a_sizes), "a")[scores.a]
    group_of_b = _group_numbers(groups, len(context.b_sizes), "b")[scores.b]
    from_a = (group_of_a < 0) & (group_of_b >= 0)
    from_b = (group_of_b < 0) & (group_of_a >= 0)
    value = np.concatenate(
        [
            ratio(scores.shared[from_a], context.a_sizes[scores.a[from_a]]),
            ratio(scores.shared[from_b], context.b_sizes[scores.b[from_b]]),
        ]
    )
    side = np.concatenate([np.zeros(from_a.sum(), np.int64), np.ones(from_b.sum(), np.int64)])
    position = np.concatenate([scores.a[from_a], scores.b[from_b]])
    group = np.concatenate([group_of_b[from_a], group_of_a[from_b]])
    order = np.lexsort((group, position, side, -value))
    names = ("a", "b")
    return [
        (names[s], p, g)
        for s, p, g in zip(
            side[order].tolist(), position[order].tolist(), group[order].tolist(), strict=True
        )
    ]


def merge_leftovers(groups: list[Group], context: Context) -> None:
    """Attach left-over sentences to the group whose counterpart they help explain."""
    weights = context.weights
    attached: set[tuple[str, int]] = set()
    for side, position, g in _merge_options(groups, context):
        if (side, position) in attached:
            continue
        group = groups[g]
        own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
        other_side = "b" if side == "a" else "a"
        if side == "a":
            own_terms, other_terms = context.a_terms, context.b_terms
        else:
            own_terms, other_terms = context.b_terms, context.a_terms
        if len(own) >= MAX_GROUP_SIDE:
            continue
        terms = own_terms[position]
        other_union = union_terms(other_terms, other)
        adjacent = position - 1 in own or position + 1 in own
        needed = ADJACENT_MERGE_CONTAINMENT if adjacent else MERGE_CONTAINMENT
        if containment(terms, other_union, weights) < needed:
            continue
        if not adjacent and len(terms) < FAR_MERGE_TERMS:
            continue
        own_union = union_terms(own_terms, own)
        # What it tells of the group's other side outside the naming of either speaker:
        # the name and title of the person the group quotes is no counterpart.
        told = context.joining_terms(side, position, own) & context.told_beyond_naming(
            other_side, other, own
        )
        explained = total_weight(told - own_union, weights)
        if explained < MERGE_GAIN * total_weight(other_union, weights):
            continue
        before = weighted_dice(own_union, other_union, weights)
        after = weighted_dice(own_union | terms, other_union, weights)
        if after < before or _figures_clash(context, side, position, group):
            continue
        if says_another_thing(context, side, position, group):
            continue
        own.add(position)
        attached.add((side, position))


@dataclass(frozen=True)
class JoinOption:
    """A left-over sentence that may join a group, with the features of that join."""

    side: str
    position: int
    group: int
    features: tuple[float, ...]
    #: The share of the group's other side the sentence tells, not told yet, outside the
    #: naming of its speaker (:meth:`Context.content_terms`).
    told: float = 0.0


def join_options(groups: list[Group], context: Context) -> list[JoinOption]:
    """Return each (left-over prose sentence, group) with a scored pair between the sentence
    and the group's other side, with the features of :data:`JOIN_FEATURES`."""
    scores = context.scores
    group_of_a = _group_numbers(groups, len(context.a_sizes), "a")
    group_of_b = _group_numbers(groups, len(context.b_sizes), "b")
    best_a = np.zeros(len(context.a_sizes))
    best_b = np.zeros(len(context.b_sizes))
    np.maximum.at(best_a, scores.a, scores.probability)
    np.maximum.at(best_b, scores.b, scores.probability)
    worth = scores.probability >= JOIN_CONSIDERED
    from_a = worth & (group_of_a[scores.a] < 0) & (group_of_b[scores.b] >= 0)
    from_b = worth & (group_of_b[scores.b] < 0) & (group_of_a[scores.a] >= 0)
    strongest: dict[tuple[str, int, int], tuple[float, float]] = {}
    for k in np.flatnonzero(from_a | from_b).tolist():
        i, j, p = int(scores.a[k]), int(scores.b[k]), float(scores.probability[k])
        if from_a[k]:
            key, best = ("a", i, int(group_of_b[j])), float(best_a[i])
        else:
            key, best = ("b", j, int(group_of_a[i])), float(best_b[j])
        if p > strongest.get(key, (0.0, 0.0))[0]:
            strongest[key] = (p, best)
    weights = context.weights
    options: list[JoinOption] = []
    for (side, position, g), (p, best) in sorted(strongest.items()):
        group = groups[g]
        own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
        own_side = context.a if side == "a" else context.b
        if len(own) >= MAX_GROUP_SIDE or not own_side.prose[position]:
            continue
        own_terms, other_terms = (
            (context.a_terms, context.b_terms)
            if side == "a"
            else (context.b_terms, context.a_terms)
        )
        terms = own_terms[position]
        adjacent = position - 1 in own or position + 1 in own
        if not adjacent and len(terms) < FAR_MERGE_TERMS:
            continue
        other_union = union_terms(other_terms, other)
        own_union = union_terms(own_terms, own)
        other_weight = max(1, total_weight(other_union, weights))
        explained = total_weight((other_union & terms) - own_union, weights)
        told = total_weight(
            (other_union & context.content_terms(side, position)) - own_union, weights
        )
        features = (
            p,
            containment(terms, other_union, weights),
            explained / other_weight,
            float(adjacent),
            float(p >= best),
        )
        options.append(JoinOption(side, position, g, features, told / other_weight))
    return options


def join_leftovers(groups: list[Group], context: Context) -> None:
    """Let left-over sentences join the group they most likely belong to, by the calibrated
    join model (:data:`JOIN_COEFFICIENTS`): one outlet told in two sentences what the other
    told in one or two."""
    options = join_options(groups, context)
    if not options:
        return
    likely = probability(np.array([option.features for option in options]), JOIN_COEFFICIENTS)
    order = sorted(range(len(options)), key=lambda k: (-likely[k], k))
    joined: set[tuple[str, int]] = set()
    for k in order:
        option = options[k]
        if likely[k] < JOIN_PROBABILITY:
            break
        key = (option.side, option.position)
        group = groups[option.group]
        own = group.a if option.side == "a" else group.b
        if key in joined or len(own) >= MAX_GROUP_SIDE:
            continue
        # What it tells beyond its speaker's name and title: the same person named in a
        # sentence about something else is no counterpart.
        if option.told < JOIN_GAIN or option.features[_CONTAINED] < JOIN_CONTAINMENT:
            continue
        if says_another_thing(context, option.side, option.position, group):
            continue
        own.add(option.position)
        joined.add(key)


def attach_leftovers(groups: list[Group], context: Context) -> None:
    """Give each prose sentence still left over its best-scoring partner, when their overlap
    reaches ``ATTACH_PROBABILITY``: two left-over best partners form a pair; a sentence whose
    best partner is in a group joins it when most of it is told there and it tells some of
    the group's counterpart not told yet (as in :func:`merge_leftovers`)."""
    scores = context.scores
    group_of: dict[tuple[str, int], int] = {}
    for number, group in enumerate(groups):
        group_of.update({("a", i): number for i in group.a})
        group_of.update({("b", j): number for j in group.b})
    best: dict[tuple[str, int], tuple[float, int]] = {}
    (usable,) = np.nonzero(scores.probability >= ATTACH_PROBABILITY)
    for k in usable.tolist():
        i, j, dice = int(scores.a[k]), int(scores.b[k]), float(scores.probability[k])
        if not (context.a.prose[i] and context.b.prose[j]):
            continue
        for key in (("a", i), ("b", j)):
            if dice > best.get(key, (0.0, -1))[0]:
                best[key] = (dice, k)
    for key, (_, k) in sorted(best.items(), key=lambda item: (-item[1][0], item[0])):
        if key in group_of:
            continue
        side, position = key
        i, j = int(scores.a[k]), int(scores.b[k])
        partner = ("b", j) if side == "a" else ("a", i)
        joined = group_of.get(partner)
        if joined is None:
            if best.get(partner, (0.0, -1))[1] == k and not _refused(context, i, j):
                groups.append(Group({i}, {j}, k))
                group_of[("a", i)] = group_of[("b", j)] = len(groups) - 1
            continue
        if (
            _joins(groups[joined], side, position, context)
            and not _figures_clash(context, side, position, groups[joined])
            and not says_another_thing(context, side, position, groups[joined])
        ):
            (groups[joined].a if side == "a" else groups[joined].b).add(position)
            group_of[key] = joined


def _figures_clash(context: Context, side: str, position: int, group: Group) -> bool:
    """Return whether the sentence at ``position`` of ``side`` and the group's other side
    both state figures and none agree (:mod:`tui.core.align.agreement`)."""
    own_side, other_side = (context.a, context.b) if side == "a" else (context.b, context.a)
    other = group.b if side == "a" else group.a
    other_words = [word for row in sorted(other) for word in other_side.words[row]]
    return figures_disagree(own_side.words[position], other_words)


def _refused(context: Context, i: int, j: int) -> bool:
    """Return whether two left-over best partners may not pair: they share only the naming
    of their speaker, or their figures all disagree (:mod:`tui.core.align.agreement`)."""
    return (
        context.speaker_only(i, j)
        or context.other_speakers(i, j)
        or figures_disagree(context.a.words[i], context.b.words[j])
    )


def _joins(group: Group, side: str, position: int, context: Context) -> bool:
    """Return whether the sentence at ``position`` of ``side`` tells enough of the group's
    counterpart, and enough not told yet, to join the group."""
    own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
    own_terms, other_terms = (
        (context.a_terms, context.b_terms) if side == "a" else (context.b_terms, context.a_terms)
    )
    if len(own) >= MAX_GROUP_SIDE:
        return False
    weights = context.weights
    terms = own_terms[position]
    adjacent = position - 1 in own or position + 1 in own
    if not adjacent and len(terms) < FAR_MERGE_TERMS:
        return False
    other_union = union_terms(other_terms, other)
    if containment(terms, other_union, weights) < ADJACENT_MERGE_CONTAINMENT:
        return False
    # What it tells beyond its speaker's name and title (see :func:`join_leftovers`).
    told = context.content_terms(side, position)
    explained = total_weight((other_union & told) - union_terms(own_terms, own), weights)
    return explained >= MERGE_GAIN * total_weight(other_union, weights)


def _neighbour_share(group: Group, side: str, position: int, context: Context) -> float | None:
    """Return the share of the weight of the sentence at ``position`` of ``side`` that the
    group's other side tells, or None when it may not join the group (too few terms, not
    prose, too little told there, or the group would not read more alike)."""
    own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
    own_side = context.a if side == "a" else context.b
    own_terms, other_terms = (
        (context.a_terms, context.b_terms) if side == "a" else (context.b_terms, context.a_terms)
    )
    terms = own_terms[position]
    if not terms or not own_side.prose[position]:
        return None
    weights = context.weights
    other_union = union_terms(other_terms, other)
    share = containment(terms, other_union, weights)
    if len(terms) < NEIGHBOUR_TERMS:
        texts = own_side.sentences
        one_quotation = (
            position + 1 in own
            and runs_quotation_on(texts[position].text, texts[position + 1].text)
        ) or (
            position - 1 in own
            and runs_quotation_on(texts[position - 1].text, texts[position].text)
        )
        if one_quotation and share >= QUOTATION_CONTAINMENT:
            return share
        if len(terms) < SHORT_RETELLING_TERMS or share < SHORT_RETELLING_CONTAINMENT:
            return None
    if share < NEIGHBOUR_CONTAINMENT or says_another_thing(context, side, position, group):
        return None
    own_union = union_terms(own_terms, own)
    # A sentence that tells nothing of the other side, outside the naming of its speaker,
    # that the group does not tell already joins only as a retelling, mostly told there:
    # sharing a word or two of a fact the group has ("the family", "the election"), or
    # the name and title of the group's speaker, is no counterpart.
    told = context.content_terms(side, position)
    retelling = containment(told, other_union, weights) >= MERGE_CONTAINMENT
    if not retelling and not (other_union & told) - own_union:
        return None
    before = weighted_dice(own_union, other_union, weights)
    after = weighted_dice(own_union | terms, other_union, weights)
    needed = before - NEIGHBOUR_DICE_DROP if retelling else before + NEIGHBOUR_DICE_RISE
    return share if after >= needed else None


def join_neighbours(groups: list[Group], context: Context) -> None:
    """Let each left-over prose sentence next to a sentence of a group join that group
    when enough of it is told on the group's other side (:data:`NEIGHBOUR_CONTAINMENT`):
    one outlet told in two sentences, or quoted in two, what the other told in one."""
    counts = {"a": len(context.a.sentences), "b": len(context.b.sentences)}
    taken = {("a", i) for group in groups for i in group.a}
    taken |= {("b", j) for group in groups for j in group.b}
    options: list[tuple[float, str, int, int]] = []
    for number, group in enumerate(groups):
        for side, own in (("a", group.a), ("b", group.b)):
            if len(own) >= MAX_GROUP_SIDE:
                continue
            for position in sorted({p for member in own for p in (member - 1, member + 1)}):
                if not 0 <= position < counts[side] or (side, position) in taken:
                    continue
                share = _neighbour_share(group, side, position, context)
                if share is not None:
                    options.append((share, side, position, number))
    for _, side, position, number in sorted(options, key=lambda o: (-o[0], o[1:])):
        group = groups[number]
        own = group.a if side == "a" else group.b
        if (side, position) in taken or len(own) >= MAX_GROUP_SIDE:
            continue
        own.add(position)
        taken.add((side, position))
