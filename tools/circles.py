#!/usr/bin/env python3
"""circles.py [BUILD]: source files that call each other in a circle, and
symbols that two files define.

Reads the object files under BUILD (default build/) with nm: a file
depends on another when it uses a symbol the other defines.  Prints each
strongly connected set of two or more files (a circle: A calls B calls
... calls A) and each symbol defined twice (a static library links
either copy without a word), then "N circles, M twice".  Exit 0 when
there are none."""
import os
import subprocess
import sys

build = sys.argv[1] if len(sys.argv) > 1 else "build"
objs = []
for top in ("core", "convert", "fetch", "solver", "review", "cli"):
    for root, _, files in os.walk(os.path.join(build, top)):
        objs += [os.path.join(root, f) for f in files if f.endswith(".o")]
defs, uses, twice = {}, {}, []
for o in sorted(objs):
    src = os.path.relpath(o, build)[:-2] + ".c"
    if not os.path.exists(src):   # an object left from a removed file
        continue
    out = subprocess.run(["nm", o], capture_output=True, text=True, check=True).stdout
    uses[src] = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TDBR":
            if parts[2] in defs:
                twice.append(f"{parts[2]} in {defs[parts[2]]} and {src}")
            defs[parts[2]] = src
        elif len(parts) == 2 and parts[0] == "U":
            uses[src].add(parts[1])
graph = {f: sorted({defs[s] for s in u if s in defs and defs[s] != f}) for f, u in uses.items()}

# Tarjan's strongly connected components, iteratively
index, low, on, stack, sccs, n = {}, {}, set(), [], [], 0
for start in sorted(graph):
    if start in index:
        continue
    work = [(start, 0)]
    while work:
        v, i = work.pop()
        if i == 0:
            index[v] = low[v] = n
            n += 1
            stack.append(v)
            on.add(v)
        for j in range(i, len(graph[v])):
            w = graph[v][j]
            if w not in index:
                work.append((v, j + 1))
                work.append((w, 0))
                break
            if w in on:
                low[v] = min(low[v], index[w])
        else:
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    sccs.append(sorted(comp))
            if work:
                u = work[-1][0]
                low[u] = min(low[u], low[v])
for c in sorted(sccs):
    print("circle: " + " ".join(c))
for t in twice:
    print("twice: " + t)
print(f"{len(sccs)} circles, {len(twice)} twice")
sys.exit(1 if sccs or twice else 0)
