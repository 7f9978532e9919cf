#!/usr/bin/python3
"""Run every console example of the README and compare what it prints, the
way cmark's spec is its test suite.

usage: tests/readme-examples.py README.md BUILD

A ```console block holds commands, each on a line starting with "$ ", and
after each the lines it prints (standard output and error, as a terminal
shows them). Each command runs with bash in a fresh folder that holds only
`examples/` and `build/` (a link to BUILD) from the project, as in a plain
clone: an example that needs anything else fails here."""
import os
import shutil
import subprocess
import sys
import tempfile

readme, build = sys.argv[1], os.path.abspath(sys.argv[2])
root = os.path.dirname(os.path.abspath(readme))


def examples(text):
    """(line number, command, expected output) for each console command."""
    lines, i = text.split("\n"), 0
    while i < len(lines):
        if lines[i].strip() != "```console":
            i += 1
            continue
        i += 1
        cmd, want, at = None, [], 0
        while i < len(lines) and lines[i].strip() != "```":
            if lines[i].startswith("$ "):
                if cmd is not None:
                    yield at, cmd, want
                cmd, want, at = lines[i][2:], [], i + 1
            else:
                want.append(lines[i])
            i += 1
        if cmd is not None:
            yield at, cmd, want
        i += 1


failed = ran = 0
with open(readme, encoding="utf-8") as f:
    text = f.read()
for at, cmd, want in examples(text):
    ran += 1
    with tempfile.TemporaryDirectory() as d:
        shutil.copytree(os.path.join(root, "examples"), os.path.join(d, "examples"))
        os.symlink(build, os.path.join(d, "build"))
        p = subprocess.run(["bash", "-c", cmd], cwd=d, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=120)
    got = p.stdout.decode("utf-8", "replace").rstrip("\n").split("\n")
    if got == [""]:
        got = []
    if got != want:
        failed += 1
        print(f"README.md:{at}: $ {cmd}")
        print("  want:\n" + "\n".join("    " + w for w in want))
        print("  got:\n" + "\n".join("    " + g for g in got))
print(f"README console examples: {ran - failed} of {ran} print what the README shows")
sys.exit(1 if failed or ran == 0 else 0)
