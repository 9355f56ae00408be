"""Shelves for `cargo bench --bench errbot_migrate`, and the raw read beside the migration.

    python errbot_shelves.py make DIR NAMESPACES KEYS   # NAMESPACES shelves NS.db of KEYS keys
    python errbot_shelves.py read DIR                   # reads every value; prints {"seconds", "keys"}

Shelves are written as Errbot's Shelf storage writes them (shelve, protocol 2) by this Python's
default dbm (dbm.dumb for pyenv's Pythons). Values are typical of bots: 4 in 5 are JSON (dicts
of config, lists of names, strings, numbers), 1 in 5 are not (tuples, sets, datetimes).
"""

import datetime
import glob
import json
import os
import shelve
import sys
import time


def value(i):
    kind = i % 10
    if kind < 3:
        return {"user": f"@user{i}", "karma": i, "rooms": ["#general", f"#room{i % 7}"], "on": True}
    if kind < 5:
        return [f"item {j}" for j in range(5)]
    if kind < 7:
        return f"a remembered line of text, number {i}"
    if kind < 8:
        return i * 1.5
    if kind < 9:
        return (i, f"@user{i}", datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=i))
    return {f"tag{j}" for j in range(3)}


def make(d, namespaces, keys):
    for n in range(namespaces):
        with shelve.DbfilenameShelf(os.path.join(d, f"plugin{n:03}.db"), protocol=2) as s:
            for i in range(keys):
                s[f"key{i:05}"] = value(i)


def read(d):
    start = time.perf_counter()
    count = 0
    names = {p.split(".db")[0] for p in glob.glob(os.path.join(d, "*.db*"))}
    for name in sorted(names):
        with shelve.open(name + ".db", "r") as s:
            for k in s.keys():
                s[k]
                count += 1
    print(json.dumps({"seconds": time.perf_counter() - start, "keys": count}))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        read(sys.argv[2])
