#!/usr/bin/env python3
"""Writes the seed corpora fuzz/corpus/<target>/ from the real MoinMoin data dirs in the shared
corpus (default: ../shared/corpus beside the repository; give another path as the argument),
plus the hand-written seeds in fuzz/seeds/<target>/.

The generated files are not committed (several MB, and any libFuzzer run adds to them): run this
once before fuzzing. Files are named by the SHA-1 of their content, as libFuzzer names its own,
so re-running adds nothing twice.
"""

import hashlib
import json
import os
import sqlite3
import shutil
import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
CORPUS_OUT = FUZZ / "corpus"
HAND_WRITTEN = FUZZ / "seeds"

# Whole files above this size would raise libFuzzer's default -max_len (the largest seed) and
# slow every target down; their lines are seeds anyway.
MAX_WHOLE_FILE = 4096

DEFAULT_GROUP_REGEX = "[a-z0-9]Group$"
MOIN_RIGHTS_DEFAULT = "Trusted:read,write,delete,revert Known:read All:read"


def main():
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else FUZZ.parent.parent / "shared" / "corpus"
    if not source.is_dir():
        sys.exit(f"seed.py: corpus {source} not found; give its path as the argument")
    seeds = {}

    def add(target, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        seeds.setdefault(target, set()).add(data)

    data_dirs = sorted(p for p in source.rglob("data") if p.is_dir() and (p / "pages").is_dir())
    for data_dir in data_dirs:
        pages = data_dir / "pages"
        logs = [data_dir / "edit-log"] + sorted(pages.glob("*/edit-log")) + sorted(
            pages.glob("*/edit-lock")
        )
        for log in logs:
            if not log.is_file():
                continue
            raw = log.read_bytes()
            if len(raw) <= MAX_WHOLE_FILE:
                add("editlog", raw)
            for line in raw.splitlines(keepends=True):
                add("editlog", line)
                # Attachment names are url-quoted in field 8 of ATT* lines.
                fields = line.rstrip(b"\r\n").split(b"\t")
                if len(fields) > 7 and fields[2].startswith(b"ATT") and fields[7]:
                    add("names", fields[7])

        for page in sorted(pages.iterdir()):
            if not page.is_dir():
                continue
            add("names", os.fsencode(page.name))
            for name in ("current", "current-locked", "current-locked.tmp"):
                if (page / name).is_file():
                    add("current", (page / name).read_bytes())
            revisions = page / "revisions"
            if not revisions.is_dir():
                continue
            for rev in sorted(revisions.iterdir()):
                add("current", os.fsencode(rev.name))
                text = rev.read_bytes()
                if text.startswith(b"#"):
                    add("acl", processing_instructions(text))
                if page.name.endswith("Group"):
                    add("acl", group_seed(page.name, text))

        user_dir = data_dir / "user"
        if user_dir.is_dir():
            for f in sorted(user_dir.iterdir()):
                if f.is_file():
                    add("user_profile", f.read_bytes())
                    add("user_profile", os.fsencode(f.name))

        if (data_dir / "meta").is_file():
            add("meta", (data_dir / "meta").read_bytes())

    websupport = FUZZ.parent / "tests" / "fixtures" / "websupport" / "websupport.db"
    if websupport.is_file():
        for seed in websupport_seeds(websupport):
            add("websupport_import", seed)

    if HAND_WRITTEN.is_dir():
        for target_dir in sorted(HAND_WRITTEN.iterdir()):
            for f in sorted(target_dir.iterdir()):
                add(target_dir.name, f.read_bytes())

    for target, items in sorted(seeds.items()):
        out = CORPUS_OUT / target
        out.mkdir(parents=True, exist_ok=True)
        for data in items:
            (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
        print(f"{target}: {len(items)} seeds ({sum(map(len, items))} bytes) in {out}")


def websupport_seeds(path):
    """The fixture database as websupport_import input (the rows `websupport::read` selects),
    whole and one node's thread at a time."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    nodes = conn.execute("SELECT id, document, source FROM sphinx_nodes ORDER BY id").fetchall()
    comments = conn.execute(
        "SELECT id, rating, CAST(time AS TEXT), text, displayed, username, proposal,"
        " proposal_diff, path, node_id FROM sphinx_comments ORDER BY id"
    ).fetchall()
    votes = conn.execute(
        "SELECT username, comment_id, value FROM sphinx_commentvote ORDER BY comment_id, username"
    ).fetchall()
    conn.close()

    def doc(nodes, comments, votes):
        return json.dumps({"nodes": nodes, "comments": comments, "votes": votes}, ensure_ascii=False)

    yield doc(nodes, comments, votes)
    for node in nodes:
        mine = [c for c in comments if (c[8] or "").startswith(node[0]) or c[9] == node[0]]
        ids = {c[0] for c in mine}
        yield doc([node], mine, [v for v in votes if v[1] in ids])


def processing_instructions(text):
    """The `#` header of a revision (where `#acl` lines live) and the first lines after it."""
    lines = text.splitlines(keepends=True)
    n = 0
    while n < len(lines) and lines[n].startswith(b"#"):
        n += 1
    return b"".join(lines[: n + 3])


def group_seed(group, text):
    """An acl target input in which the page's ACL names the group and the group page exists:
    body, user, group_regex, rights_default, rights_before, rights_after, group page."""
    try:
        page = text.decode("utf-8").replace("\r", "")
    except UnicodeDecodeError:
        return b""
    body = f"#acl {group}:read,write,revert All:read\nText.\n"
    parts = [body, "IceGuye", DEFAULT_GROUP_REGEX, MOIN_RIGHTS_DEFAULT, "", "", f"{group}\n{page}"]
    return "\0".join(parts).encode("utf-8")


if __name__ == "__main__":
    main()
