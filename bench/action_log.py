"""How long the chair's action log takes to open, filter and sort on a large database.

Run: python bench/action_log.py PATH (make PATH with bench/large_database.py). Prints the median of several
runs of each step, as the Actions page does them: read the log, fill the model behind its filter proxy and
show it in a table; apply each filter; sort by each column. Goal: each under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from cpdesk.domain.desk import Desk
from cpdesk.views.actions.model import ActionFilter, ActionFilterProxy, ActionLogModel


def median_ms(step: Callable[[], object], runs: int, app: QApplication) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication([])
    desk = Desk.open(args.path)
    model, proxy, view = ActionLogModel(), ActionFilterProxy(), QTableView()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.resize(1200, 700)
    view.show()

    def open_log() -> None:
        model.set_rows(desk.actions.log())

    rows = desk.actions.log()
    print(f"{len(rows):,} actions in {args.path}")
    results = {
        "open: read the log (domain)": median_ms(desk.actions.log, args.runs, app),
        "open: fill the model and show it": median_ms(lambda: model.set_rows(rows), args.runs, app),
        "open: both, as the page does": median_ms(open_log, args.runs, app),
    }
    owner = next(r.owner_id for r in rows if r.owner_id)
    filters = {
        "filter: open only": ActionFilter(open_only=True),
        "filter: RAG Red": ActionFilter(rag="Red"),
        "filter: status in progress": ActionFilter(status="in_progress"),
        "filter: priority 3": ActionFilter(priority=3),
        "filter: one owner": ActionFilter(owner_id=owner),
        "filter: words 'report item 4'": ActionFilter(text="report item 4"),
        "filter: none (all rows)": ActionFilter(),
    }
    for label, action_filter in filters.items():
        results[label] = median_ms(lambda f=action_filter: proxy.set_filter(f), args.runs, app)
    for column in range(model.columnCount()):
        name = model.headerData(column, Qt.Orientation.Horizontal)
        # Alternate the order, so no run finds the rows already sorted its way.
        orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * args.runs
        results[f"sort by {name}"] = median_ms(
            lambda c=column, o=orders: proxy.sort(c, o.pop()), args.runs, app
        )
    width = max(len(k) for k in results)
    for label, ms in results.items():
        flag = "" if ms < 100 else "  (over the 100 ms goal)"
        print(f"{label:<{width}}  {ms:7.1f} ms{flag}")
    desk.close()


if __name__ == "__main__":
    main()
