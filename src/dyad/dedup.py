"""Near-duplicate articles: copies and light rewrites of one wire story share a group.

Each article gets a MinHash signature of its word 5-grams; an LSH index finds stored articles whose
estimated Jaccard similarity is at least SIMILARITY, and the new article joins the group of the most
similar one (a group is named by its first article's id). Every article is kept; the groups let event
counts treat the copies of one story as one report (see the `unique_events` view of the store).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
SIMILARITY = 0.6
SCHEME = "affine32"  # stored signatures are only comparable with signatures of the same scheme
_WORD = re.compile(r"\w+")


def signature(text: str) -> list[int]:
    """The MinHash signature of `text`'s lower-cased word 5-grams (the words themselves when shorter)."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles if s])
    return [int(v) for v in minhash.hashvalues]


class DuplicateIndex:
    """The signatures seen so far and the group each article belongs to."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=SIMILARITY * 0.8, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._groups: dict[str, str] = {}

    def load(self, stored: Iterable[tuple[str, str, Sequence[int]]]) -> None:
        """Add stored articles as (id, group, signature)."""
        for article_id, group, values in stored:
            self._add(article_id, group, MinHash(num_perm=NUM_PERM, hashvalues=list(values), scheme=SCHEME))

    def assign(self, article_id: str, values: Sequence[int]) -> str:
        """The group of a new article (its own id when nothing similar is known); the article is added."""
        minhash = MinHash(num_perm=NUM_PERM, hashvalues=list(values), scheme=SCHEME)
        best, best_similarity = None, SIMILARITY
        for other in sorted(self._lsh.query(minhash)):
            similarity = minhash.jaccard(self._signatures[other])
            if similarity >= best_similarity and (best is None or similarity > best_similarity):
                best, best_similarity = other, similarity
        group = self._groups[best] if best is not None else article_id
        self._add(article_id, group, minhash)
        return group

    def _add(self, article_id: str, group: str, minhash: MinHash) -> None:
        if article_id in self._signatures:
            return
        self._lsh.insert(article_id, minhash)
        self._signatures[article_id] = minhash
        self._groups[article_id] = group
