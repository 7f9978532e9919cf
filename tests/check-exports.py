#!/usr/bin/python3
"""Load kamergraph's exports of examples/ (full view) with networkx and
the csv module, as a user of those ecosystems would, and check what they
read: node and edge counts, attribute types and values of a few nodes.

usage: tests/check-exports.py DIR   (DIR holds kamergraph.{gexf,json,graphml}
and kamergraph-{nodes,edges}.csv of `scan --view full`)

networkx 2.8 (Debian 12) reads GEXF 1.1draft and 1.2draft only; kamergraph
writes 1.3, Gephi's current version, whose structure the 1.2 reader
handles: registering the 1.3 namespaces in its versions table is all it
takes, and shows that nothing else in the file trips the reader.
"""
import csv
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

d = sys.argv[1]
N_NODES, N_EDGES = 26, 40

GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}


def expect(got, want, what):
    if got != want:
        sys.exit(f"{what}: got {got!r}, want {want!r}")


# ---- GEXF: typed attributes, viz, dates
g = nx.read_gexf(f"{d}/kamergraph.gexf", version="1.3")
expect((g.number_of_nodes(), g.number_of_edges()), (N_NODES, N_EDGES), "gexf counts")
expect(g.is_directed(), True, "gexf directed")
n = g.nodes["kst-36901-1"]
expect(
    {k: n[k] for k in ("kind", "label", "file", "date", "in_degree", "citing_docs", "mentions", "community")},
    {"kind": "document", "label": "36901-1", "file": "examples/kst-36901-1.txt", "date": "2025-10-14",
     "in_degree": 4, "citing_docs": 4, "mentions": 4, "community": 3},
    "gexf kst-36901-1",
)
expect((type(n["citing_docs"]), type(n["pagerank"])), (int, float), "gexf attribute types")
expect(n["pagerank"], 0.061239089561, "gexf pagerank of kst-36901-1")
expect(n["start"], "2025-10-14", "gexf start of kst-36901-1")
expect(n["viz"]["size"], 30.0, "gexf viz:size of kst-36901-1 (10 + 5 x 4 citing documents)")
expect(n["viz"]["color"], {"r": 173, "g": 216, "b": 230, "a": 1.0}, "gexf viz:color of a document")
q = g.nodes["kst-36902-2#lid-vermeer"]
expect((q["kind"], q["asker"], q["party"]), ("vraag", "Vermeer", "BBB"), "gexf question")
expect("date" in g.nodes["dossier-36901"], False, "gexf: an empty value has no attvalue")
e = [a for u, v, a in g.edges(data=True) if (u, v) == ("kst-36901-3", "kst-36901-2")]
expect(len(e), 1, "gexf edges kst-36901-3 -> kst-36901-2")
expect((e[0]["weight"], e[0]["resolved_by"], e[0]["start"]), (2.0, "corpus-alias", "2025-12-15"),
       "gexf edge kst-36901-3 -> kst-36901-2")

# ---- JSON node-link
with open(f"{d}/kamergraph.json") as f:
    j = nx.node_link_graph(json.load(f))
expect((j.number_of_nodes(), j.number_of_edges(), j.is_directed()), (N_NODES, N_EDGES, True), "json counts")
n = j.nodes["kst-36901-1"]
expect((n["kind"], n["citing_docs"], n["pagerank"], n["minister"]), ("document", 4, 0.061239089561, "A.J. de Ridder"),
       "json kst-36901-1")
expect(j.nodes["brief:2025-10-14"]["candidates"], "kst-36901-1 kst-36902-1", "json candidates")
expect(j.edges["kst-36901-3", "kst-36901-2"]["weight"], 2, "json weight")

# ---- GraphML
x = nx.read_graphml(f"{d}/kamergraph.graphml")
expect((x.number_of_nodes(), x.number_of_edges()), (N_NODES, N_EDGES), "graphml counts")
byid = {a["id"]: a for _, a in x.nodes(data=True)}
expect((byid["kst-36901-1"]["citing_docs"], byid["kst-36901-1"]["pagerank"]), (4.0, 0.061239089561), "graphml kst-36901-1")

# ---- CSV
with open(f"{d}/kamergraph-nodes.csv", newline="") as f:
    nodes = {r["id"]: r for r in csv.DictReader(f)}
with open(f"{d}/kamergraph-edges.csv", newline="") as f:
    edges = list(csv.DictReader(f))
expect((len(nodes), len(edges)), (N_NODES, N_EDGES), "csv counts")
expect(nodes["motie:anne van der berg+de vries"]["label"], "motie De Vries/Anne van der Berg", "csv label")
expect(nodes["kst-36902-2"]["subject"], "Antwoorden op vragen uit het wetgevingsoverleg Binnenlandse Zaken", "csv subject")
e = [r for r in edges if (r["source"], r["target"]) == ("kst-36901-3", "kst-36901-2")]
expect([(r["kind"], r["weight"], r["resolved_by"], r["evidence"]) for r in e],
       [("cites", "2", "corpus-alias", "examples/kst-36901-2.txt (the letter's own date)")], "csv edge")
expect(all(r["source"] in nodes and r["target"] in nodes for r in edges), True, "csv edges end at listed nodes")
print("exports load: gexf (networkx, 1.3 registered), json (node_link_graph), graphml (read_graphml), csv")
