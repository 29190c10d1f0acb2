#!/usr/bin/env python3
"""dist.py: turns build/web into build/dist, the folder a static host serves.

Every file but the HTML pages and the service worker gets its content's hash in its name
(main.1a2b3c4d5e.js), so a browser may keep it forever and a page can never load files of
two deploys. References are rewritten to match: the HTML names the hashed script and
styles, main.js names the hashed programs, sw.js learns the deploy's version and what to
keep for offline visits. Beside each text or wasm file go .gz and .br copies for hosts that
serve precompressed files, then a _headers file and DEPLOY.md. Prints what it wrote.
"""
import argparse
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

# Programs built by Emscripten, as main.js asks for them.
PROGRAMS = [
    "goroutine-lab.js", "goroutine-lab.wasm", "goroutine-lab.worker.js",
    "goroutine-lab-st.js", "goroutine-lab-st.wasm",
]
PAGES = ["index.html", "embed.html"]
COMPRESSED = (".html", ".js", ".css", ".wasm", ".md", ".json")
HASH_LENGTH = 10  # sw.js recognises hashed names by exactly this many hex digits


def hashed_name(name, data):
    digest = hashlib.sha256(data).hexdigest()[:HASH_LENGTH]
    stem, dot, ext = name.partition(".")
    return f"{stem}.{digest}.{ext}" if dot else f"{name}.{digest}"


def replace_once(text, old, new, where):
    if text.count(old) != 1:
        sys.exit(f"dist: expected one {old!r} in {where}, found {text.count(old)}")
    return text.replace(old, new)


def headers_file(hashed):
    lines = [
        "# _headers: response headers for hosts that read this file (Netlify, Cloudflare",
        "# Pages). Elsewhere set the same headers in the server's configuration; DEPLOY.md.",
        "/*",
        "  Cross-Origin-Opener-Policy: same-origin",
        "  Cross-Origin-Embedder-Policy: require-corp",
        "  Cross-Origin-Resource-Policy: cross-origin",
        "/",
        "  Cache-Control: no-cache",
    ]
    for name in PAGES + ["sw.js"]:
        lines += [f"/{name}", "  Cache-Control: no-cache"]
    for name in sorted(hashed):
        lines += [f"/{name}", "  Cache-Control: public, max-age=31536000, immutable"]
        if name.endswith(".wasm"):
            lines.append("  Content-Type: application/wasm")
    return "\n".join(lines) + "\n"


DEPLOY = """# Deploying Goroutine Lab

This folder is the whole site: copy it to any static host (a university web space, GitHub
Pages, an S3 bucket, Netlify). Every path in it is relative, so it also works from a
subfolder.

## Headers

The page runs goroutines on Web Workers only where the browser gives it shared memory,
which needs the first two of these response headers on every file; the third lets a course
page that is cross-origin isolated itself put the page in a frame (without it that frame
stays blank):

    Cross-Origin-Opener-Policy: same-origin
    Cross-Origin-Embedder-Policy: require-corp
    Cross-Origin-Resource-Policy: cross-origin

`_headers` sets them on hosts that read that file (Netlify, Cloudflare Pages), together
with long caching for the files whose names carry a hash. Elsewhere, add them in the
server's settings if you can. If you cannot, nothing breaks: the page's service worker
(`sw.js`) adds them and reloads the page once, and where even that is impossible (an old
browser, some private windows, an iframe whose parent is not isolated) the page runs a
single-thread build that simulates the same cores on one thread and says so in a banner.

`.gz` and `.br` beside each file are precompressed copies, for servers that can serve them
(nginx `gzip_static`/`brotli_static`, Caddy `precompressed`). Serve `.wasm` as
`application/wasm`.

## Embedding in a course page

    <iframe src="https://your.host/goroutine-lab/embed.html?lesson=waitgroup"
            width="100%" height="480" style="border: 0"
            allow="cross-origin-isolated"
            title="Goroutine Lab: WaitGroup"></iframe>

The address takes `lesson=<id>`, `run=1` (start the program at once), `threads=0` (the
single-thread build) and `overview=instanced` or `overview=quads` (how the overview of many
goroutines is drawn: one instanced draw, for a real GPU, or indexed quads, for a software
renderer; by default the browser's renderer chooses).

`allow="cross-origin-isolated"` lets the frame use threads when the course page itself is
cross-origin isolated; without it the frame runs the single-thread build. The frame shows
the code, the controls, the clock and the goroutine lanes, with a link that opens the same
program in the full page. It sends the parent `{source: "goroutine-lab", type: "ready" |
"state" | "height", ...}` messages and accepts `{type: "load", lesson}` or
`{type: "load", code}`, `{type: "run" | "pause" | "step" | "reset"}`,
`{type: "setSpeed", speed}` (0.1 to 10) and `{type: "setProcs", procs}`; anything else is
ignored. A `height` message says how tall the frame would like to be. A `state` message's
`goroutines` lists the first 100 goroutines at most; `goroutine_count` counts them all and
`goroutine_states` how many are in each state (`running`, `sleeping`, `done`, ...).

## Updating

Copy the new folder over the old one (or replace it). Visitors get the new version on
their next visit; the service worker drops the old version's files then.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--web", required=True, help="the built site (build/web)")
    parser.add_argument("--out", required=True, help="where to write (build/dist)")
    args = parser.parse_args()

    def read(name):
        with open(os.path.join(args.web, name), "rb") as f:
            return f.read()

    missing = [n for n in PROGRAMS + PAGES + ["main.js", "permalink.js", "style.css", "sw.js"]
               if not os.path.isfile(os.path.join(args.web, n))]
    if missing:
        sys.exit(f"dist: {args.web} lacks {', '.join(missing)}: build the page first")

    out = {}  # name in dist -> bytes
    names = {}  # name in build/web -> name in dist

    # 1. The programs and the permalink module keep their bytes; only their names change.
    for name in PROGRAMS + ["permalink.js", "style.css"]:
        data = read(name)
        names[name] = hashed_name(name, data)
        out[names[name]] = data

    # 2. main.js learns the hashed names, then is hashed itself.
    main_js = read("main.js").decode()
    main_js = replace_once(main_js, "from './permalink.js'",
                           f"from './{names['permalink.js']}'", "main.js")
    files = {n: names[n] for n in PROGRAMS + ["permalink.js", "style.css"]}
    # The deploy's version names its offline cache; main.js and sw.js must agree on it.
    version = hashlib.sha256(
        (json.dumps(sorted(names.values())) + main_js).encode()).hexdigest()[:12]
    main_js = replace_once(main_js, "const kBuild = { version: 'dev', files: {} };",
                           f"const kBuild = {json.dumps({'version': version, 'files': files})};",
                           "main.js")
    names["main.js"] = hashed_name("main.js", main_js.encode())
    out[names["main.js"]] = main_js.encode()

    # 3. The pages name the hashed script and styles.
    for page in PAGES:
        html = read(page).decode()
        html = replace_once(html, 'href="style.css"', f'href="{names["style.css"]}"', page)
        html = replace_once(html, 'src="main.js"', f'src="{names["main.js"]}"', page)
        out[page] = html.encode()

    # 4. The service worker: this deploy's version, and what it keeps at install.
    precache = ["./"] + PAGES + [names[n] for n in ("main.js", "permalink.js", "style.css")]
    sw = read("sw.js").decode()
    sw = replace_once(sw, "const kVersion = 'dev';", f"const kVersion = '{version}';", "sw.js")
    sw = replace_once(sw, "const kPrecache = [];", f"const kPrecache = {json.dumps(precache)};",
                      "sw.js")
    out["sw.js"] = sw.encode()
    out["_headers"] = headers_file([names[n] for n in names]).encode()
    out["DEPLOY.md"] = DEPLOY.encode()

    # 5. Write, then precompress.
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    for name, data in out.items():
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
    brotli = shutil.which("brotli")
    for name, data in out.items():
        if not name.endswith(COMPRESSED):
            continue
        path = os.path.join(args.out, name)
        with open(path + ".gz", "wb") as f:
            f.write(gzip.compress(data, compresslevel=9, mtime=0))
        if brotli:
            subprocess.run([brotli, "-q", "11", "-f", "-o", path + ".br", path], check=True)

    # 6. Report.
    print(f"dist: version {version} in {args.out}")
    for name in sorted(os.listdir(args.out)):
        if name.endswith((".gz", ".br")):
            continue
        path = os.path.join(args.out, name)
        sizes = [os.path.getsize(path)]
        for ext in (".gz", ".br"):
            sizes.append(os.path.getsize(path + ext) if os.path.exists(path + ext) else None)
        shown = "  ".join(f"{s / 1024:8.1f} KB" if s is not None else "           -"
                          for s in sizes)
        print(f"  {name:40s} {shown}")
    if not brotli:
        print("dist: no brotli on this machine: no .br copies (apt-get install brotli)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
