// vm_bufio.cpp: bufio.Scanner, its split functions, and os.File's Read (os.Stdin's).
//
// Scan follows Go 1.19's bufio/scan.go step for step: the buffer that starts at 4096 bytes and
// doubles up to the largest token (64 KiB unless Buffer says otherwise), the shifting of
// unread bytes to its front, the Read calls with their checks, and the errors. The buffer and
// the token are the Scanner's own Go fields (a []byte each), so the collector sees them and
// Bytes aliases the buffer as Go's does. The reader's Read and a split function written in Go
// run as calls from here (Vm::call_sync: they may not block); ScanLines, ScanWords, ScanRunes
// and ScanBytes run here directly.
#include <algorithm>
#include <cassert>
#include <string>

#include "vm/format.h"
#include "vm/text.h"
#include "vm/vm.h"

namespace golab {

namespace {

// The fields of bufio.Scanner, in library_decls.cpp's (and Go's) order.
enum ScannerField {
    kReader,
    kSplit,
    kMaxTokenSize,
    kToken,
    kBuf,
    kStart,
    kEnd,
    kErr,
    kEmpties,
    kScanCalled,
    kDone
};

constexpr int64_t kMaxScanTokenSize = 64 * 1024;
constexpr int64_t kStartBufSize = 4096;
constexpr int kMaxConsecutiveEmptyReads = 100;

// What a split function answered: how far to advance, and the token as a range of data (or
// Go's error rune, or none).
struct Split {
    int64_t advance = 0;
    bool has_token = false;
    int64_t from = 0, to = 0;
    bool error_rune = false;
};

bool scan_space(int32_t r) {
    // bufio's isSpace: unicode.IsSpace's set, spelled out for the Latin-1 range.
    return is_space(r);
}

// Runs one of bufio's four split functions (id ScanLines ... ScanBytes) over data.
Split run_split(NativeId id, std::string_view data, bool at_eof) {
    Split out;
    const auto n = int64_t(data.size());
    switch (id) {
    case NativeId::BufioScanLines: {
        if (at_eof && n == 0) {
            return out;
        }
        size_t nl = data.find('\n');
        int64_t end = nl == std::string_view::npos ? n : int64_t(nl);
        if (nl == std::string_view::npos && !at_eof) {
            return out; // ask for more
        }
        out.advance = nl == std::string_view::npos ? n : end + 1;
        out.has_token = true;
        out.to = end > 0 && data[size_t(end - 1)] == '\r' ? end - 1 : end; // drop a \r
        return out;
    }
    case NativeId::BufioScanWords: {
        int64_t start = 0;
        while (start < n) {
            DecodedRune d = decode_rune(data, size_t(start));
            if (!scan_space(d.rune)) {
                break;
            }
            start += d.width;
        }
        for (int64_t i = start; i < n;) {
            DecodedRune d = decode_rune(data, size_t(i));
            if (scan_space(d.rune)) {
                out.advance = i + d.width;
                out.has_token = true;
                out.from = start;
                out.to = i;
                return out;
            }
            i += d.width;
        }
        if (at_eof && n > start) {
            out.advance = n;
            out.has_token = true;
            out.from = start;
            out.to = n;
            return out;
        }
        out.advance = start; // skip the spaces, ask for more
        return out;
    }
    case NativeId::BufioScanRunes: {
        if (at_eof && n == 0) {
            return out;
        }
        if (static_cast<uint8_t>(data[0]) < 0x80) {
            out.advance = 1;
            out.has_token = true;
            out.to = 1;
            return out;
        }
        DecodedRune d = decode_rune(data, 0);
        if (d.width > 1) {
            out.advance = d.width;
            out.has_token = true;
            out.to = d.width;
            return out;
        }
        // A valid beginning of a longer encoding waits for more input (Go's FullRune).
        if (!at_eof && n < 4) {
            for (char second : {'\x80', '\x90', '\xA0'}) {
                std::string probe(data);
                if (probe.size() == 1) {
                    probe += second;
                }
                probe.resize(4, '\x80');
                if (decode_rune(probe, 0).width > n) {
                    return out;
                }
            }
        }
        out.advance = 1;
        out.has_token = true;
        out.error_rune = true;
        return out;
    }
    default: // ScanBytes
        if (at_eof && n == 0) {
            return out;
        }
        out.advance = 1;
        out.has_token = true;
        out.to = 1;
        return out;
    }
}

} // namespace

bool Vm::call_bufio(Goroutine& g, NativeId id, std::span<const Value> args,
                    std::vector<Value>& results) {
    const TypeId scanner_type = program_.library_type("*bufio.Scanner");
    // The []byte type and its elements', for the slices made here.
    TypeId bytes_type = kNoType;
    if (scanner_type != kNoType) {
        bytes_type =
            program_.types[size_t(program_.types[size_t(scanner_type)].elem)].fields[kBuf].type;
    }
    auto slice_of = [](const Value& v) {
        return v.kind == ValueKind::Object && v.obj ? static_cast<SliceObject*>(v.obj) : nullptr;
    };
    auto bytes_of = [&](const Value& v) {
        std::string out;
        if (SliceObject* s = slice_of(v)) {
            out.reserve(size_t(s->len));
            for (int64_t k = 0; k < s->len; k++) {
                out += char(s->array->elems[size_t(s->offset + k)].i);
            }
        }
        return out;
    };
    // Returns s[lo:hi] of a slice that has them (cap(s) - lo is the new capacity).
    auto subslice = [&](const Value& v, int64_t lo, int64_t hi) {
        SliceObject* s = slice_of(v);
        auto* r = static_cast<SliceObject*>(hooks_.adopt(new SliceObject()));
        r->array = s->array;
        r->offset = s->offset + lo;
        r->len = hi - lo;
        r->cap = s->cap - lo;
        Value out = Value::make_object(r);
        out.type = v.type;
        return out;
    };
    auto new_error = [&](const char* text) {
        auto* e = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
        e->fields.push_back(make_string(text));
        Value v = Value::make_object(e);
        v.type = program_.library_type("*errors.errorString");
        return v;
    };
    auto split_result = [&](const Value& data, const Split& sp, std::vector<Value>& out) {
        out.push_back(Value::make_int(sp.advance));
        if (!sp.has_token) {
            out.push_back(Value{});
        } else if (sp.error_rune) {
            Value rune = new_slice(program_.types[size_t(data.type)].elem, 3, 3);
            auto* s = static_cast<SliceObject*>(rune.obj);
            s->array->elems = {Value::make_int(0xEF), Value::make_int(0xBF), Value::make_int(0xBD)};
            rune.type = data.type;
            out.push_back(rune);
        } else {
            out.push_back(subslice(data, sp.from, sp.to));
        }
        out.push_back(Value{});
    };

    switch (id) {
    case NativeId::OsFileRead: {
        auto* f =
            args[0].kind == ValueKind::Object ? static_cast<StructObject*>(args[0].obj) : nullptr;
        if (!f) {
            g.panic_message = kNilDereference;
            return false;
        }
        SliceObject* b = slice_of(args[1]);
        const int64_t want = b ? b->len : 0;
        if (f->fields[0].i != 0) {
            const char* text = f->fields[0].i == 1 ? "read /dev/stdout: bad file descriptor"
                                                   : "read /dev/stderr: bad file descriptor";
            results = {Value::make_int(0), new_error(text)};
            return true;
        }
        if (want == 0) {
            results = {Value::make_int(0), Value{}};
            return true;
        }
        std::string got = hooks_.read_input(g, size_t(want));
        if (got.empty()) {
            results = {Value::make_int(0), program_.io_eof};
            return true;
        }
        for (size_t k = 0; k < got.size(); k++) {
            b->array->elems[size_t(b->offset) + k] = Value::make_int(static_cast<uint8_t>(got[k]));
        }
        results = {Value::make_int(int64_t(got.size())), Value{}};
        return true;
    }
    case NativeId::BufioScanLines:
    case NativeId::BufioScanWords:
    case NativeId::BufioScanRunes:
    case NativeId::BufioScanBytes:
        split_result(args[0], run_split(id, bytes_of(args[0]), args[1].b), results);
        return true;
    case NativeId::BufioNewScanner: {
        auto* s = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
        s->fields = {args[0],
                     Value{},
                     Value::make_int(kMaxScanTokenSize),
                     Value{},
                     Value{},
                     Value::make_int(0),
                     Value::make_int(0),
                     Value{},
                     Value::make_int(0),
                     Value::make_bool(false),
                     Value::make_bool(false)};
        Value v = Value::make_object(s);
        v.type = scanner_type;
        results.push_back(v);
        return true;
    }
    default:
        break;
    }

    // The Scanner's methods: Go reads its fields first, so a nil *Scanner faults.
    auto* sc =
        args[0].kind == ValueKind::Object ? static_cast<StructObject*>(args[0].obj) : nullptr;
    if (!sc) {
        g.panic_message = kNilDereference;
        return false;
    }
    std::vector<Value>& f = sc->fields;
    switch (id) {
    case NativeId::ScannerText:
        results.push_back(make_string(bytes_of(f[kToken])));
        return true;
    case NativeId::ScannerBytes:
        results.push_back(f[kToken]);
        return true;
    case NativeId::ScannerErr:
        results.push_back(f[kErr].obj == program_.io_eof.obj && f[kErr].type != kNoType ? Value{}
                                                                                        : f[kErr]);
        return true;
    case NativeId::ScannerSplit:
        if (f[kScanCalled].b) {
            g.panic_message = "Split called after Scan";
            return false;
        }
        f[kSplit] = args[1];
        return true;
    case NativeId::ScannerBuffer: {
        if (f[kScanCalled].b) {
            g.panic_message = "Buffer called after Scan";
            return false;
        }
        SliceObject* b = slice_of(args[1]);
        f[kBuf] = b ? subslice(args[1], 0, b->cap) : Value{};
        f[kMaxTokenSize] = args[2];
        return true;
    }
    default:
        break;
    }

    // Scan.
    assert(id == NativeId::ScannerScan && "vm: a bufio native without its case");
    auto set_err = [&](const Value& err) {
        if (f[kErr].type == kNoType || f[kErr].obj == program_.io_eof.obj) {
            f[kErr] = err;
        }
    };
    auto buf_len = [&] {
        SliceObject* b = slice_of(f[kBuf]);
        return b ? b->len : 0;
    };
    // Which of bufio's own split functions split is, if any (nil is NewScanner's ScanLines).
    NativeId native_split = NativeId::BufioScanLines;
    if (f[kSplit].kind == ValueKind::Object && f[kSplit].obj) {
        native_split = NativeId::Count_;
        const auto* closure = static_cast<const ClosureObject*>(f[kSplit].obj);
        const std::string& name = program_.functions[size_t(closure->function)].name;
        for (auto k = int(NativeId::BufioScanLines); k <= int(NativeId::BufioScanBytes); k++) {
            if (name == native_go_name(NativeId(k))) {
                native_split = NativeId(k);
            }
        }
    }

    if (f[kDone].b) {
        results.push_back(Value::make_bool(false));
        return true;
    }
    f[kScanCalled] = Value::make_bool(true);
    for (;;) {
        const int64_t start = f[kStart].i, end = f[kEnd].i;
        const bool have_err = f[kErr].type != kNoType;
        if (end > start || have_err) {
            // Ask the split function for a token in buf[start:end].
            std::vector<Value> answer;
            Value data = f[kBuf].kind == ValueKind::Object && f[kBuf].obj
                             ? subslice(f[kBuf], start, end)
                             : Value{};
            if (data.kind == ValueKind::Object) {
                data.type = bytes_type;
            }
            if (native_split != NativeId::Count_) {
                split_result(data, run_split(native_split, bytes_of(data), have_err), answer);
            } else {
                Value call_args[] = {data, Value::make_bool(have_err)};
                if (!call_func_value(g, f[kSplit], call_args, answer)) {
                    return false;
                }
            }
            const int64_t advance = answer.size() > 0 ? answer[0].i : 0;
            const Value token = answer.size() > 1 ? answer[1] : Value{};
            const Value err = answer.size() > 2 ? answer[2] : Value{};
            if (err.type != kNoType) {
                // TODO: bufio.ErrFinalToken is not declared, so a split cannot end with it.
                set_err(err);
                results.push_back(Value::make_bool(false));
                return true;
            }
            if (advance < 0 || advance > end - start) {
                set_err(new_error(advance < 0 ? "bufio.Scanner: SplitFunc returns negative "
                                                "advance count"
                                              : "bufio.Scanner: SplitFunc returns advance count "
                                                "beyond input"));
                results.push_back(Value::make_bool(false));
                return true;
            }
            f[kStart] = Value::make_int(start + advance);
            f[kToken] = token;
            if (token.kind == ValueKind::Object && token.obj) {
                if (!have_err || advance > 0) {
                    f[kEmpties] = Value::make_int(0);
                } else {
                    // Tokens that do not advance at the end of the input.
                    f[kEmpties] = Value::make_int(f[kEmpties].i + 1);
                    if (f[kEmpties].i > kMaxConsecutiveEmptyReads) {
                        g.panic_message = "bufio.Scan: too many empty tokens without progressing";
                        return false;
                    }
                }
                results.push_back(Value::make_bool(true));
                return true;
            }
        }
        // No token from what is held: at the end, or after an error, scanning is over.
        if (f[kErr].type != kNoType) {
            f[kStart] = Value::make_int(0);
            f[kEnd] = Value::make_int(0);
            results.push_back(Value::make_bool(false));
            return true;
        }

        // Make room: move the unread bytes to the front, or grow the buffer.
        int64_t s0 = f[kStart].i, e0 = f[kEnd].i;
        const int64_t len = buf_len();
        if (s0 > 0 && (e0 == len || s0 > len / 2)) {
            auto* b = slice_of(f[kBuf]);
            auto first = b->array->elems.begin() + b->offset;
            std::copy(first + s0, first + e0, first);
            e0 -= s0;
            s0 = 0;
        }
        if (e0 == len) {
            if (len >= f[kMaxTokenSize].i) {
                set_err(new_error("bufio.Scanner: token too long"));
                f[kStart] = Value::make_int(s0);
                f[kEnd] = Value::make_int(e0);
                results.push_back(Value::make_bool(false));
                return true;
            }
            int64_t size = len == 0 ? kStartBufSize : len * 2;
            size = std::min(size, f[kMaxTokenSize].i);
            Value grown = new_slice(program_.types[size_t(bytes_type)].elem, size, size);
            grown.type = bytes_type;
            if (SliceObject* b = slice_of(f[kBuf])) {
                auto from = b->array->elems.begin() + b->offset;
                std::copy(from + s0, from + e0, slice_of(grown)->array->elems.begin());
            }
            f[kBuf] = grown;
            e0 -= s0;
            s0 = 0;
        }
        f[kStart] = Value::make_int(s0);
        f[kEnd] = Value::make_int(e0);

        // Read, with Go's guards against a Reader that misbehaves.
        for (int loop = 0;;) {
            const int64_t room = buf_len() - f[kEnd].i;
            Value into = subslice(f[kBuf], f[kEnd].i, buf_len());
            into.type = bytes_type;
            std::vector<Value> got;
            bool found = false;
            if (!call_method(g, f[kReader], "Read", std::span<const Value>(&into, 1), got, found)) {
                return false;
            }
            if (!found) {
                g.panic_message = nil_dereference_at("0x18"); // Read from a nil io.Reader
                return false;
            }
            const int64_t n = got.size() > 0 ? got[0].i : 0;
            const Value err = got.size() > 1 ? got[1] : Value{};
            if (n < 0 || room < n) {
                set_err(new_error("bufio.Scanner: Read returned impossible count"));
                break;
            }
            f[kEnd] = Value::make_int(f[kEnd].i + n);
            if (err.type != kNoType) {
                set_err(err);
                break;
            }
            if (n > 0) {
                f[kEmpties] = Value::make_int(0);
                break;
            }
            if (++loop > kMaxConsecutiveEmptyReads) {
                set_err(new_error("multiple Read calls return no data or error"));
                break;
            }
        }
    }
}

} // namespace golab
