#!/usr/bin/env bash
# build.sh: installs what is missing, builds every target, serves the page, runs the tests.
#
#   ./build.sh          build build/native, build/node and build/web (threaded and fallback)
#   ./build.sh serve    build, then serve build/web with the cross-origin-isolation headers
#   ./build.sh test     build, then run every test; the last line reads "N passed, N failed"
#   ./build.sh test-sanitize  the native unit, golden and concurrency conformance tests under
#                             TSan, then ASan + UBSan
#   ./build.sh bench    build, time bench/*.go against Go and yaegi, then the page's budgets
#   ./build.sh dist     build, then write build/dist: the site for any static host
#   ./build.sh budgets  dist, then measure its first visit in Chromium against our budgets
#   ./build.sh fuzz [S] build the front end under ASan/UBSan with libFuzzer and fuzz it for S
#                       seconds (default 600); findings land in build/fuzz/findings/
#
# Third-party code (SDL2, Dear ImGui, GoogleTest) is built once into a cache outside the
# clone, ~/.cache/goroutine-lab/<name>-<version>-<flags hash>/, so a fresh clone on the same
# machine only compiles our own sources.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${GOLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/goroutine-lab}
port=${PORT:-8080}
jobs=$(nproc 2>/dev/null || echo 2)

sdl2_version=2.26.5
imgui_version=1.86
font=/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf

# emcc runs acorn from Debian's node-acorn; the machine's node does not look there by itself.
export NODE_PATH=/usr/share/nodejs

log() { printf 'build: %s\n' "$*" >&2; }
die() { printf 'build: error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "need root to run: $*"
    fi
}

# NOTE: first lines are taken with `sed -n 1p`, never `head`: head closes the pipe early and
# the writer (emcc is Python) can die of SIGPIPE, which pipefail turns into a failed build.

# Returns a short hash of its arguments: the cache key of a build recipe.
recipe_hash() { printf '%s\n' "$@" | sha256sum | cut -c1-12; }

# ---------------------------------------------------------------------------------------------
# [1] System packages and Debian source archives
# ---------------------------------------------------------------------------------------------

sdl2_orig() { compgen -G "$cache/downloads/libsdl2_${sdl2_version}+*.orig.tar.gz" | sed -n 1p; }
imgui_orig() { compgen -G "$cache/downloads/imgui_${imgui_version}+*.orig.tar.xz" | sed -n 1p; }

has_deb_src() {
    grep -qsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list \
        /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources
}

# NOTE: apt-get update runs at most once, and only when a package or a source archive is
# missing, so a machine that has everything never touches the network.
ensure_dependencies() {
    local missing=()
    command -v emcc >/dev/null || missing+=(emscripten)
    command -v cmake >/dev/null || missing+=(cmake)
    command -v ninja >/dev/null || missing+=(ninja-build)
    command -v g++ >/dev/null || missing+=(g++)
    command -v xz >/dev/null || missing+=(xz-utils)
    [ -x /usr/bin/python3 ] || missing+=(python3)
    [ -f /usr/src/googletest/CMakeLists.txt ] || missing+=(googletest)
    [ -x /usr/bin/go ] || missing+=(golang-go)
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -f "$font" ] || missing+=(fonts-jetbrains-mono)
    command -v brotli >/dev/null || missing+=(brotli)
    # pyftsubset keeps only the glyphs the page draws of the font it embeds.
    command -v pyftsubset >/dev/null || missing+=(fonttools)
    command -v npm >/dev/null || die "npm is missing: install Node.js with npm first"

    local need_sources=0
    [ -n "$(sdl2_orig)" ] && [ -n "$(imgui_orig)" ] || need_sources=1
    [ ${#missing[@]} -gt 0 ] || [ $need_sources = 1 ] || return 0

    if [ $need_sources = 1 ] && ! has_deb_src; then
        # Source indexes: the machine's own Debian entries with Types: deb-src.
        [ -f /etc/apt/sources.list.d/debian.sources ] ||
            die "no /etc/apt/sources.list.d/debian.sources to derive a deb-src entry from"
        log "enabling Debian source indexes"
        sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
            as_root tee /etc/apt/sources.list.d/goroutine-lab-src.sources >/dev/null
    fi
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    if [ $need_sources = 1 ]; then
        log "fetching the SDL2 and Dear ImGui source archives"
        mkdir -p "$cache/downloads"
        (cd "$cache/downloads" && apt-get source -qq --download-only libsdl2 imgui)
        [ -n "$(sdl2_orig)" ] || die "apt-get source gave no SDL2 $sdl2_version archive"
        [ -n "$(imgui_orig)" ] || die "apt-get source gave no Dear ImGui $imgui_version archive"
    fi
}

# ---------------------------------------------------------------------------------------------
# [2] Third-party builds, cached outside the clone
# ---------------------------------------------------------------------------------------------
# Each recipe builds into a temporary directory and renames it into place when it is
# complete, so an interrupted build never leaves a half-filled cache entry behind.

sdl2_static=(-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL2_DISABLE_SDL2MAIN=ON)
sdl2_unused=(
    -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF
    -DSDL_POWER=OFF -DSDL_RENDER=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF
)
# NOTE: the threaded page links objects built with -pthread only, and the single-thread
# fallback page cannot link any of them (wasm-ld refuses atomics without shared memory), so
# SDL2 is built twice. The threaded list keeps its old order: its cache key stays the same.
sdl2_threaded_flags=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS=-pthread "${sdl2_static[@]}"
    -DSDL_THREADS=ON -DSDL_PTHREADS=ON "${sdl2_unused[@]}")
sdl2_single_flags=(-DCMAKE_BUILD_TYPE=Release "${sdl2_static[@]}" -DSDL_THREADS=OFF
    "${sdl2_unused[@]}")

# Builds SDL2 for WebAssembly; $1 = threaded | single. Sets sdl2_dir.
build_sdl2() {
    local kind=$1 emcc_version
    local -n flags=sdl2_${kind}_flags
    emcc_version=$(emcc --version | sed -n 1p)
    sdl2_dir=$cache/sdl2-$sdl2_version-$(recipe_hash "$emcc_version" "${flags[@]}")
    [ -f "$sdl2_dir/lib/libSDL2.a" ] && return 0

    log "building SDL2 $sdl2_version ($kind) for WebAssembly (once per machine: 5-15 minutes)"
    local tmp
    tmp=$(mktemp -d "$cache/tmp-sdl2.XXXXXX")
    tar xzf "$(sdl2_orig)" -C "$tmp"
    emcmake cmake -S "$tmp/SDL2-$sdl2_version" -B "$tmp/build" -G Ninja "${flags[@]}" \
        -DCMAKE_INSTALL_PREFIX="$tmp/install" >"$tmp/configure.log" 2>&1 ||
        { tail -n 30 "$tmp/configure.log"; die "SDL2 configure failed (log: $tmp)"; }
    cmake --build "$tmp/build" -j "$jobs" >"$tmp/build.log" 2>&1 ||
        { tail -n 30 "$tmp/build.log"; die "SDL2 build failed (log: $tmp)"; }
    cmake --install "$tmp/build" >/dev/null
    rm -rf "$sdl2_dir"
    mv "$tmp/install" "$sdl2_dir"
    rm -rf "$tmp"
}

unpack_imgui() {
    imgui_dir=$cache/imgui-$imgui_version
    [ -f "$imgui_dir/imgui.cpp" ] && return 0

    log "unpacking Dear ImGui $imgui_version"
    local tmp
    tmp=$(mktemp -d "$cache/tmp-imgui.XXXXXX")
    tar xJf "$(imgui_orig)" -C "$tmp"
    rm -rf "$imgui_dir"
    mv "$tmp/imgui-$imgui_version" "$imgui_dir"
    rm -rf "$tmp"
}

gtest_flags=(-DCMAKE_BUILD_TYPE=Release -DBUILD_GMOCK=OFF -DCMAKE_CXX_FLAGS=-pthread)

# Builds GoogleTest from Debian's sources; $1 = native | wasm. Sets gtest_dir.
build_gtest() {
    local kind=$1 version compiler
    version=$(dpkg-query -W -f='${Version}' googletest 2>/dev/null | cut -d- -f1)
    if [ "$kind" = wasm ]; then
        compiler=$(emcc --version | sed -n 1p)
    else
        compiler=$(g++ --version | sed -n 1p)
    fi
    gtest_dir=$cache/googletest-$version-$kind-$(recipe_hash "$compiler" "${gtest_flags[@]}")
    [ -f "$gtest_dir/lib/libgtest.a" ] && return 0

    log "building GoogleTest $version ($kind)"
    local tmp configure=(cmake)
    [ "$kind" = wasm ] && configure=(emcmake cmake)
    tmp=$(mktemp -d "$cache/tmp-gtest.XXXXXX")
    "${configure[@]}" -S /usr/src/googletest -B "$tmp/build" -G Ninja "${gtest_flags[@]}" \
        -DCMAKE_INSTALL_PREFIX="$tmp/install" >"$tmp/build.log" 2>&1 &&
        cmake --build "$tmp/build" -j "$jobs" >>"$tmp/build.log" 2>&1 &&
        cmake --install "$tmp/build" >>"$tmp/build.log" 2>&1 ||
        { tail -n 30 "$tmp/build.log"; die "GoogleTest ($kind) build failed (log: $tmp)"; }
    rm -rf "$gtest_dir"
    mv "$tmp/install" "$gtest_dir"
    rm -rf "$tmp"
}

# ---------------------------------------------------------------------------------------------
# [3] Our three build directories
# ---------------------------------------------------------------------------------------------

# Configures (when the arguments changed) and builds one directory: $1 = dir, rest = cmake args.
build_dir() {
    local dir=$root/build/$1
    shift
    local args=(-G Ninja -DCMAKE_BUILD_TYPE=Release "$@")
    local configure=(cmake)
    case "$dir" in */wasm-*) configure=(emcmake cmake) ;; esac

    mkdir -p "$dir"
    local previous
    previous=$(cat "$dir/.golab-args" 2>/dev/null || true)
    if [ ! -f "$dir/build.ninja" ] || [ "$previous" != "${args[*]}" ]; then
        "${configure[@]}" -S "$root" -B "$dir" "${args[@]}" >"$dir/configure.log" 2>&1 ||
            { cat "$dir/configure.log"; die "configure of build/$(basename "$dir") failed"; }
        printf '%s' "${args[*]}" >"$dir/.golab-args"
    fi
    # NOTE: `|| die`, not set -e: `./build.sh test` calls build_all inside `if !`, where bash
    # ignores set -e, and a failed link must not leave the tests to run on old outputs.
    cmake --build "$dir" -j "$jobs" || die "build of build/$(basename "$dir") failed"
}

build_all() {
    local t0=$SECONDS
    ensure_dependencies
    mkdir -p "$cache"
    build_sdl2 single
    local sdl2_single=$sdl2_dir
    build_sdl2 threaded
    unpack_imgui
    build_gtest native
    local gtest_native=$gtest_dir
    build_gtest wasm
    local gtest_wasm=$gtest_dir

    log "build/native"
    build_dir native-obj -DGOLAB_TARGET=native -DGOLAB_GTEST_ROOT="$gtest_native"
    log "build/node"
    build_dir wasm-cli -DGOLAB_TARGET=node -DGOLAB_GTEST_ROOT="$gtest_wasm"
    log "build/web"
    build_dir wasm-web -DGOLAB_TARGET=web -DGOLAB_SDL2_ROOT="$sdl2_dir" \
        -DGOLAB_IMGUI_DIR="$imgui_dir" -DGOLAB_FONT="$font"
    log "build/web: the single-thread fallback"
    build_dir wasm-web-st -DGOLAB_TARGET=web -DGOLAB_THREADS=OFF \
        -DGOLAB_SDL2_ROOT="$sdl2_single" -DGOLAB_IMGUI_DIR="$imgui_dir" -DGOLAB_FONT="$font"
    log "built in $((SECONDS - t0)) s"
}

# Writes build/dist, the site for static hosts, from build/web (see tools/dist.py).
make_dist() {
    /usr/bin/python3 "$root/tools/dist.py" --web "$root/build/web" --out "$root/build/dist"
}

# ---------------------------------------------------------------------------------------------
# [4] Tests
# ---------------------------------------------------------------------------------------------

passed=0
failed=0

# Runs one gtest binary (the command line in "$@") and adds its test counts. It may take
# GOLAB_GTEST_TIMEOUT seconds (300 by default; a sanitized binary gets more).
run_gtest() {
    local name=$1 out rc=0
    shift
    log "unit tests: $name"
    out=$(mktemp)
    timeout "${GOLAB_GTEST_TIMEOUT:-300}" "$@" --gtest_brief=1 2>&1 | tee "$out" || rc=$?
    # Brief mode prints failures, then "[==========] N tests from M test suites ran.",
    # "[  PASSED  ] K tests." and maybe "[  SKIPPED ] S tests"; the failures are the rest.
    local ran ok skipped
    ran=$(sed -n 's/^\[==========\] \([0-9]*\) tests\{0,1\} from .* ran\..*/\1/p' "$out" |
        tail -n 1)
    ok=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) tests\{0,1\}\..*/\1/p' "$out" | tail -n 1)
    skipped=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) tests\{0,1\},.*/\1/p' "$out" | tail -n 1)
    rm -f "$out"
    if [ -z "$ran" ]; then
        # A crash or a hang ends the binary before gtest reports: one failure.
        log "$name ended (exit $rc) before reporting"
        failed=$((failed + 1))
        return
    fi
    passed=$((passed + ${ok:-0}))
    failed=$((failed + ran - ${ok:-0} - ${skipped:-0}))
}

# Adds the counts of a "... N passed, N failed" line found in file $1.
add_summary() {
    local line
    line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1 || true)
    if [ -z "$line" ]; then
        failed=$((failed + 1))
        return
    fi
    passed=$((passed + $(sed -E 's/.*\b([0-9]+) passed.*/\1/' <<<"$line")))
    failed=$((failed + $(sed -E 's/.*\b([0-9]+) failed.*/\1/' <<<"$line")))
}

ensure_playwright() {
    local dir=$root/tests/browser
    [ -f "$dir/node_modules/playwright-core/package.json" ] && return 0
    log "npm install (playwright-core, no browser download)"
    # NOTE: no lock file: playwright-core has no dependencies and package.json pins its exact
    # version, and a lock file would write the registry's address into the repository.
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-package-lock \
        --no-audit --no-fund --loglevel=error)
}

run_tests() {
    local out
    out=$(mktemp)

    [ -x "$root/build/native-obj/unit_tests" ] &&
        run_gtest native "$root/build/native-obj/unit_tests"
    [ -f "$root/build/wasm-cli/unit_tests.js" ] &&
        run_gtest wasm node --no-experimental-fetch "$root/build/wasm-cli/unit_tests.js"

    if compgen -G "$root/tests/golden/*.go" >/dev/null; then
        log "golden tests"
        "$root/tests/golden/run" 2>&1 | tee "$out" || true
        add_summary "$out"
    fi

    log "command-line tests"
    "$root/tests/cli/run" 2>&1 | tee "$out" || true
    add_summary "$out"

    if compgen -G "$root/tests/conformance/*.go" >/dev/null; then
        log "conformance tests"
        "$root/tests/conformance/run" 2>&1 | tee "$out" || true
        add_summary "$out"
    fi

    log "browser tests"
    if ensure_playwright; then
        # node's test runner reports in TAP when asked: "# pass N" and "# fail N" end the run.
        (cd "$root" && timeout 900 node --test --test-reporter=tap tests/browser/) 2>&1 |
            tee "$out" || true
        local ok bad
        ok=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$out" | tail -n 1)
        bad=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$out" | tail -n 1)
        passed=$((passed + ${ok:-0}))
        failed=$((failed + ${bad:-1}))
    else
        log "could not install playwright-core: the browser tests count as one failure"
        failed=$((failed + 1))
    fi
    rm -f "$out"

    echo "$passed passed, $failed failed"
    [ "$failed" = 0 ] && [ "$passed" -gt 0 ]
}

# Builds the native runtime, VM and CLI under one sanitizer into build/native-$1 and runs the
# unit tests, the golden programs and the concurrency programs of the conformance suite (those
# using go, chan, select, sync or time; on both executors, then again with the garbage
# collector at nearly every safepoint) there. $1 = tsan | asan
# (AddressSanitizer with UBSan). Any report ends that binary with a non-zero exit, so it
# counts as a failure.
run_sanitized() {
    local kind=$1 flags out
    case $kind in
    tsan) flags="-fsanitize=thread" ;;
    asan) flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined" ;;
    esac
    build_gtest native
    log "build/native-$kind"
    build_dir "native-$kind" -DGOLAB_TARGET=native -DGOLAB_GTEST_ROOT="$gtest_dir" \
        -DGOLAB_OUTPUT_ROOT="$root/build/native-$kind/out" \
        "-DCMAKE_CXX_FLAGS=$flags -g -fno-omit-frame-pointer" "-DCMAKE_EXE_LINKER_FLAGS=$flags"
    # NOTE: the stress test runs fewer programs here: a sanitized VM is 5-15 times slower, and
    # the unit tests, which take 300 s under ThreadSanitizer on an idle two-core machine, get
    # 1,200 s, so a busy CI machine does not stop them half-way.
    export GOLAB_GTEST_TIMEOUT=1200
    export TSAN_OPTIONS="halt_on_error=1 exitcode=66" ASAN_OPTIONS="halt_on_error=1"
    export UBSAN_OPTIONS="halt_on_error=1 print_stacktrace=1" GOLAB_STRESS_PROGRAMS=300
    # The lost-updates lesson races on purpose (tests/golden/*.races): its threaded run is left
    # out under ThreadSanitizer only.
    if [ "$kind" = tsan ]; then export GOLAB_SKIP_RACES=1; fi
    run_gtest "$kind" "$root/build/native-$kind/unit_tests"
    log "golden tests under $kind"
    out=$(mktemp)
    GOLAB_GOLDEN_CLI="$root/build/native-$kind/out/native/goroutine-lab" GOLAB_GOLDEN_TIMEOUT=600 \
        "$root/tests/golden/run" 2>&1 | tee "$out" || true
    add_summary "$out"
    log "concurrency conformance programs under $kind, virtual and threaded"
    GOLAB_GOLDEN_CLI="$root/build/native-$kind/out/native/goroutine-lab" GOLAB_GOLDEN_TIMEOUT=600 \
        GOLAB_ONLY_MATCHING='\bgo [a-zA-Z(]|\bchan\b|\bselect\b|\bsync\b|\btime\.' \
        GOLAB_ALSO_THREADED=1 "$root/tests/conformance/run" 2>&1 | tee "$out" || true
    add_summary "$out"
    # The garbage collector at nearly every safepoint: a missing root frees an object that is
    # still in use, which AddressSanitizer reports (and ThreadSanitizer a collection that
    # races a running goroutine).
    log "concurrency conformance programs under $kind with GOLAB_GC_STRESS=1"
    GOLAB_GC_STRESS=1 GOLAB_GOLDEN_CLI="$root/build/native-$kind/out/native/goroutine-lab" \
        GOLAB_GOLDEN_TIMEOUT=600 \
        GOLAB_ONLY_MATCHING='\bgo [a-zA-Z(]|\bchan\b|\bselect\b|\bsync\b|\btime\.' \
        GOLAB_ALSO_THREADED=1 "$root/tests/conformance/run" 2>&1 | tee "$out" || true
    add_summary "$out"
    rm -f "$out"
    unset TSAN_OPTIONS ASAN_OPTIONS UBSAN_OPTIONS GOLAB_STRESS_PROGRAMS GOLAB_GTEST_TIMEOUT \
        GOLAB_SKIP_RACES
}

# The peers the benchmark compares us with: Go compiles each program, yaegi interprets it. Only
# `bench` needs yaegi, so the tests never install it.
ensure_bench_peers() {
    local missing=()
    [ -x /usr/bin/go ] || missing+=(golang-go)
    command -v yaegi >/dev/null || missing+=(yaegi)
    [ ${#missing[@]} -gt 0 ] || return 0
    log "installing ${missing[*]} (the benchmark's peers)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ---------------------------------------------------------------------------------------------
# [5] Fuzzing
# ---------------------------------------------------------------------------------------------

# Fuzzes lexer, parser, checker and compiler for $1 seconds, starting from every golden and
# conformance program; the corpus it grows is kept in build/fuzz/corpus for the next run.
run_fuzz() {
    local seconds=$1 dir=$root/build/fuzz
    [ "$seconds" -gt 0 ] 2>/dev/null || die "fuzz: seconds must be a positive number"
    if ! command -v clang++ >/dev/null; then
        log "installing clang (libFuzzer and the sanitizers)"
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends clang
    fi
    log "build/fuzz (clang, ASan, UBSan, libFuzzer)"
    build_dir fuzz-obj -DGOLAB_TARGET=fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
    mkdir -p "$dir/corpus" "$dir/findings"
    # Seeds keep their suite in the name: both suites hold a defer_order.go, for one.
    local seed
    for seed in "$root"/tests/golden/*.go "$root"/tests/conformance/*.go \
        "$root"/src/lessons/*.go; do
        cp "$seed" "$dir/corpus/$(basename "$(dirname "$seed")")_$(basename "$seed")"
    done
    log "fuzzing for $seconds s"
    # NOTE: a 10 s limit per input: the slowest seed compiles in well under a second.
    "$root/build/fuzz-obj/fuzz_frontend" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -dict="$root/tests/fuzz/go.dict" -print_final_stats=1 \
        -artifact_prefix="$dir/findings/" "$dir/corpus"
}

# ---------------------------------------------------------------------------------------------
# [6] Commands
# ---------------------------------------------------------------------------------------------

case "${1:-build}" in
build)
    build_all
    ;;
serve)
    build_all
    # serve.py prints the page's address once it listens.
    exec /usr/bin/python3 "$root/tools/serve.py" --dir "$root/build/web" "$port"
    ;;
dist)
    build_all
    make_dist
    ;;
budgets)
    build_all
    make_dist >/dev/null
    ensure_playwright
    node "$root/tools/budgets.mjs" "$root/build/dist"
    ;;
test)
    # A build that fails is one failure in the summary, so CI's last line always reads the same.
    # The browser tests also play the deployed site: build/dist.
    if ! (build_all && make_dist >/dev/null); then
        echo "0 passed, 1 failed"
        exit 1
    fi
    run_tests
    ;;
test-sanitize)
    # The native runtime and VM under ThreadSanitizer, then AddressSanitizer + UBSan.
    ensure_dependencies
    mkdir -p "$cache"
    run_sanitized tsan
    run_sanitized asan
    echo "$passed passed, $failed failed"
    [ "$failed" = 0 ] && [ "$passed" -gt 0 ]
    ;;
bench)
    # Not a test: times bench/*.go on Go, yaegi and our builds (tools/bench.py --help), then
    # measures the page's first visit against its budgets (tools/budgets.mjs).
    build_all
    ensure_bench_peers
    shift
    /usr/bin/python3 "$root/tools/bench.py" "$@"
    make_dist >/dev/null
    ensure_playwright
    node "$root/tools/budgets.mjs" "$root/build/dist"
    ;;
fuzz)
    run_fuzz "${2:-600}"
    ;;
*)
    echo "usage: ./build.sh [serve|test|test-sanitize|bench|dist|budgets|fuzz [seconds]]" >&2
    exit 2
    ;;
esac
