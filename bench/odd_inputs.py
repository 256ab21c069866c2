"""Odd inputs that once took minutes or gigabytes: deterministic texts of a chosen size.

Used by ``bench/bench_odd_inputs.py`` (time, peak memory and growth) and by the tests that
keep them fast. Each maker returns the pair ``(text_a, text_b)``; B is A lightly edited,
as a rewrite would be, so the comparison has real work to do.
"""

from __future__ import annotations

import random

_SYLLABLES = (
    "ka ro vin ta sel mor di ne pa lu shi go re bo fa ki mu so le na vo ri za ce tu".split()  # noqa: SIM905
)
_WORDS = " ".join(
    (
        "the council said officials rain river bridge valley report minister budget school",
        "water plan week month year city region road people families police court election",
        "vote market price energy health hospital doctor teacher farmer company workers union",
        "strike talks agreement law border trade village storm flood harvest museum festival",
        "train station airport fire smoke forest coast island harbour ship fishermen mayor",
    )
).split()


def _speaker(index: int) -> str:
    """Return a one-word name no other index gets: ``Karovin``, ``Rotasel`` …"""
    count = len(_SYLLABLES)
    parts = []
    value = index + count  # at least two syllables
    while value:
        value, digit = divmod(value, count)
        parts.append(_SYLLABLES[digit])
    return "".join(parts).capitalize()


def many_speakers(quotes: int) -> tuple[str, str]:
    """Return texts with ``quotes`` quotations, each by a different one-word speaker."""
    rng = random.Random(11)
    paragraphs_a, paragraphs_b = [], []
    for index in range(quotes):
        words = " ".join(rng.choice(_WORDS) for _ in range(6))
        name = _speaker(index)
        paragraphs_a.append(f"“The {words} will change,” {name} said.")
        changed = words if index % 5 else words.replace(" ", " new ", 1)
        paragraphs_b.append(f"“The {changed} will change,” {name} said.")
    return "\n\n".join(paragraphs_a) + "\n", "\n\n".join(paragraphs_b) + "\n"


def huge_sentence(chars: int) -> tuple[str, str]:
    """Return two ``chars``-long texts with no sentence break at all (one "sentence")."""
    rng = random.Random(12)
    words: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(_WORDS) + (str(rng.randrange(1000)) if rng.random() < 0.3 else "")
        words.append(word)
        size += len(word) + 1
    edited = list(words)
    for _ in range(max(1, len(words) // 200)):
        edited[rng.randrange(len(edited))] = "changed"
    return " ".join(words) + "\n", " ".join(edited) + "\n"


def tiny_paragraphs(paragraphs: int) -> tuple[str, str]:
    """Return texts of ``paragraphs`` one-line paragraphs of one short sentence each."""
    rng = random.Random(13)
    lines_a, lines_b = [], []
    for index in range(paragraphs):
        first, second = rng.choice(_WORDS), rng.choice(_WORDS)
        name = _speaker(index)
        lines_a.append(f"{name} saw the {first} {second}.")
        lines_b.append(f"{name} saw the {first} {second if index % 7 else 'storm'}.")
    return "\n\n".join(lines_a) + "\n", "\n\n".join(lines_b) + "\n"


def unrepeated_text(chars: int) -> tuple[str, str]:
    """Return ``chars`` of text whose sentences never repeat, and a rewrite of it.

    B keeps most of A's sentences (some with a word changed), drops some and adds its own.
    """
    rng = random.Random(14)
    sentences_a: list[str] = []
    sentences_b: list[str] = []
    size = 0
    index = 0
    while size < chars:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
        day = f" on day {index % 365 + 1}" if index % 10 == 0 else ""
        sentence = f"{_speaker(index)} said the {' '.join(words)}{day}."
        index += 1
        sentences_a.append(sentence)
        size += len(sentence) + 1
        roll = rng.random()
        if roll < 0.1:
            continue  # dropped in B
        if roll < 0.55:  # reworded: two words changed, one dropped
            for _ in range(2):
                words[rng.randrange(len(words))] = rng.choice(_WORDS)
            del words[rng.randrange(len(words))]
            sentences_b.append(f"{_speaker(index - 1)} said the {' '.join(words)}{day}.")
        else:
            sentences_b.append(sentence)
        if roll > 0.95:
            sentences_b.append(f"{_speaker(index + 10**6)} added a remark of their own.")
    return _paragraphs(sentences_a), _paragraphs(sentences_b)


def repeating_text(chars: int) -> tuple[str, str]:
    """Return ``chars`` of text drawn from 400 sentences used again and again, and a rewrite.

    Wire copy that repeats its boilerplate and live blogs that repeat their lines do this:
    most sentences have many equal twins on both sides.
    """
    rng = random.Random(16)
    pool = [
        f"{_speaker(i)} said the {' '.join(rng.choice(_WORDS) for _ in range(10))}."
        for i in range(400)
    ]
    sentences_a: list[str] = []
    sentences_b: list[str] = []
    size = 0
    while size < chars:
        sentence = rng.choice(pool)
        sentences_a.append(sentence)
        size += len(sentence) + 1
        roll = rng.random()
        if roll < 0.1:
            continue
        sentences_b.append(sentence if roll > 0.3 else sentence.replace(" the ", " a ", 1))
    return _paragraphs(sentences_a), _paragraphs(sentences_b)


def _paragraphs(sentences: list[str]) -> str:
    return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)) + "\n"
