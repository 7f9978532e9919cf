#!/usr/bin/python3
"""Load kamergraph's exports of examples/ (full view) as a user of each
tool would, and check what the tool reads.

usage: tests/check-exports.py networkx|igraph|sh DIR
  DIR holds kamergraph.{dot,graphml,gexf,json,sqlite} and
  kamergraph-{nodes,edges}.csv of `scan --view full examples/`.

Each mode first runs the snippets of the README's section "Load the graph
in your tools" that are for its tool, in a folder whose graphs/ is a copy
of DIR: the Python ones (```pycon) as doctests, the shell ones (```sh)
with bash. A Python snippet whose first line says "# networkx X.Y and
later" or "# networkx X.Y to X.Y" runs only under those versions. Then it
checks the exports in more detail than the README shows. A warning from
any tool (python-igraph warns when the GraphML confuses it) fails.

  networkx  the snippets without igraph, then GraphML, GEXF, JSON (with
            the node_link_graph keyword of this networkx) and the CSV
  igraph    the igraph snippets, then the GraphML in python-igraph
  sh        the shell snippets (sqlite3, dot)

networkx 2.8 (Debian 12) reads GEXF 1.1draft and 1.2draft only; kamergraph
writes 1.3, Gephi's current version, whose structure the 1.2 reader
handles: registering the 1.3 namespaces, as the README shows, is all it
takes, and shows that nothing else in the file trips the reader.
"""
import csv
import doctest
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings

README = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "README.md"))
SECTION = "### Load the graph in your tools"
N_NODES, N_EDGES = 26, 40
DOSSIER_IN = [("kst-36901-1", "dossier-36901"), ("kst-36901-2", "dossier-36901"),
              ("kst-36901-3", "dossier-36901"), ("kst-36901-7", "dossier-36901")]
COUNTS = ("in_degree", "citing_docs", "mentions", "community")
SCORES = ("pagerank", "authority", "hub")


def fail(msg):
    sys.exit(msg)


def expect(got, want, what):
    if got != want:
        fail(f"{what}: got {got!r}, want {want!r}")


def snippets(lang):
    """(line number, text) of each ```lang block of the README section."""
    with open(README, encoding="utf-8") as f:
        text = f.read()
    start = text.find(SECTION + "\n")
    if start < 0:
        fail(f"README.md has no section '{SECTION}'")
    end = re.compile(r"^##", re.M).search(text, start + len(SECTION))
    body = text[start:end.start() if end else len(text)]
    first_line = text.count("\n", 0, start) + 1
    return [(first_line + body.count("\n", 0, m.start()) + 1, m.group(1))
            for m in re.finditer(rf"^```{lang}\n(.*?)^```$", body, re.M | re.S)]


def version(v):
    return tuple(int(x) for x in re.findall(r"\d+", v)[:2])


def applies(block, nx_version):
    """Whether a snippet's "# networkx ..." line admits this networkx."""
    first = block.split("\n", 1)[0]
    m = re.search(r"# networkx ([\d.]+) and later", first)
    if m:
        return nx_version is not None and nx_version >= version(m.group(1))
    m = re.search(r"# networkx ([\d.]+) to ([\d.]+)", first)
    if m:
        return nx_version is not None and version(m.group(1)) <= nx_version <= version(m.group(2))
    return True


def no_warnings(caught, what):
    if caught:
        fail(f"{what} warned: " + "; ".join(f"{w.category.__name__}: {w.message}" for w in caught))


def run_doctests(for_igraph, nx_version):
    """Run the README's Python snippets for this mode; how many ran."""
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    ran = 0
    for line, block in snippets("pycon"):
        if ("import igraph" in block) != for_igraph or not applies(block, nx_version):
            continue
        test = parser.get_doctest(block, {}, f"README.md:{line}", README, line - 1)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = runner.run(test)
        if result.failed:
            fail(f"README.md:{line}: the snippet does not print what the README says (above)")
        no_warnings(caught, f"README.md:{line}")
        ran += 1
    return ran


def run_shell():
    ran = 0
    for line, block in snippets("sh"):
        for cmd in block.splitlines():
            r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True)
            if r.returncode != 0 or r.stderr or (cmd.startswith("sqlite3") and not r.stdout):
                fail(f"README.md:{line}: {cmd}: exit {r.returncode}\n{r.stderr}{r.stdout}")
            ran += 1
    return ran


# ---- networkx ---------------------------------------------------------------

def expect_types(g, what, doubles):
    """Every node's counts are ints and its `doubles` floats."""
    for v, a in g.nodes(data=True):
        for k, t in [(k, int) for k in COUNTS] + [(k, float) for k in doubles]:
            expect(type(a[k]), t, f"{what}: type of {k} of {v}")


def check_graphml_networkx(nx):
    g = nx.read_graphml("graphs/kamergraph.graphml")
    expect((g.number_of_nodes(), g.number_of_edges(), g.is_directed()), (N_NODES, N_EDGES, True),
           "graphml counts")
    expect(sorted(g.in_edges("dossier-36901")), DOSSIER_IN, "graphml: edges into dossier-36901")
    expect(sorted(g.in_edges("kst-36901-1", data="kind")),
           [("kst-36901-2", "kst-36901-1", "cites"), ("kst-36901-3", "kst-36901-1", "cites"),
            ("kst-36902-1", "kst-36901-1", "cites"), ("kst-36902-2", "kst-36901-1", "cites")],
           "graphml: edges into kst-36901-1")
    n = g.nodes["kst-36901-1"]
    expect("id" in n, False, "graphml: no `id` attribute beside the node's own id")
    expect({k: n[k] for k in ("kind", "label", "file", "url", "date", "minister") + COUNTS},
           {"kind": "document", "label": "36901-1", "file": "examples/kst-36901-1.txt",
            "url": "https://zoek.officielebekendmakingen.nl/kst-36901-1.html", "date": "2025-10-14",
            "minister": "A.J. de Ridder", "in_degree": 4, "citing_docs": 4, "mentions": 4, "community": 3},
           "graphml kst-36901-1")
    expect_types(g, "graphml", SCORES)
    expect(n["pagerank"], 0.061239089561, "graphml pagerank of kst-36901-1")
    expect(g.nodes["dossier-36901"]["mentions"], 8, "graphml mentions of dossier-36901")
    q = g.nodes["kst-36901-3#vraag-2"]
    expect((q["kind"], q["n"]), ("vraag", 2), "graphml: question number, an int")
    expect("n" in g.nodes["kst-36902-2#lid-vermeer"], False, "graphml: no number on a member's block")
    q = g.nodes["kst-36902-2#lid-vermeer"]
    expect((q["asker"], q["party"]), ("Vermeer", "BBB"), "graphml question")
    expect(g.nodes["brief:2025-10-14"]["candidates"], "kst-36901-1 kst-36902-1", "graphml candidates")
    expect("motie:anne van der berg+de vries" in g, True, "graphml: an id with spaces is a node key")
    for u, v, a in g.edges(data=True):
        expect(type(a["weight"]), int, f"graphml: type of weight of {u} -> {v}")
    e = g.edges["kst-36901-3", "kst-36901-2"]
    expect((e["kind"], e["weight"], e["resolved_by"]), ("cites", 2, "corpus-alias"), "graphml edge")
    expect(e["evidence"], "examples/kst-36901-2.txt (the letter's own date)", "graphml evidence")
    expect(g.edges["kst-36902-2", "kst-36902-2#lid-vermeer"]["kind"], "refers_to", "graphml refers_to")


def check_gexf_networkx(nx):
    from networkx.readwrite.gexf import GEXF
    if "1.3" not in GEXF.versions:
        GEXF.versions["1.3"] = dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                    NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    g = nx.read_gexf("graphs/kamergraph.gexf")
    expect((g.number_of_nodes(), g.number_of_edges(), g.is_directed()), (N_NODES, N_EDGES, True),
           "gexf counts")
    expect(sorted(g.in_edges("dossier-36901")), DOSSIER_IN, "gexf: edges into dossier-36901")
    n = g.nodes["kst-36901-1"]
    expect({k: n[k] for k in ("kind", "label", "file", "date") + COUNTS},
           {"kind": "document", "label": "36901-1", "file": "examples/kst-36901-1.txt", "date": "2025-10-14",
            "in_degree": 4, "citing_docs": 4, "mentions": 4, "community": 3},
           "gexf kst-36901-1")
    expect_types(g, "gexf", SCORES)
    expect(n["pagerank"], 0.061239089561, "gexf pagerank of kst-36901-1")
    expect(n["start"], "2025-10-14", "gexf start of kst-36901-1")
    expect(n["viz"]["size"], 30.0, "gexf viz:size of kst-36901-1 (10 + 5 x 4 citing documents)")
    expect(n["viz"]["color"], {"r": 173, "g": 216, "b": 230, "a": 1.0}, "gexf viz:color of a document")
    expect(g.nodes["kst-36901-3#vraag-2"]["n"], 2, "gexf: question number, an int")
    q = g.nodes["kst-36902-2#lid-vermeer"]
    expect((q["kind"], q["asker"], q["party"]), ("vraag", "Vermeer", "BBB"), "gexf question")
    expect("date" in g.nodes["dossier-36901"], False, "gexf: an empty value has no attvalue")
    e = g.edges["kst-36901-3", "kst-36901-2"]
    # networkx reads every GEXF weight as a float, whatever the file says
    expect((e["weight"], e["resolved_by"], e["start"]), (2.0, "corpus-alias", "2025-12-15"),
           "gexf edge kst-36901-3 -> kst-36901-2")


def check_json_networkx(nx, nx_version):
    with open("graphs/kamergraph.json") as f:
        data = json.load(f)
    if nx_version >= (3, 4):
        j = nx.node_link_graph(data, edges="links")
    else:
        j = nx.node_link_graph(data)
    expect((j.number_of_nodes(), j.number_of_edges(), j.is_directed()), (N_NODES, N_EDGES, True), "json counts")
    expect(sorted(j.in_edges("dossier-36901")), DOSSIER_IN, "json: edges into dossier-36901")
    n = j.nodes["kst-36901-1"]
    expect((n["kind"], n["citing_docs"], n["pagerank"], n["minister"]), ("document", 4, 0.061239089561, "A.J. de Ridder"),
           "json kst-36901-1")
    expect_types(j, "json", ())
    expect(j.nodes["kst-36901-3#vraag-2"]["n"], 2, "json: question number, an int")
    expect(j.nodes["kst-36902-2#lid-vermeer"]["n"], None, "json: no number on a member's block")
    expect(j.nodes["brief:2025-10-14"]["candidates"], "kst-36901-1 kst-36902-1", "json candidates")
    expect(j.edges["kst-36901-3", "kst-36901-2"]["weight"], 2, "json weight")
    expect(type(j.edges["kst-36901-3", "kst-36901-2"]["weight"]), int, "json weight type")


def check_csv():
    with open("graphs/kamergraph-nodes.csv", newline="") as f:
        nodes = {r["id"]: r for r in csv.DictReader(f)}
    with open("graphs/kamergraph-edges.csv", newline="") as f:
        edges = list(csv.DictReader(f))
    expect((len(nodes), len(edges)), (N_NODES, N_EDGES), "csv counts")
    expect(nodes["motie:anne van der berg+de vries"]["label"], "motie De Vries/Anne van der Berg", "csv label")
    expect(nodes["kst-36902-2"]["subject"], "Antwoorden op vragen uit het wetgevingsoverleg Binnenlandse Zaken", "csv subject")
    expect({k: nodes["dossier-36901"][k] for k in COUNTS},
           {"in_degree": "0", "citing_docs": "4", "mentions": "8", "community": "2"}, "csv counts as integers")
    expect(nodes["kst-36901-3#vraag-2"]["n"], "2", "csv question number")
    e = [r for r in edges if (r["source"], r["target"]) == ("kst-36901-3", "kst-36901-2")]
    expect([(r["kind"], r["weight"], r["resolved_by"], r["evidence"]) for r in e],
           [("cites", "2", "corpus-alias", "examples/kst-36901-2.txt (the letter's own date)")], "csv edge")
    expect(all(r["source"] in nodes and r["target"] in nodes for r in edges), True, "csv edges end at listed nodes")


def mode_networkx():
    import networkx as nx
    nxv = version(nx.__version__)
    ran = run_doctests(False, nxv)
    if ran < 3:
        fail(f"only {ran} README networkx snippets ran under networkx {nx.__version__}, want 3")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check_graphml_networkx(nx)
        check_gexf_networkx(nx)
        check_json_networkx(nx, nxv)
        check_csv()
    no_warnings(caught, f"networkx {nx.__version__}")
    return f"networkx {nx.__version__}: {ran} README snippets; graphml, gexf, json, csv"


# ---- python-igraph -----------------------------------------------------------

def mode_igraph():
    import igraph
    ran = run_doctests(True, None)
    if ran < 1:
        fail("no README igraph snippet ran")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = igraph.Graph.Read_GraphML("graphs/kamergraph.graphml")
    no_warnings(caught, "igraph.Graph.Read_GraphML")
    expect((g.vcount(), g.ecount(), g.is_directed()), (N_NODES, N_EDGES, True), "igraph counts")
    expect(g.vs.attributes().count("id"), 1, "igraph: the node ids are the one `id` attribute")
    v = g.vs.find(id="dossier-36901")
    expect(sorted((g.vs[e.source]["id"], g.vs[e.target]["id"]) for e in g.es.select(_target=v.index)),
           DOSSIER_IN, "igraph: edges into dossier-36901")
    expect(len(set(g.vs["id"])), N_NODES, "igraph: ids unique")
    n = g.vs.find(id="kst-36901-1")
    expect({k: n[k] for k in ("kind", "label", "file") + COUNTS},
           {"kind": "document", "label": "36901-1", "file": "examples/kst-36901-1.txt",
            "in_degree": 4, "citing_docs": 4, "mentions": 4, "community": 3}, "igraph kst-36901-1")
    # igraph keeps numbers as doubles: the counts come back whole and exact
    for k in COUNTS:
        for x in g.vs[k]:
            expect(x == int(x), True, f"igraph: {k} {x} is whole")
    expect(n["pagerank"], 0.061239089561, "igraph pagerank of kst-36901-1")
    expect(g.vs.find(id="kst-36901-3#vraag-2")["n"], 2, "igraph question number")
    e = g.es.find(_source=g.vs.find(id="kst-36901-3").index, _target=g.vs.find(id="kst-36901-2").index)
    expect((e["kind"], e["weight"], e["resolved_by"]), ("cites", 2, "corpus-alias"), "igraph edge")
    return f"python-igraph {igraph.__version__}: {ran} README snippet; graphml without a warning"


def mode_sh():
    ran = run_shell()
    if ran < 3:
        fail(f"only {ran} README shell commands ran, want 3")
    return f"{ran} README shell commands"


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("networkx", "igraph", "sh"):
        fail(__doc__.split("\n\n")[1])
    mode, src = sys.argv[1], os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory() as work:
        shutil.copytree(src, os.path.join(work, "graphs"))
        os.chdir(work)
        said = {"networkx": mode_networkx, "igraph": mode_igraph, "sh": mode_sh}[mode]()
    print(said)


main()
