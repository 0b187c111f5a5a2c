"""What keeping the derived key saves on an encrypted database: a connection, a backup, opening the desk.

Run: python bench/encrypted_connections.py [--runs N]. Makes an encrypted database in a temporary folder
and prints the median time of each step keyed with the passphrase (SQLCipher stretches it: PBKDF2-HMAC-
SHA512, 256,000 rounds) and keyed with the key derived once; the floor is the stretching itself.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cpdesk.domain.desk import Desk
from cpdesk.store import cipher
from cpdesk.store.backup import make_backup

KEY = "a passphrase for the bench"


def median_ms(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cpdesk.db"
        Desk.open(path, passphrase=KEY).close()
        derived = cipher.key_for(path, KEY)
        assert derived is not None

        def connect(with_key: cipher.DerivedKey | None) -> None:
            conn = cipher.connect_raw(path, KEY, derived=with_key)
            conn.execute("SELECT count(*) FROM team").fetchone()
            conn.close()

        def backup(with_key: cipher.DerivedKey | None) -> None:
            source = cipher.connect_raw(path, KEY, derived=derived)
            try:
                made = make_backup(source, path, "by-hand", KEY, derived=with_key)
            finally:
                source.close()
            made.path.unlink()

        rows = [
            ("a new connection", lambda: connect(None), lambda: connect(derived)),
            ("a backup, made and checked", lambda: backup(None), lambda: backup(derived)),
        ]
        floor = median_ms(lambda: cipher.derive_key(KEY, derived.salt), args.runs)
        print(f"{'step':<30} {'passphrase':>12} {'derived key':>12}   (stretching once: {floor:.0f} ms)")
        for name, slow, fast in rows:
            print(f"{name:<30} {median_ms(slow, args.runs):>9.1f} ms {median_ms(fast, args.runs):>9.1f} ms")
        opening = median_ms(lambda: Desk.open(path, passphrase=KEY).close(), args.runs)
        print(f"{'opening the desk (now)':<30} {opening:>9.1f} ms")


if __name__ == "__main__":
    main()
