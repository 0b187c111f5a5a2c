"""How long one search over everything takes on a large database, beside the raw full-text query.

Run: python bench/search.py PATH [--runs N] (make PATH with bench/large_database.py). For each word (common,
rare, a prefix as the user is typing it, a first letter) prints the median of desk.search.search(word) and
of the floor: the raw FTS5 query (`SELECT rowid FROM search_text WHERE search_text MATCH ? LIMIT 400`) on
the same connection. Runs are paired (floor, search, floor, search, ...) so the machine's drift moves both
alike. Goal: a search within 50 ms, as the search window runs one each time the user stops typing.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from cpdesk.domain.desk import Desk
from cpdesk.domain.search import fts_query

WORDS = {
    "common ('report')": "report",
    "common, two words ('care review')": "care review",
    "rare ('placement')": "placement",
    "a prefix typed ('chil')": "chil",
    "a first letter ('a')": "a",
    "nothing found ('zzqx')": "zzqx",
}
GOAL_MS = 50.0


def seconds(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    desk = Desk.open(args.path)
    (records,) = desk.db.execute_sql("SELECT count(*) FROM search_entry").fetchone()
    print(f"{records:,} records in the search index of {args.path}; median of {args.runs} paired runs")
    print(f"{'word':<36} {'hits':>5} {'search':>9} {'floor':>8} {'ratio':>6}")
    for label, word in WORDS.items():
        query = fts_query(word)

        def floor(query: str = query) -> None:
            desk.db.execute_sql(
                "SELECT rowid FROM search_text WHERE search_text MATCH ? LIMIT 400", (query,)
            ).fetchall()

        def search(word: str = word) -> None:
            desk.search.search(word)

        search()  # the first run reads the index's pages from disk: not what a user typing meets
        floors, searches = [], []
        for _ in range(args.runs):
            floors.append(seconds(floor))
            searches.append(seconds(search))
        ms, floor_ms = statistics.median(searches) * 1000, statistics.median(floors) * 1000
        hits = len(desk.search.search(word))
        flag = "" if ms <= GOAL_MS else f"  (over the {GOAL_MS:.0f} ms goal)"
        ratio = ms / max(floor_ms, 0.001)
        print(f"{label:<36} {hits:>5} {ms:>6.1f} ms {floor_ms:>5.1f} ms {ratio:>5.0f}x{flag}")
    desk.close()


if __name__ == "__main__":
    main()
