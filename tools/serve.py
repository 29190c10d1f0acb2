#!/usr/bin/env python3
"""serve.py: a static file server for build/web, on 127.0.0.1 only, for development and tests.

It adds the two headers that make the page cross-origin isolated (so SharedArrayBuffer, and
with it pthreads on Web Workers, exist), a third that lets isolated course pages frame it, and
serves .wasm with the MIME type browsers need for streaming compilation. --no-isolation leaves
the headers out, to test the page's message.
"""
import argparse
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".png": "image/png",
    }
    isolate = True
    quiet = False

    def end_headers(self):
        if self.isolate:
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
            # A course page that is isolated itself may only frame pages that allow it.
            self.send_header("Cross-Origin-Resource-Policy", "cross-origin")
        # A rebuilt .wasm must never meet a cached .js from the previous build.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int, nargs="?", default=8080, help="0 picks a free port")
    parser.add_argument("--dir", default=".", help="folder to serve")
    parser.add_argument("--no-isolation", action="store_true", help="omit COOP/COEP")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args()

    Handler.isolate = not args.no_isolation
    Handler.quiet = args.quiet
    handler = functools.partial(Handler, directory=args.dir)
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    except OSError as error:
        print(f"serve: cannot listen on 127.0.0.1:{args.port}: {error.strerror}; "
              f"pick another port (PORT=8081 ./build.sh serve)", file=sys.stderr)
        return 1
    with server:
        # The first line names the address, so a test that asked for port 0 can read it.
        print(f"serve: http://127.0.0.1:{server.server_address[1]}/", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
