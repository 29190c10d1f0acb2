// vm_time.cpp: package time's calendar natives (time.Date, time.Unix, Time's methods,
// Month, Weekday and the rest of Duration's), on the values go_time.h describes.
//
// Sleep, Now, Since, Sub and the timers, which need the scheduler, live in vm.cpp.
#include <cstdlib>

#include "vm/data.h"
#include "vm/format.h"
#include "vm/go_time.h"
#include "vm/vm.h"

namespace golab {

namespace {

constexpr int64_t kNsPerSec = 1000000000;

// Package time's own quoting for its error texts: ASCII as it is (with " and \ escaped), every
// byte of a control character or of a non-ASCII rune as \xNN; an invalid byte counts as one
// rune (and an encoded U+FFFD as three bytes).
std::string time_quote(std::string_view s) {
    static const char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80) {
            if (c == '"' || c == '\\') {
                out += '\\';
            }
            out += static_cast<char>(c);
            i++;
            continue;
        }
        int32_t rune = 0;
        int width = 1;
        decode_rune(s, i, rune, width);
        for (int j = 0; j < width; j++) {
            const auto b = static_cast<unsigned char>(s[i + size_t(j)]);
            out += "\\x";
            out += kHex[b >> 4];
            out += kHex[b & 15];
        }
        i += size_t(width);
    }
    return out + "\"";
}

// Go's time.ParseDuration: a sign, then numbers with units ("1h15m", "1.5s", "-2.25µs").
// Returns "" with d set, or the error's text.
std::string parse_duration(std::string_view text, int64_t& d) {
    constexpr uint64_t kLimit = uint64_t{1} << 63;
    const std::string invalid = "time: invalid duration " + time_quote(text);
    std::string_view s = text;
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s == "0") {
        d = 0;
        return "";
    }
    if (s.empty()) {
        return invalid;
    }
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    uint64_t total = 0;
    while (!s.empty()) {
        if (s[0] != '.' && !is_digit(s[0])) {
            return invalid;
        }
        // The whole part: an overflow is an invalid duration.
        uint64_t whole = 0;
        size_t digits = 0;
        for (; digits < s.size() && is_digit(s[digits]); digits++) {
            if (whole > kLimit / 10) {
                return invalid;
            }
            whole = whole * 10 + uint64_t(s[digits] - '0');
            if (whole > kLimit) {
                return invalid;
            }
        }
        s.remove_prefix(digits);
        // The fraction: digits past what 63 bits hold are read and dropped.
        uint64_t fraction = 0;
        double scale = 1;
        bool has_fraction = false;
        if (!s.empty() && s[0] == '.') {
            s.remove_prefix(1);
            bool overflow = false;
            size_t n = 0;
            for (; n < s.size() && is_digit(s[n]); n++) {
                if (overflow || fraction > (kLimit - 1) / 10) {
                    overflow = true;
                    continue;
                }
                const uint64_t next = fraction * 10 + uint64_t(s[n] - '0');
                if (next > kLimit) {
                    overflow = true;
                    continue;
                }
                fraction = next;
                scale *= 10;
            }
            has_fraction = n > 0;
            s.remove_prefix(n);
        }
        if (digits == 0 && !has_fraction) {
            return invalid; // "." alone, or ".s"
        }
        size_t unit_end = 0;
        while (unit_end < s.size() && s[unit_end] != '.' && !is_digit(s[unit_end])) {
            unit_end++;
        }
        if (unit_end == 0) {
            return "time: missing unit in duration " + time_quote(text);
        }
        const std::string_view unit_name = s.substr(0, unit_end);
        s.remove_prefix(unit_end);
        static const struct {
            std::string_view name;
            uint64_t ns;
        } kUnits[] = {{"ns", 1},           {"us", 1000},      {"\u00b5s", 1000}, // micro sign
                      {"\u03bcs", 1000}, // Greek small letter mu
                      {"ms", 1000000},     {"s", 1000000000}, {"m", 60000000000},
                      {"h", 3600000000000}};
        uint64_t unit = 0;
        for (const auto& u : kUnits) {
            if (u.name == unit_name) {
                unit = u.ns;
            }
        }
        if (unit == 0) {
            return "time: unknown unit " + time_quote(unit_name) + " in duration " +
                   time_quote(text);
        }
        if (whole > kLimit / unit) {
            return invalid;
        }
        whole *= unit;
        if (fraction > 0) {
            whole += static_cast<uint64_t>(double(fraction) * (double(unit) / scale));
            if (whole > kLimit) {
                return invalid;
            }
        }
        total += whole;
        if (total > kLimit) {
            return invalid;
        }
    }
    if (negative) {
        d = static_cast<int64_t>(0 - total);
        return "";
    }
    if (total > kLimit - 1) {
        return invalid;
    }
    d = static_cast<int64_t>(total);
    return "";
}

// Go's Duration.Round and Truncate (m <= 0 leaves d as it is; Round saturates).
int64_t duration_truncate(int64_t d, int64_t m) {
    return m <= 0 ? d : d - d % m;
}

int64_t duration_round(int64_t d, int64_t m) {
    constexpr int64_t kMax = INT64_MAX;
    constexpr int64_t kMin = INT64_MIN;
    if (m <= 0)
        return d;
    int64_t r = d % m;
    if (d < 0) {
        r = -r;
        if (static_cast<uint64_t>(r) + static_cast<uint64_t>(r) < static_cast<uint64_t>(m))
            return d + r;
        // Go lets d - m + r wrap around and sees it by the sign: wrap here too, in unsigned
        // arithmetic, where it is defined.
        int64_t d1 = static_cast<int64_t>(static_cast<uint64_t>(d) - static_cast<uint64_t>(m) +
                                          static_cast<uint64_t>(r));
        return d1 < d ? d1 : kMin;
    }
    if (static_cast<uint64_t>(r) + static_cast<uint64_t>(r) < static_cast<uint64_t>(m))
        return d - r;
    int64_t d1 = static_cast<int64_t>(static_cast<uint64_t>(d) + static_cast<uint64_t>(m - r));
    return d1 > d ? d1 : kMax;
}

// Splits Unix nanoseconds, milliseconds or microseconds (unit ns each) into a time.
GoTime time_from_unix(int64_t v, int64_t unit) {
    int64_t per_sec = kNsPerSec / unit;
    int64_t sec = v / per_sec;
    int64_t rest = v % per_sec;
    if (rest < 0) {
        sec--;
        rest += per_sec;
    }
    GoTime t;
    t.sec = sec;
    t.nsec = static_cast<int32_t>(rest * unit);
    return t;
}

} // namespace

bool Vm::call_time(Goroutine& g, NativeId id, std::span<const Value> args,
                   std::vector<Value>& results) {
    auto adopt = [this](Object* o) { return hooks_.adopt(o); };
    auto time_result = [&](const GoTime& t) { results.push_back(time_value(t, adopt)); };
    auto int_result = [&](int64_t v) { results.push_back(Value::make_int(v)); };
    auto arg_time = [&](size_t i) { return time_of(args[i], wall_epoch_ns_); };

    switch (id) {
    case NativeId::TimeUTC:
        results.push_back(program_.time_utc);
        return true;
    case NativeId::TimeLocationString:
        results.push_back(make_string("UTC")); // nil is UTC too, in Go
        return true;
    case NativeId::TimeDate: {
        if (args[7].kind != ValueKind::Object || !args[7].obj) {
            g.panic_message = "time: missing Location in call to Date";
            return false;
        }
        time_result(time_from_date(args[0].i, args[1].i, args[2].i, args[3].i, args[4].i, args[5].i,
                                   args[6].i));
        return true;
    }
    case NativeId::TimeUnix: {
        GoTime t = time_from_unix(args[1].i, 1); // nsec may be outside [0, 1e9)
        t.sec += args[0].i;
        time_result(t);
        return true;
    }
    case NativeId::TimeUnixMilli:
        time_result(time_from_unix(args[0].i, 1000000));
        return true;
    case NativeId::TimeUnixMicro:
        time_result(time_from_unix(args[0].i, 1000));
        return true;
    case NativeId::TimeParseDuration: {
        int64_t d = 0;
        std::string error = parse_duration(string_bytes(args[0]), d);
        int_result(d);
        results.push_back(error.empty() ? Value{} : errorf_value(std::move(error), {}, {}));
        return true;
    }
    case NativeId::TimeUntil: {
        GoTime now = time_of(Value::make_int(hooks_.now_ns(g)), wall_epoch_ns_);
        int_result(time_sub(arg_time(0), now));
        return true;
    }
    default:
        break;
    }

    // Duration's methods.
    int64_t d = args[0].i;
    switch (id) {
    case NativeId::TimeDurationHours:
    case NativeId::TimeDurationMinutes: {
        // Whole and fractional parts apart, as Go does, to keep precision.
        int64_t unit = id == NativeId::TimeDurationHours ? 3600 * kNsPerSec : 60 * kNsPerSec;
        results.push_back(Value::make_float(static_cast<double>(d / unit) +
                                            static_cast<double>(d % unit) / double(unit)));
        return true;
    }
    case NativeId::TimeDurationMicroseconds:
        int_result(d / 1000);
        return true;
    case NativeId::TimeDurationNanoseconds:
        int_result(d);
        return true;
    case NativeId::TimeDurationRound:
        int_result(duration_round(d, args[1].i));
        return true;
    case NativeId::TimeDurationTruncate:
        int_result(duration_truncate(d, args[1].i));
        return true;
    case NativeId::TimeDurationAbs:
        int_result(d >= 0 ? d : d == INT64_MIN ? INT64_MAX : -d);
        return true;
    case NativeId::TimeMonthString:
        results.push_back(make_string(month_string(d)));
        return true;
    case NativeId::TimeWeekdayString:
        results.push_back(make_string(weekday_string(d)));
        return true;
    default:
        break;
    }

    // Time's methods.
    GoTime t = arg_time(0);
    CivilTime c = civil_of(t);
    switch (id) {
    case NativeId::TimeTimeYear:
        int_result(c.year);
        return true;
    case NativeId::TimeTimeMonth:
        int_result(c.month);
        return true;
    case NativeId::TimeTimeDay:
        int_result(c.day);
        return true;
    case NativeId::TimeTimeHour:
        int_result(c.hour);
        return true;
    case NativeId::TimeTimeMinute:
        int_result(c.minute);
        return true;
    case NativeId::TimeTimeSecond:
        int_result(c.second);
        return true;
    case NativeId::TimeTimeNanosecond:
        int_result(c.nsec);
        return true;
    case NativeId::TimeTimeWeekday:
        int_result(c.weekday);
        return true;
    case NativeId::TimeTimeYearDay:
        int_result(c.yday);
        return true;
    case NativeId::TimeTimeDate:
        int_result(c.year);
        int_result(c.month);
        int_result(c.day);
        return true;
    case NativeId::TimeTimeClock:
        int_result(c.hour);
        int_result(c.minute);
        int_result(c.second);
        return true;
    case NativeId::TimeTimeUnix:
        int_result(t.sec);
        return true;
    case NativeId::TimeTimeUnixMilli:
        int_result(t.sec * 1000 + t.nsec / 1000000);
        return true;
    case NativeId::TimeTimeUnixMicro:
        int_result(t.sec * 1000000 + t.nsec / 1000);
        return true;
    case NativeId::TimeTimeUnixNano:
        // Wraps outside 1678-2262, as in Go.
        int_result(static_cast<int64_t>(static_cast<uint64_t>(t.sec) * kNsPerSec +
                                        static_cast<uint64_t>(t.nsec)));
        return true;
    case NativeId::TimeTimeAdd:
        time_result(time_add(t, args[1].i));
        return true;
    case NativeId::TimeTimeAddDate: {
        GoTime r = time_from_date(c.year + args[1].i, c.month + args[2].i, c.day + args[3].i,
                                  c.hour, c.minute, c.second, c.nsec);
        time_result(r); // Date gives a time without a monotonic reading
        return true;
    }
    case NativeId::TimeTimeAfter:
        results.push_back(Value::make_bool(time_compare(t, arg_time(1)) > 0));
        return true;
    case NativeId::TimeTimeBefore:
        results.push_back(Value::make_bool(time_compare(t, arg_time(1)) < 0));
        return true;
    case NativeId::TimeTimeEqual:
        results.push_back(Value::make_bool(time_compare(t, arg_time(1)) == 0));
        return true;
    case NativeId::TimeTimeIsZero:
        results.push_back(Value::make_bool(t.sec == kZeroTimeUnix && t.nsec == 0));
        return true;
    case NativeId::TimeTimeFormat:
        results.push_back(make_string(time_format(t, string_bytes(args[1]))));
        return true;
    case NativeId::TimeTimeString:
        results.push_back(make_string(time_string(t)));
        return true;
    case NativeId::TimeTimeUTC:
        t.has_mono = false;
        time_result(t);
        return true;
    case NativeId::TimeTimeTruncate:
        time_result(time_truncate(t, args[1].i));
        return true;
    case NativeId::TimeTimeRound:
        time_result(time_round(t, args[1].i));
        return true;
    default:
        break;
    }
    assert(false && "vm: unknown time native");
    return true;
}

} // namespace golab
