#!/usr/bin/python3
"""Print a kamergraph SQLite export as text, for comparing with a golden.

The sqlite3 command-line tool is not among the dependencies, and Python's
iterdump() has changed its output between Python versions; this prints
only what kamergraph decides: the schema as written, then every row of
every table in insertion order, one line each, values tab-separated as
TYPE:VALUE so that 1, 1.0, '1' and NULL stay apart.

usage: tests/sqlite-dump.py FILE.sqlite
"""
import sqlite3
import sys


def value(v):
    if v is None:
        return "NULL"
    if isinstance(v, float):
        return "real:" + repr(v)
    if isinstance(v, int):
        return "int:" + str(v)
    return "text:" + v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main(path):
    # read-only: a dump must not change the file it checks
    db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    schema = db.execute(
        "select type, name, tbl_name, sql from sqlite_master order by type desc, name"
    ).fetchall()
    for kind, name, table, sql in schema:
        print(f"-- {kind} {name} on {table}")
        print(sql if sql else "(automatic)")
    for (table,) in db.execute(
        "select name from sqlite_master where type = 'table' order by name"
    ):
        cols = [r[1] for r in db.execute(f'pragma table_info("{table}")')]
        print(f"-- rows of {table}: " + "\t".join(cols))
        for row in db.execute(f'select * from "{table}" order by rowid'):
            print("\t".join(value(v) for v in row))


if __name__ == "__main__":
    main(sys.argv[1])
