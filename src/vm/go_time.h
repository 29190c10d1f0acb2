// go_time.h: package time's calendar, in UTC: dates from instants and back, and Format's
// layouts (the reference time "Mon Jan 2 15:04:05 MST 2006").
//
// Pure functions on plain numbers; the VM (vm_time.cpp) decides how a time.Time value is
// held. NOTE: every time is in UTC, as on a machine whose local zone is UTC; zones other
// than UTC are refused by the checker.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/value.h"

namespace golab {

// An instant as Unix seconds and nanoseconds (0 to 999,999,999), with Go's monotonic
// reading when it has one (the program clock when time.Now read it).
struct GoTime {
    int64_t sec = 0;
    int32_t nsec = 0;
    bool has_mono = false;
    int64_t mono = 0;
};

// Unix seconds of time.Time's zero value, January 1 of year 1, 00:00:00 UTC.
inline constexpr int64_t kZeroTimeUnix = -62135596800;

// The calendar fields of an instant, as Go's Date, Clock, Weekday and YearDay give them.
struct CivilTime {
    int64_t year = 1;
    int month = 1; // 1 = January
    int day = 1;
    int hour = 0, minute = 0, second = 0;
    int32_t nsec = 0;
    int weekday = 0; // 0 = Sunday
    int yday = 1;    // 1 to 366
};

// Returns the instant a time.Time value holds: the nil Value is the zero Time, an integer
// is a reading of the program clock by time.Now (wall clock: epoch_ns, the Unix time in ns
// when the program clock read 0, plus the reading), and a TimeObject is a calendar time.
GoTime time_of(const Value& v, int64_t epoch_ns);

// Returns t as a time.Time value (see time_of); a monotonic reading is kept only as the
// program clock's, so t must be time_of(a reading) moved by time_add when it has one.
// Makes a TimeObject through adopt when t needs one.
template <typename Adopt> Value time_value(const GoTime& t, Adopt&& adopt) {
    if (t.has_mono)
        return Value::make_int(t.mono);
    if (t.sec == -62135596800 && t.nsec == 0)
        return Value{};
    return Value::make_object(adopt(new TimeObject(t.sec, t.nsec)));
}

// Returns whether two time.Time values are == in Go: the same instant held the same way (a
// time.Now reading is never == to a calendar time, as in Go, whose == sees the reading).
inline bool time_identical(const Value& a, const Value& b) {
    if (a.kind != b.kind)
        return false;
    if (a.kind == ValueKind::Int)
        return a.i == b.i;
    if (a.kind != ValueKind::Object)
        return true; // both the zero Time
    const auto* x = static_cast<const TimeObject*>(a.obj);
    const auto* y = static_cast<const TimeObject*>(b.obj);
    return x->sec == y->sec && x->nsec == y->nsec;
}

// Returns the calendar fields of t.
CivilTime civil_of(const GoTime& t);

// Returns time.Date's instant: each field may be out of its range and carries into the next,
// as in Go (October 32 is November 1).
GoTime time_from_date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t minute,
                      int64_t second, int64_t nsec);

// Returns t + d nanoseconds; the monotonic reading moves with it.
GoTime time_add(const GoTime& t, int64_t d);

// Returns t - u as a Duration, saturated at the ends of its range, as Time.Sub does (by the
// monotonic readings when both have one).
int64_t time_sub(const GoTime& t, const GoTime& u);

// Returns -1, 0 or 1 as t is before, equal to or after u (Before, Equal, After).
int time_compare(const GoTime& t, const GoTime& u);

// Returns t rounded down (Truncate) or to the nearest (Round) multiple of d since the zero
// time, without its monotonic reading; t itself, without it, for d <= 0.
GoTime time_truncate(const GoTime& t, int64_t d);
GoTime time_round(const GoTime& t, int64_t d);

// Returns t written with a layout of Go's time package.
std::string time_format(const GoTime& t, std::string_view layout);

// Returns Time.String: "2009-11-10 23:00:00 +0000 UTC", then " m=+0.000012345" when t
// has a monotonic reading.
std::string time_string(const GoTime& t);

// Returns Time.GoString, what %#v prints: "time.Date(2009, time.November, 10, 23, 0, 0, 0,
// time.UTC)". NOTE: no zone is kept; a time.Now reading is time.Local, any other time.UTC.
std::string time_go_string(const GoTime& t);
// Returns time.Month's and time.Weekday's String: "November", "%!Month(13)".
std::string month_string(int64_t m);
std::string weekday_string(int64_t d);

} // namespace golab
