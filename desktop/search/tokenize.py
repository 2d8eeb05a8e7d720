"""Turning text into search tokens, and queries into match atoms (no Qt, no database).

The full-text index (SQLite FTS5 with its ``ascii`` tokenizer) is fed a string of
tokens made here, separated by spaces:

* a run of Chinese/Japanese/Korean characters becomes its overlapping character
  bigrams ("报价单" → "报价 价单"), or the character itself when the run is one
  character long; so any Chinese term of two or more characters is found as the
  phrase of its bigrams, exactly where the text contains it;
* a run of letters or digits (Latin, Cyrillic …) becomes one lowercased word;
* Chinese names also get their pinyin, full and initials, from every syllable on
  ("张伟" → "zhangwei wei zw w"), as in the contact search of a phone;
* every word's first one, two and three letters become a PREFIX_MARK token
  ("zhangwei" → "\ue003z \ue003zh \ue003zha"): a query word of up to three letters,
  typed while the rest is still coming, is one exact token, not the merge of
  thousands of words (7,000 indexed words start with "zh" in a big dossier).

Runs, fields and special tokens are kept apart by a GAP token (a private-use
character that no text or query can produce), so a phrase never matches across
two runs ("张总，总经理" does not contain "张总经").
Text is NFKC-normalised and case-folded first, so full-width "ＳＬＡ" is "sla".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

GAP = "\ue000"
ACCOUNT_MARK = "\ue002"  # + account id without dashes: the account's token
PREFIX_MARK = "\ue003"  # + the first 1-3 letters of a word in the record
PREFIX_LEN = 3

_CJK = (
    "\u2e80-\u2fdf"  # radicals
    "\u3005-\u3007\u3021-\u3029\u3038-\u303b"  # 々〆〇, Hangzhou numerals
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3100-\u312f\u31a0-\u31bf"  # bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff"  # CJK unified ideographs (+ ext A)
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003134f"  # ext B–G
)
# One CJK run, or one run of other letters/digits (no underscore, no punctuation).
_TOKEN_RE = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def normalize(text: str) -> str:
    """The form both documents and queries are compared in: NFKC, case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def text_tokens(text: str) -> list[str]:
    """The index tokens of one field (see the module docstring)."""
    out: list[str] = []
    last_cjk = False
    for m in _TOKEN_RE.finditer(normalize(text)):
        run = m.group(1)
        if run is not None:
            if last_cjk:
                out.append(GAP)
            if len(run) == 1:
                out.append(run)
            else:
                out.extend(run[i : i + 2] for i in range(len(run) - 1))
            last_cjk = True
        else:
            out.append(m.group(2))
            last_cjk = False
    return out


@lru_cache(maxsize=65536)
def name_pinyin(name: str) -> tuple[str, ...]:
    """Pinyin tokens of a Chinese name: full and initials, from each syllable on.

    "张伟" → ("zhangwei", "zw", "wei", "w"); a name without Chinese gives ().
    Long names (company names) stop after their first 12 characters.
    """
    han = "".join(_HAN_RE.findall(normalize(name)))[:12]
    if not han:
        return ()
    from pypinyin import Style, lazy_pinyin

    syllables = [s for s in lazy_pinyin(han, style=Style.NORMAL, errors="ignore") if s.isalpha()]
    out: list[str] = []
    for i in range(len(syllables)):
        rest = syllables[i:]
        for token in ("".join(rest), "".join(s[0] for s in rest)):
            if token not in out:
                out.append(token)
    return tuple(out)


def document(
    account_id: str | None, fields: Iterable[str | None], names: Iterable[str] = ()
) -> str:
    """The token string indexed for one record (its kind is in its rowid, see index.py)."""
    parts: list[str] = []
    if account_id:
        parts.append(ACCOUNT_MARK + account_id.replace("-", ""))
    for name in names:
        if name:
            parts.extend(name_pinyin(name))
    for field in fields:
        if field:
            parts.append(GAP)
            parts.extend(text_tokens(field))
    prefixes = sorted({w[:n] for w in _words(parts) for n in range(1, min(len(w), PREFIX_LEN) + 1)})
    if prefixes:
        parts.append(GAP)
        parts.extend(PREFIX_MARK + p for p in prefixes)
    return " ".join(parts)


# ------------------------------------------------------------------ queries
@dataclass(frozen=True)
class Atom:
    """One term of a query. CJK atoms match as substrings; word atoms as word prefixes."""

    text: str
    cjk: bool

    @property
    def short(self) -> bool:
        """One Chinese character: answered by a bounded scan, not by the index."""
        return self.cjk and len(self.text) == 1

    @property
    def marked(self) -> bool:
        """A word of up to PREFIX_LEN letters: matched by its prefix token."""
        return not self.cjk and len(self.text) <= PREFIX_LEN

    def fts(self, words: Sequence[str] | None = None) -> str:
        """This atom as an FTS5 query fragment (always quoted: never FTS syntax).

        A short word is its prefix token; a longer one a prefix query or, given
        ``words`` (every indexed word that starts with it), their OR: the same
        matches, read lazily newest first instead of merging every doclist of the
        prefix.
        """
        if self.cjk:
            bigrams = [self.text[i : i + 2] for i in range(len(self.text) - 1)]
            return '"' + " ".join(bigrams) + '"'
        if self.marked:
            return f'"{PREFIX_MARK}{self.text}"'
        if words is not None:
            return "(" + " OR ".join(f'"{w}"' for w in words) + ")"
        return f'"{self.text}"*'


def parse_query(text: str) -> list[Atom]:
    """The atoms of a query, in order, without repeats. Punctuation only → []."""
    atoms: list[Atom] = []
    for m in _TOKEN_RE.finditer(normalize(text)):
        atom = Atom(m.group(1), True) if m.group(1) else Atom(m.group(2), False)
        if atom not in atoms:
            atoms.append(atom)
    return atoms


_CJK_START = re.compile(f"[{_CJK}]")
_MARKS = (GAP, ACCOUNT_MARK, PREFIX_MARK)


def _words(tokens: Iterable[str]) -> set[str]:
    return {t for t in set(tokens) if t and t[0] not in _MARKS and not _CJK_START.match(t)}


def body_words(body: str) -> set[str]:
    """The words (not CJK tokens, not marks) of an indexed token string."""
    return _words(body.split(" "))


def word_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_cjk) of each run in an already normalised text."""
    return [(m.start(), m.end(), m.group(1) is not None) for m in _TOKEN_RE.finditer(text)]
