#!/usr/bin/env python3
"""The site of kamergraph (kamergraph site) in a browser, and every link of it.

    tests/site_browser.py SITE_DIR SHOT_DIR

First, without a browser: every relative href and src (and xlink:href in the
pictures) of every page leads to a file of the site, and its #fragment to an
id in that file; every page names its node in one <meta name="kamergraph-id">.

Then headless Chromium, driven through chromedriver by the WebDriver HTTP
protocol (urllib and json only), from file:// URLs: open the index, type into
the search box and see results; open a letter, follow a reference to the
letter it cites, and come back through that letter's cited-by list to the
citing sentence; a reference's explanation shows on keyboard focus. The same
site is then served over http from 127.0.0.1 and searched again. Screenshots
of the index and of one letter go to SHOT_DIR (site-index.png,
site-letter.png).

The site must be that of examples/ (with or without more letters): the
checks name its letters. Exit 0 when all is well; 1 with the failures listed.
"""
import base64
import functools
import html.parser
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage"]

failures = []


def fail(what):
    failures.append(what)
    print("  FAIL " + what)


def ok(what):
    print("  ok   " + what)


# ---- links, without a browser -------------------------------------------------


class Page(html.parser.HTMLParser):
    """The links, ids and kamergraph-id meta tags of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()
        self.meta_ids = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name in ("href", "src", "xlink:href"):
            if a.get(name) is not None:
                self.links.append((tag, a[name]))
        if tag == "meta" and a.get("name") == "kamergraph-id":
            self.meta_ids.append(a.get("content"))

    handle_startendtag = handle_starttag


@functools.lru_cache(maxsize=None)
def parse(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def check_links(site):
    pages = 0
    links = 0
    for folder, _, files in os.walk(site):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            page = parse(path)
            pages += 1
            if len(page.meta_ids) != 1 or not page.meta_ids[0]:
                fail("%s: %d kamergraph-id meta tags" % (path, len(page.meta_ids)))
            for tag, url in page.links:
                parts = urllib.parse.urlsplit(url)
                if parts.scheme or parts.netloc:
                    if parts.scheme not in ("https", "http"):
                        fail("%s: <%s> %s: not a web link" % (path, tag, url))
                    continue
                links += 1
                target = path if parts.path == "" else os.path.normpath(
                    os.path.join(folder, urllib.parse.unquote(parts.path)))
                if not target.startswith(os.path.abspath(site)) or not os.path.isfile(target):
                    fail("%s: <%s> %s: no such file %s" % (path, tag, url, target))
                    continue
                frag = urllib.parse.unquote(parts.fragment)
                if frag and target.endswith(".html") and frag not in parse(target).ids:
                    fail("%s: <%s> %s: no id %r in %s" % (path, tag, url, frag, target))
    if pages == 0:
        fail("%s: no pages" % site)
    ok("%d pages, %d relative links: each leads to a file and an id there" % (pages, links))
    return pages


# ---- WebDriver ------------------------------------------------------------------


class Driver:
    def __init__(self, profile):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.log = open(os.path.join(profile, "chromedriver.log"), "w")
        self.proc = subprocess.Popen([CHROMEDRIVER, "--port=%d" % self.port],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.base = "http://127.0.0.1:%d" % self.port
        for _ in range(100):
            try:
                if self.call("GET", "/status")["value"].get("ready"):
                    break
            except OSError:
                pass
            time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM,
                                   "args": FLAGS + ["--user-data-dir=" + os.path.join(profile, "p"),
                                                    "--window-size=1280,1600"]}}}}
        self.session = self.call("POST", "/session", caps)["value"]["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.loads(r.read().decode())
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s" % (method, path, e.read().decode()[:500]))

    def s(self, method, path, body=None):
        if method == "POST" and body is None:
            body = {}   # WebDriver wants a JSON body on every POST
        return self.call(method, "/session/" + self.session + path, body)["value"]

    def go(self, url):
        self.s("POST", "/url", {"url": url})

    def url(self):
        return self.s("GET", "/url")

    def find(self, css, wait=5.0):
        end = time.time() + wait
        while True:
            found = self.s("POST", "/elements", {"using": "css selector", "value": css})
            if found or time.time() > end:
                return [list(e.values())[0] for e in found]
            time.sleep(0.1)

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def size(self, w, h):
        self.s("POST", "/window/rect", {"width": w, "height": h})

    def shot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.s("GET", "/screenshot")))

    def quit(self):
        try:
            self.call("DELETE", "/session/" + self.session)
        finally:
            self.proc.terminate()
            self.proc.wait(10)
            self.log.close()


def element(eid):
    return {"element-6066-11e4-a52e-4f735466cecf": eid}


def meta_id(d):
    return d.js("var m = document.querySelector('meta[name=kamergraph-id]');"
                "return m ? m.content : null;")


def search(d, base, what):
    """Type into the index's search box; the results' hrefs."""
    d.go(base + "index.html")
    box = d.find("#q")
    if not box:
        fail("%sindex.html: no search box #q" % base)
        return []
    d.s("POST", "/element/%s/value" % box[0], {"text": what})
    links = d.find("#results li a", wait=10)
    return [d.js("return arguments[0].getAttribute('href');", element(e)) for e in links]


def walk(d, base, shots):
    hits = search(d, base, "voortgang spreiding")
    if hits and hits[0] == "letters/kst-36901-1.html":
        ok("%s: typing 'voortgang spreiding' finds letters/kst-36901-1.html first (%d found)"
           % (base, len(hits)))
    else:
        fail("%s: search for 'voortgang spreiding' gave %r" % (base, hits))
    status = d.js("return document.getElementById('search-status').textContent;")
    if not status or "found" not in status:
        fail("%s: the search says %r" % (base, status))
    kinds = search(d, base, "sneller")
    if "motions/motie~3asneller~2bvermeer.html" not in kinds:
        fail("%s: search 'sneller' does not find the motion: %r" % (base, kinds))
    if shots:
        d.size(1280, 2200)
        d.js("window.scrollTo(0, 0);")
        d.shot(os.path.join(shots, "site-index.png"))
        d.size(1280, 1600)

    # from a letter, through a reference, to the letter it cites
    d.go(base + "letters/kst-36901-2.html")
    refs = d.find("a.ref.ref-letter[href$='letters/kst-36901-1.html']")
    if not refs:
        fail("letters/kst-36901-2.html: no reference linking to kst-36901-1")
        return
    d.s("POST", "/element/%s/click" % refs[0])
    d.find("meta[name=kamergraph-id][content='kst-36901-1']")
    if d.url().endswith("letters/kst-36901-1.html") and meta_id(d) == "kst-36901-1":
        ok("%s: a reference in kst-36901-2 leads to the page of kst-36901-1" % base)
    else:
        fail("after the click: %s (%s)" % (d.url(), meta_id(d)))

    # and back through its cited-by list, to the citing sentence
    back = d.find("#cited-by a.at[href*='kst-36901-2.html#r-']")
    if not back:
        fail("letters/kst-36901-1.html: kst-36901-2 is not in its cited-by list")
        return
    d.s("POST", "/element/%s/click" % back[0])
    d.find("meta[name=kamergraph-id][content='kst-36901-2']")
    here = d.url()
    frag = urllib.parse.urlsplit(here).fragment
    target = d.js("var e = document.getElementById(arguments[0]);"
                  "return e ? e.getAttribute('href') : null;", frag)
    if meta_id(d) == "kst-36901-2" and target and target.endswith("kst-36901-1.html"):
        ok("%s: its cited-by list leads back to the citation in kst-36901-2 (#%s)" % (base, frag))
    else:
        fail("back: %s, #%s is %r" % (here, frag, target))

    # what a reference is, shown on keyboard focus (and on hover, by the same rule)
    shown = d.js("var a = document.getElementById(arguments[0]); a.focus();"
                 "var t = document.getElementById(a.getAttribute('aria-describedby'));"
                 "return [getComputedStyle(t).display, t.textContent];", frag)
    if shown[0] == "block" and "kst-36901-1" in shown[1]:
        ok("%s: focusing a reference shows what it is: %s" % (base, shown[1]))
    else:
        fail("focus: the tip is %r" % (shown,))
    hidden = d.js("document.activeElement.blur();"
                  "return getComputedStyle(document.getElementById('t-0')).display;")
    if hidden != "none":
        fail("the tip stays shown without focus or hover: %r" % hidden)

    # footnotes, both ways
    d.go(base + "letters/kst-36901-1.html")
    marker = d.find("sup.fn a[href='#fn-1']")
    note = d.find("#fn-1 a.back[href='#fnref-1']")
    if marker and note:
        d.s("POST", "/element/%s/click" % marker[0])
        at = urllib.parse.urlsplit(d.url()).fragment
        d.s("POST", "/element/%s/click" % note[0])
        again = urllib.parse.urlsplit(d.url()).fragment
        if (at, again) == ("fn-1", "fnref-1"):
            ok("%s: footnote 1 of kst-36901-1: marker to note and back" % base)
        else:
            fail("footnote links went to #%s and #%s" % (at, again))
    else:
        fail("kst-36901-1: footnote marker or note missing")

    if shots:
        d.go(base + "letters/kst-36901-1.html")
        d.size(1280, 2000)
        first = d.find("#r-0")
        if first:
            d.js("arguments[0].focus(); window.scrollTo(0, 0);", element(first[0]))
        d.shot(os.path.join(shots, "site-letter.png"))
        d.size(1280, 1600)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site):
    handler = functools.partial(Quiet, directory=site)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main():
    site, shots = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    print("site in the browser: " + site)
    check_links(site)
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    d = None
    try:
        d = Driver(profile)
        walk(d, "file://" + site + "/", shots)
        httpd = serve(site)
        try:
            walk(d, "http://127.0.0.1:%d/" % httpd.server_address[1], None)
        finally:
            httpd.shutdown()
    except Exception as e:  # the browser or the driver failed: say what it said
        fail("webdriver: %s" % e)
        log = os.path.join(profile, "chromedriver.log")
        if os.path.exists(log):
            print(open(log).read()[-3000:])
    finally:
        if d:
            d.quit()
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print("%d failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
