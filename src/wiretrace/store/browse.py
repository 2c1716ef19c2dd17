"""Reads for browsing a store: stories with filters, a story's members and pairs, one pair.

The viewer and ``Corpus`` call these; nothing here writes. Row shapes follow the export schemas
(docs/export.md): a ``PairRow`` has the columns of an exported pair, a ``Member`` those of an
exported story row plus the document's metadata.
"""

from __future__ import annotations

from dataclasses import dataclass

from .db import Store

# Columns of an exported pair (docs/export.md), in that order.
_PAIR_COLUMNS = """da.id, db.id, p.relation, p.source, p.confidence, p.coverage_a, p.coverage_b,
                   p.high, p.medium, p.low, p.doors, p.tier"""
_PAIR_FROM = "pairs p JOIN documents da ON da.seq = p.a JOIN documents db ON db.seq = p.b"


@dataclass(frozen=True, slots=True)
class PairRow:
    a_id: str
    b_id: str
    relation: str
    source: str
    confidence: float
    coverage_a: float
    coverage_b: float
    high: int | None
    medium: int | None
    low: int | None
    doors: str
    tier: str


@dataclass(frozen=True, slots=True)
class Member:
    story: str
    doc_id: str
    role: str
    title: str | None
    outlet: str | None
    published: str | None
    lang: str | None
    length: int


@dataclass(frozen=True, slots=True)
class StorySummary:
    story: str  # id of the story's first stored document, as in ``wiretrace stories``
    size: int
    title: str | None  # the first titled member's title
    outlets: tuple[str, ...]
    langs: tuple[str, ...]
    relations: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    high: int
    medium: int
    low: int


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """Which stories to list. Every condition must hold; ``None`` or empty means any."""

    relation: str | None = None  # a pair inside the story has this relation
    outlet: str | None = None  # a member comes from this outlet
    lang: str | None = None  # a member is in this language
    since: str | None = None  # a member was published on or after (compared as text: ISO dates)
    until: str | None = None  # ... on or before; a bare date counts the whole day
    high: bool = False  # a pair inside the story has a high-severity distortion
    q: str | None = None  # in a member's id, title or text (case-insensitive)
    limit: int = 50
    offset: int = 0


def _member_where(f: StoryFilter) -> tuple[list[str], list]:
    conds, params = [], []
    if f.outlet:
        conds.append("d.outlet = ?")
        params.append(f.outlet)
    if f.lang:
        conds.append("d.lang = ?")
        params.append(f.lang)
    if f.since:
        conds.append("d.published >= ?")
        params.append(f.since)
    if f.until:
        # '~' sorts after every digit, 'T' and ' ': '2024-05-06~' is past any time on that day.
        conds.append("d.published <= ?")
        params.append(f.until + "~")
    if f.q:
        conds.append("(d.id ILIKE ? ESCAPE '\\' OR d.title ILIKE ? ESCAPE '\\' OR d.text ILIKE ? ESCAPE '\\')")
        like = "%" + f.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params.extend([like, like, like])
    return conds, params


def _story_pairs_sql() -> str:
    # Pairs whose two ends are in the same story.
    return """SELECT sa.story, p.relation, coalesce(p.high, 0) AS high, coalesce(p.medium, 0) AS medium,
                     coalesce(p.low, 0) AS low
              FROM pairs p JOIN stories sa ON sa.seq = p.a JOIN stories sb ON sb.seq = p.b
              WHERE sa.story = sb.story"""


def stories(store: Store, f: StoryFilter) -> tuple[list[StorySummary], int]:
    """Stories matching ``f``, largest first (ties by id), one page of them, and how many match."""
    conds, params = _member_where(f)
    wanted = ["TRUE"]
    if conds:
        # A condition on members holds for a story when one member meets all of them.
        wanted.append(f"""s.story IN (SELECT s2.story FROM stories s2 JOIN documents d ON d.seq = s2.seq
                                      WHERE {" AND ".join(conds)})""")
    if f.relation:
        wanted.append("s.story IN (SELECT story FROM sp WHERE relation = ?)")
        params.append(f.relation)
    if f.high:
        wanted.append("s.story IN (SELECT story FROM sp WHERE high > 0)")
    sql = f"""
        WITH sp AS ({_story_pairs_sql()}),
        agg AS (SELECT story, list(DISTINCT relation ORDER BY relation) AS relations, sum(high) AS high,
                       sum(medium) AS medium, sum(low) AS low FROM sp GROUP BY story),
        chosen AS (
            SELECT s.story, count(*) AS size,
                   arg_min(d.title, d.seq) FILTER (WHERE d.title IS NOT NULL) AS title,
                   list(DISTINCT d.outlet ORDER BY d.outlet) FILTER (WHERE d.outlet IS NOT NULL) AS outlets,
                   list(DISTINCT d.lang ORDER BY d.lang) FILTER (WHERE d.lang IS NOT NULL) AS langs,
                   min(d.published) AS first, max(d.published) AS last
            FROM stories s JOIN documents d ON d.seq = s.seq
            WHERE {" AND ".join(wanted)}
            GROUP BY s.story)
        SELECT ds.id, c.size, c.title, c.outlets, c.langs, a.relations, c.first, c.last,
               coalesce(a.high, 0), coalesce(a.medium, 0), coalesce(a.low, 0), count(*) OVER () AS total
        FROM chosen c JOIN documents ds ON ds.seq = c.story LEFT JOIN agg a ON a.story = c.story
        ORDER BY c.size DESC, ds.id
        LIMIT {int(f.limit)} OFFSET {int(f.offset)}"""
    rows = store.con.execute(sql, params).fetchall()
    total = rows[0][-1] if rows else _count(store, sql, params, f)
    return [StorySummary(r[0], r[1], r[2], tuple(r[3] or ()), tuple(r[4] or ()), tuple(r[5] or ()), r[6], r[7],
                         int(r[8]), int(r[9]), int(r[10])) for r in rows], total


def _count(store: Store, sql: str, params: list, f: StoryFilter) -> int:
    # A page past the end has no rows to carry the total; count without the page.
    if f.offset == 0:
        return 0
    body = sql.rsplit("LIMIT", 1)[0]
    return store.one(f"SELECT count(*) FROM ({body})", params)[0]


def story_seq(store: Store, story_id: str) -> int | None:
    """The seq of the story named by its first document's id, or None when there is no such story."""
    row = store.one("""SELECT s.story FROM stories s JOIN documents d ON d.seq = s.story
                       WHERE d.id = ? LIMIT 1""", [story_id])
    return row[0] if row else None


def story_of(store: Store, doc_id: str) -> str | None:
    """The story id of a document, or None when it is in no story."""
    row = store.one("""SELECT ds.id FROM stories s JOIN documents d ON d.seq = s.seq
                       JOIN documents ds ON ds.seq = s.story WHERE d.id = ?""", [doc_id])
    return row[0] if row else None


def members(store: Store, story: int) -> list[Member]:
    rows = store.con.execute("""
        SELECT ds.id, d.id, s.role, d.title, d.outlet, d.published, d.lang, d.n_chars
        FROM stories s JOIN documents d ON d.seq = s.seq JOIN documents ds ON ds.seq = s.story
        WHERE s.story = ? ORDER BY d.seq""", [story]).fetchall()
    return [Member(*r[:7], int(r[7] or 0)) for r in rows]


def story_pairs(store: Store, story: int) -> list[PairRow]:
    """Every verified pair whose two documents are in the story."""
    rows = store.con.execute(f"""
        SELECT {_PAIR_COLUMNS} FROM {_PAIR_FROM}
        JOIN stories sa ON sa.seq = p.a JOIN stories sb ON sb.seq = p.b
        WHERE sa.story = ? AND sb.story = ? ORDER BY da.seq, db.seq""", [story, story]).fetchall()
    return [PairRow(*r) for r in rows]


def document_pairs(store: Store, seq: int) -> list[PairRow]:
    """Every verified pair with this document on either side."""
    rows = store.con.execute(f"""
        SELECT {_PAIR_COLUMNS} FROM {_PAIR_FROM} WHERE p.a = ? OR p.b = ?
        ORDER BY da.seq, db.seq""", [seq, seq]).fetchall()
    return [PairRow(*r) for r in rows]


def pair(store: Store, a: int, b: int) -> tuple[PairRow, str | None] | None:
    """The stored pair of two seqs (either order) and its comparison JSON (None on the quick tier)."""
    row = store.one(f"""SELECT {_PAIR_COLUMNS}, p.comparison FROM {_PAIR_FROM}
                        WHERE (p.a = ? AND p.b = ?) OR (p.a = ? AND p.b = ?)""", [a, b, b, a])
    return None if row is None else (PairRow(*row[:12]), row[12])


def facets(store: Store, limit: int = 500) -> dict[str, list[str]]:
    """The values the story filters can take: outlets and languages of story members, relations."""
    def values(sql: str) -> list[str]:
        return [r[0] for r in store.con.execute(sql + f" LIMIT {int(limit)}").fetchall()]

    return {
        "outlet": values("""SELECT DISTINCT d.outlet FROM stories s JOIN documents d ON d.seq = s.seq
                            WHERE d.outlet IS NOT NULL ORDER BY 1"""),
        "lang": values("""SELECT DISTINCT d.lang FROM stories s JOIN documents d ON d.seq = s.seq
                          WHERE d.lang IS NOT NULL ORDER BY 1"""),
        "relation": values("SELECT DISTINCT relation FROM pairs ORDER BY 1"),
    }
