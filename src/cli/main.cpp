// main.cpp: the goroutine-lab command, `go run` for our runtime, natively and under node.
//
//   goroutine-lab run [--virtual-time] [--seed N] [--procs N] [--speed X]
//                     [--trace out.json] [--timeout SECONDS] prog.go [arguments...]
//
// As with `go run`, what follows the file is the program's own (os.Args[1:]).
// Stdout and stderr are the program's own, as `go run` shows them; the exit
// code is the program's (2 for a compile error, a panic or a deadlock).
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

#include "lang/compile.h"
#include "runtime/session.h"

namespace {

constexpr const char* kUsage =
    "usage: goroutine-lab run [--virtual-time] [--seed N] [--procs N] [--speed X]\n"
    "                         [--trace out.json] [--timeout SECONDS] file.go [arguments...]\n";

// GOMAXPROCS of --virtual-time runs unless --procs says otherwise.
constexpr int kVirtualDefaultProcs = 4;

// Exit code when --timeout stops a program, as timeout(1) uses.
constexpr int kTimeoutExitCode = 124;

struct Args {
    std::string file;
    std::string trace_file; // Chrome trace-event JSON of the run, when asked for
    double timeout_s = -1;  // wall-clock limit; negative for none
    golab::SessionOptions options;
};

// Parses a number flag's value: false for anything but a finite number, "nan" and "inf"
// included (strtod takes both).
bool parse_number(const char* text, double& out) {
    char* end = nullptr;
    errno = 0;
    out = std::strtod(text, &end);
    return errno == 0 && end != text && *end == '\0' && std::isfinite(out);
}

// Returns 0 when args were parsed, -1 when the usage was asked for (and printed), else the exit
// code to leave with.
int parse_args(int argc, char** argv, Args& args) {
    const auto asks_help = [](std::string_view a) {
        return a == "-h" || a == "-help" || a == "--help" || a == "help";
    };
    if (argc >= 2 && asks_help(argv[1])) {
        std::fputs(kUsage, stdout);
        return -1;
    }
    if (argc < 2 || std::string_view(argv[1]) != "run") {
        std::fputs(kUsage, stderr);
        return 2;
    }
    unsigned hw = std::thread::hardware_concurrency();
    args.options.procs = static_cast<int>(hw == 0 ? 1 : hw < 4 ? hw : 4);
    bool procs_given = false;
    for (int i = 2; i < argc; i++) {
        std::string_view a = argv[i];
        if (!args.file.empty()) {
            args.options.args.emplace_back(a); // the program's, as go run passes them
            continue;
        }
        if (asks_help(a)) {
            std::fputs(kUsage, stdout);
            return -1;
        }

        // A flag's value follows it, or joins it after '=' (--procs=3), as Go's flag package
        // takes them.
        std::string flag(a);
        std::string joined;
        bool has_joined = false;
        if (const size_t eq = a.find('='); a.starts_with("--") && eq != std::string_view::npos) {
            flag = std::string(a.substr(0, eq));
            joined = std::string(a.substr(eq + 1));
            has_joined = true;
        }

        // Reads the flag's value; any problem with it is one line naming the flag, the value
        // and what it takes.
        double v = 0;
        auto text_value = [&](std::string& out) {
            if (has_joined) {
                out = joined;
                return true;
            }
            if (i + 1 >= argc) {
                std::fprintf(stderr, "goroutine-lab: flag needs an argument: %s\n", flag.c_str());
                return false;
            }
            out = argv[++i];
            return true;
        };
        auto value = [&](const char* takes, double low, double high, bool whole) {
            std::string text;
            if (!text_value(text)) {
                return false;
            }
            if (!parse_number(text.c_str(), v) || v < low || v > high ||
                (whole && v != std::floor(v))) {
                std::fprintf(stderr, "goroutine-lab: invalid value %s for %s: %s\n", text.c_str(),
                             flag.c_str(), takes);
                return false;
            }
            return true;
        };
        if (flag == "--virtual-time") {
            if (has_joined && joined != "true" && joined != "false") {
                std::fprintf(stderr,
                             "goroutine-lab: invalid value %s for --virtual-time: true or "
                             "false\n",
                             joined.c_str());
                return 2;
            }
            args.options.virtual_time = !has_joined || joined == "true";
        } else if (flag == "--seed") {
            if (!value("a whole number from 0 to 2^53", 0, 9007199254740992.0, true)) {
                return 2;
            }
            args.options.seed = static_cast<uint64_t>(v);
        } else if (flag == "--procs") {
            if (!value("a whole number from 1 to 64", 1, 64, true)) {
                return 2;
            }
            args.options.procs = static_cast<int>(v);
            procs_given = true;
        } else if (flag == "--speed") {
            if (!value("a number from 0.01 to 100", 0.01, 100, false)) {
                return 2;
            }
            args.options.speed = v;
        } else if (flag == "--timeout") {
            if (!value("a positive number of seconds", 1e-9, 1e9, false)) {
                return 2;
            }
            args.timeout_s = v;
        } else if (flag == "--trace") {
            if (!text_value(args.trace_file)) {
                return 2;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "goroutine-lab: unknown flag %s\n%s", argv[i], kUsage);
            return 2;
        } else {
            args.file = argv[i];
        }
    }
    if (args.file.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    // The virtual executor simulates a machine of its own: the same four Ps
    // everywhere, so that a file and a seed give the same output on any host.
    if (args.options.virtual_time && !procs_given) {
        args.options.procs = kVirtualDefaultProcs;
    }
    return 0;
}

// Returns the file name as Go's compiler prints it: "./prog.go" for a file
// in the current directory, else the path as given.
std::string display_name(const std::string& path) {
    if (path.find('/') == std::string::npos) {
        return "./" + path;
    }
    return path;
}

} // namespace

int main(int argc, char** argv) {
    // 1. Arguments.
    Args args;
    if (int code = parse_args(argc, argv, args); code != 0) {
        return code < 0 ? 0 : code;
    }

    // 2. Read the file (a directory opens as an empty file on Linux: say what it is).
    struct stat info {};
    if (stat(args.file.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
        std::fprintf(stderr, "goroutine-lab: %s is a directory: run takes one .go file\n",
                     args.file.c_str());
        return 1;
    }
    if (!args.file.ends_with(".go")) {
        std::fprintf(stderr, "goroutine-lab: %s is not a .go file: run takes one .go file\n",
                     args.file.c_str());
        return 1;
    }
    std::ifstream in(args.file, std::ios::binary);
    if (!in) {
        // Go spells system errors in lower case: "no such file or directory".
        std::string reason = std::strerror(errno);
        if (!reason.empty()) {
            reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
        }
        std::fprintf(stderr, "stat %s: %s\n", args.file.c_str(), reason.c_str());
        return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string source = buffer.str();

    // 3. Compile; errors print as `go run` prints them.
    args.options.file_name = display_name(args.file);
    golab::CompileResult compiled = golab::compile_program(args.options.file_name, source);
    if (!compiled.program) {
        // The loader's errors come without the package line, and end go run with 1.
        std::string text = compiled.load_failed ? "" : "# command-line-arguments\n";
        for (const golab::CompileError& e : compiled.errors) {
            text += e.text() + "\n";
        }
        std::fputs(text.c_str(), stderr);
        return compiled.load_failed ? 1 : 2;
    }

    // 4. The trace's file is opened now, so that a path that cannot be written fails before
    // the run rather than after it.
    std::ofstream trace_out;
    if (!args.trace_file.empty()) {
        trace_out.open(args.trace_file, std::ios::binary | std::ios::trunc);
        if (!trace_out) {
            std::fprintf(stderr, "goroutine-lab: cannot write trace %s: %s\n",
                         args.trace_file.c_str(), std::strerror(errno));
            return 1;
        }
    }

    // 5. Run, printing the program's output as it happens.
    args.options.on_output = [](int fd, std::string_view bytes) {
        std::FILE* f = fd == 2 ? stderr : stdout;
        std::fwrite(bytes.data(), 1, bytes.size(), f);
        std::fflush(f);
    };
    // The program's os.Stdin is ours, read as it asks for it (from a worker thread).
    args.options.on_input = [](size_t max) {
        std::string bytes(max, '\0');
        ssize_t n = -1;
        do {
            n = ::read(0, bytes.data(), max);
        } while (n < 0 && errno == EINTR);
        bytes.resize(n > 0 ? size_t(n) : 0);
        return bytes;
    };
    args.options.publish_snapshots = false;
    int code = 0;
    bool timed_out = false;
    {
        golab::Session session(args.options);
        session.load(source);
        session.run();
        auto limit_ms = static_cast<int64_t>(args.timeout_s * 1000);
        timed_out = !session.wait_for(args.timeout_s < 0 ? -1 : limit_ms, code);
        if (timed_out) {
            // The Stop button's path: the run ends at its next budget check
            // and its trace, up to there, can still be written below.
            session.stop();
            session.wait();
            std::fprintf(stderr, "goroutine-lab: stopped after %gs (--timeout)\n", args.timeout_s);
            code = kTimeoutExitCode;
        }
        if (trace_out.is_open()) {
            trace_out << session.chrome_trace();
            trace_out.close();
            if (!trace_out) {
                std::fprintf(stderr, "goroutine-lab: cannot write trace %s: %s\n",
                             args.trace_file.c_str(), std::strerror(errno));
                return 1;
            }
        }
    }
    if (timed_out) {
        return code;
    }
    if (code != 0) {
        std::fprintf(stderr, "exit status %d\n", code);
    }
    return code;
}
