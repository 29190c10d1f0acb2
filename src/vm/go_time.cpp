// go_time.cpp: package time's calendar and layouts, in UTC (see go_time.h).
#include "vm/go_time.h"

#include <limits>

namespace golab {

namespace {

constexpr int64_t kNsPerSec = 1000000000;
constexpr int64_t kSecPerDay = 86400;

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
const char* const kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};

int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int64_t floor_mod(int64_t a, int64_t b) {
    return a - floor_div(a, b) * b;
}

// Days from 1970-01-01 to year-month-day of the proleptic Gregorian calendar. The year is
// counted from March, so that February's leap day ends it; 400 years repeat exactly.
int64_t days_from_civil(int64_t year, int64_t month, int64_t day) {
    year -= month <= 2 ? 1 : 0;
    int64_t era = floor_div(year, 400);
    int64_t year_of_era = year - era * 400;
    int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

// The inverse of days_from_civil.
void civil_from_days(int64_t days, int64_t& year, int& month, int& day) {
    days += 719468;
    int64_t era = floor_div(days, 146097);
    int64_t day_of_era = days - era * 146097;
    int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int64_t march_month = (5 * day_of_year + 2) / 153;
    day = static_cast<int>(day_of_year - (153 * march_month + 2) / 5 + 1);
    month = static_cast<int>(march_month < 10 ? march_month + 3 : march_month - 9);
    year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
}

// Moves whole multiples of base from lo into hi, leaving lo in [0, base), as time.Date does.
void carry(int64_t& hi, int64_t& lo, int64_t base) {
    if (lo < 0) {
        int64_t n = (-lo - 1) / base + 1;
        hi -= n;
        lo += n * base;
    }
    if (lo >= base) {
        int64_t n = lo / base;
        hi += n;
        lo -= n * base;
    }
}

// Nanoseconds since the zero time (January 1, year 1), exactly.
__int128 since_zero(const GoTime& t) {
    return static_cast<__int128>(t.sec - kZeroTimeUnix) * kNsPerSec + t.nsec;
}

GoTime without_mono(GoTime t) {
    t.has_mono = false;
    t.mono = 0;
    return t;
}

// Appends x in decimal, zero-padded to width digits (after a '-' when negative).
void append_int(std::string& out, int64_t x, int width) {
    uint64_t u = static_cast<uint64_t>(x);
    if (x < 0) {
        out += '-';
        u = ~u + 1;
    }
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u > 0);
    for (int i = n; i < width; i++) {
        out += '0';
    }
    while (n > 0) {
        out += digits[--n];
    }
}

// The elements of a layout, named after the reference time's parts.
enum class Std {
    None,
    LongMonth,    // January
    Month,        // Jan
    NumMonth,     // 1
    ZeroMonth,    // 01
    LongWeekDay,  // Monday
    WeekDay,      // Mon
    Day,          // 2
    UnderDay,     // _2
    ZeroDay,      // 02
    UnderYearDay, // __2
    ZeroYearDay,  // 002
    Hour,         // 15
    Hour12,       // 3
    ZeroHour12,   // 03
    Minute,       // 4
    ZeroMinute,   // 04
    Second,       // 5
    ZeroSecond,   // 05
    LongYear,     // 2006
    Year,         // 06
    PM,           // PM
    Pm,           // pm
    TZ,           // MST
    IsoTZ,        // Z0700, and Z070000, Z07, Z07:00, Z07:00:00 by the flags below
    NumTZ,        // -0700, and -070000, -07, -07:00, -07:00:00
    FracSecond0,  // .000 or ,000: that many digits
    FracSecond9,  // .999 or ,999: up to that many, trailing zeros dropped
};

struct Chunk {
    size_t start = std::string_view::npos; // where the element starts in the layout
    size_t end = 0;                        // and ends
    Std std = Std::None;
    int digits = 0;          // FracSecond*
    char separator = '.';    // FracSecond*
    bool colon = false;      // -07:00
    bool seconds = false;    // -070000
    bool hours_only = false; // -07
};

bool starts_with_lower(std::string_view s) {
    return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}

bool is_digit_at(std::string_view s, size_t i) {
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

// Finds the first layout element at or after from, as Go's layout reader does.
Chunk next_chunk(std::string_view layout, size_t from) {
    Chunk c;
    auto found = [&](size_t i, size_t len, Std std) {
        c.start = i;
        c.end = i + len;
        c.std = std;
        return c;
    };
    auto at = [&](size_t i, std::string_view word) {
        return layout.substr(i, word.size()) == word;
    };
    auto zone = [&](size_t i, char lead, Std std) {
        // The five forms of a numeric zone, longest first.
        std::string pattern(1, lead);
        struct Form {
            const char* rest;
            bool colon, seconds, hours_only;
        } forms[] = {{"070000", false, true, false},
                     {"07:00:00", true, true, false},
                     {"0700", false, false, false},
                     {"07:00", true, false, false},
                     {"07", false, false, true}};
        for (const Form& f : forms) {
            if (at(i, pattern + f.rest)) {
                c.colon = f.colon;
                c.seconds = f.seconds;
                c.hours_only = f.hours_only;
                found(i, 1 + std::string_view(f.rest).size(), std);
                return true;
            }
        }
        return false;
    };
    for (size_t i = from; i < layout.size(); i++) {
        switch (layout[i]) {
        case 'J':
            if (at(i, "January"))
                return found(i, 7, Std::LongMonth);
            if (at(i, "Jan") && !starts_with_lower(layout.substr(i + 3)))
                return found(i, 3, Std::Month);
            break;
        case 'M':
            if (at(i, "Monday"))
                return found(i, 6, Std::LongWeekDay);
            if (at(i, "Mon") && !starts_with_lower(layout.substr(i + 3)))
                return found(i, 3, Std::WeekDay);
            if (at(i, "MST"))
                return found(i, 3, Std::TZ);
            break;
        case '0':
            if (i + 1 < layout.size() && layout[i + 1] >= '1' && layout[i + 1] <= '6') {
                static const Std kZeroes[] = {Std::ZeroMonth,  Std::ZeroDay,    Std::ZeroHour12,
                                              Std::ZeroMinute, Std::ZeroSecond, Std::Year};
                return found(i, 2, kZeroes[layout[i + 1] - '1']);
            }
            if (at(i, "002"))
                return found(i, 3, Std::ZeroYearDay);
            break;
        case '1':
            if (at(i, "15"))
                return found(i, 2, Std::Hour);
            return found(i, 1, Std::NumMonth);
        case '2':
            if (at(i, "2006"))
                return found(i, 4, Std::LongYear);
            return found(i, 1, Std::Day);
        case '_':
            if (at(i, "_2")) {
                // "_2006" is a literal '_' and then the year.
                if (at(i + 1, "2006"))
                    return found(i + 1, 4, Std::LongYear);
                return found(i, 2, Std::UnderDay);
            }
            if (at(i, "__2"))
                return found(i, 3, Std::UnderYearDay);
            break;
        case '3':
            return found(i, 1, Std::Hour12);
        case '4':
            return found(i, 1, Std::Minute);
        case '5':
            return found(i, 1, Std::Second);
        case 'P':
            if (at(i, "PM"))
                return found(i, 2, Std::PM);
            break;
        case 'p':
            if (at(i, "pm"))
                return found(i, 2, Std::Pm);
            break;
        case '-':
            if (zone(i, '-', Std::NumTZ))
                return c;
            break;
        case 'Z':
            if (zone(i, 'Z', Std::IsoTZ))
                return c;
            break;
        case '.':
        case ',':
            // A run of 0s or 9s not followed by another digit: fractional seconds.
            if (i + 1 < layout.size() && (layout[i + 1] == '0' || layout[i + 1] == '9')) {
                char digit = layout[i + 1];
                size_t j = i + 1;
                while (j < layout.size() && layout[j] == digit)
                    j++;
                if (!is_digit_at(layout, j)) {
                    c.digits = static_cast<int>(j - (i + 1));
                    c.separator = layout[i];
                    return found(i, j - i, digit == '0' ? Std::FracSecond0 : Std::FracSecond9);
                }
            }
            break;
        default:
            break;
        }
    }
    return c;
}

void append_fraction(std::string& out, int32_t nsec, const Chunk& c) {
    char digits[9];
    for (int i = 8; i >= 0; i--) {
        digits[i] = static_cast<char>('0' + nsec % 10);
        nsec /= 10;
    }
    int n = c.digits > 9 ? 9 : c.digits;
    if (c.std == Std::FracSecond9) {
        while (n > 0 && digits[n - 1] == '0')
            n--;
        if (n == 0)
            return;
    }
    out += c.separator;
    out.append(digits, static_cast<size_t>(n));
}

} // namespace

GoTime time_of(const Value& v, int64_t epoch_ns) {
    GoTime t;
    if (v.kind == ValueKind::Int) {
        int64_t wall = epoch_ns + v.i;
        t.sec = floor_div(wall, kNsPerSec);
        t.nsec = static_cast<int32_t>(wall - t.sec * kNsPerSec);
        t.has_mono = true;
        t.mono = v.i;
        return t;
    }
    if (v.kind == ValueKind::Object && v.obj && v.obj->kind == ObjectKind::Time) {
        const auto* o = static_cast<const TimeObject*>(v.obj);
        t.sec = o->sec;
        t.nsec = o->nsec;
        return t;
    }
    t.sec = kZeroTimeUnix;
    return t;
}

CivilTime civil_of(const GoTime& t) {
    CivilTime c;
    int64_t days = floor_div(t.sec, kSecPerDay);
    int64_t secs = t.sec - days * kSecPerDay;
    civil_from_days(days, c.year, c.month, c.day);
    c.hour = static_cast<int>(secs / 3600);
    c.minute = static_cast<int>(secs / 60 % 60);
    c.second = static_cast<int>(secs % 60);
    c.nsec = t.nsec;
    c.weekday = static_cast<int>(floor_mod(days + 4, 7)); // 1970-01-01 was a Thursday
    c.yday = static_cast<int>(days - days_from_civil(c.year, 1, 1) + 1);
    return c;
}

GoTime time_from_date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t minute,
                      int64_t second, int64_t nsec) {
    int64_t m = month - 1;
    carry(year, m, 12);
    carry(second, nsec, kNsPerSec);
    carry(minute, second, 60);
    carry(hour, minute, 60);
    carry(day, hour, 24);
    int64_t days = days_from_civil(year, m + 1, 1) + day - 1;
    GoTime t;
    t.sec = days * kSecPerDay + hour * 3600 + minute * 60 + second;
    t.nsec = static_cast<int32_t>(nsec);
    return t;
}

GoTime time_add(const GoTime& t, int64_t d) {
    GoTime r = t;
    int64_t nsec = t.nsec + d % kNsPerSec;
    r.sec = t.sec + d / kNsPerSec;
    if (nsec >= kNsPerSec) {
        r.sec++;
        nsec -= kNsPerSec;
    } else if (nsec < 0) {
        r.sec--;
        nsec += kNsPerSec;
    }
    r.nsec = static_cast<int32_t>(nsec);
    if (t.has_mono) {
        // A reading pushed past the ends of its range is dropped, as in Go.
        int64_t m = static_cast<int64_t>(static_cast<uint64_t>(t.mono) + static_cast<uint64_t>(d));
        if ((d < 0 && m > t.mono) || (d > 0 && m < t.mono))
            r = without_mono(r);
        else
            r.mono = m;
    }
    return r;
}

int64_t time_sub(const GoTime& t, const GoTime& u) {
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
    __int128 d = t.has_mono && u.has_mono ? static_cast<__int128>(t.mono) - u.mono
                                          : since_zero(t) - since_zero(u);
    if (d > kMax)
        return kMax;
    if (d < kMin)
        return kMin;
    return static_cast<int64_t>(d);
}

int time_compare(const GoTime& t, const GoTime& u) {
    if (t.has_mono && u.has_mono)
        return t.mono < u.mono ? -1 : t.mono > u.mono ? 1 : 0;
    __int128 a = since_zero(t);
    __int128 b = since_zero(u);
    return a < b ? -1 : a > b ? 1 : 0;
}

GoTime time_truncate(const GoTime& t, int64_t d) {
    GoTime r = without_mono(t);
    if (d <= 0)
        return r;
    __int128 rem = since_zero(r) % d;
    if (rem < 0)
        rem += d;
    return time_add(r, -static_cast<int64_t>(rem));
}

GoTime time_round(const GoTime& t, int64_t d) {
    GoTime r = without_mono(t);
    if (d <= 0)
        return r;
    __int128 rem = since_zero(r) % d;
    if (rem < 0)
        rem += d;
    auto half = static_cast<uint64_t>(rem) + static_cast<uint64_t>(rem);
    if (half < static_cast<uint64_t>(d))
        return time_add(r, -static_cast<int64_t>(rem));
    return time_add(r, d - static_cast<int64_t>(rem));
}

std::string time_format(const GoTime& t, std::string_view layout) {
    CivilTime c = civil_of(t);
    std::string out;
    size_t pos = 0;
    while (pos < layout.size()) {
        Chunk k = next_chunk(layout, pos);
        if (k.std == Std::None) {
            out.append(layout.substr(pos));
            break;
        }
        out.append(layout.substr(pos, k.start - pos));
        pos = k.end;
        switch (k.std) {
        case Std::None:
            break;
        case Std::LongMonth:
            out += kMonths[c.month - 1];
            break;
        case Std::Month:
            out.append(kMonths[c.month - 1], 3);
            break;
        case Std::NumMonth:
            append_int(out, c.month, 0);
            break;
        case Std::ZeroMonth:
            append_int(out, c.month, 2);
            break;
        case Std::LongWeekDay:
            out += kWeekdays[c.weekday];
            break;
        case Std::WeekDay:
            out.append(kWeekdays[c.weekday], 3);
            break;
        case Std::Day:
            append_int(out, c.day, 0);
            break;
        case Std::UnderDay:
            if (c.day < 10)
                out += ' ';
            append_int(out, c.day, 0);
            break;
        case Std::ZeroDay:
            append_int(out, c.day, 2);
            break;
        case Std::UnderYearDay:
            if (c.yday < 100)
                out += c.yday < 10 ? "  " : " ";
            append_int(out, c.yday, 0);
            break;
        case Std::ZeroYearDay:
            append_int(out, c.yday, 3);
            break;
        case Std::Hour:
            append_int(out, c.hour, 2);
            break;
        case Std::Hour12:
        case Std::ZeroHour12:
            append_int(out, c.hour % 12 == 0 ? 12 : c.hour % 12, k.std == Std::Hour12 ? 0 : 2);
            break;
        case Std::Minute:
            append_int(out, c.minute, 0);
            break;
        case Std::ZeroMinute:
            append_int(out, c.minute, 2);
            break;
        case Std::Second:
            append_int(out, c.second, 0);
            break;
        case Std::ZeroSecond:
            append_int(out, c.second, 2);
            break;
        case Std::LongYear:
            append_int(out, c.year, 4);
            break;
        case Std::Year:
            append_int(out, c.year % 100, 2);
            break;
        case Std::PM:
            out += c.hour >= 12 ? "PM" : "AM";
            break;
        case Std::Pm:
            out += c.hour >= 12 ? "pm" : "am";
            break;
        case Std::TZ:
            out += "UTC";
            break;
        case Std::IsoTZ:
            out += 'Z'; // the offset is always 0
            break;
        case Std::NumTZ:
            out += "+00";
            if (!k.hours_only)
                out += k.colon ? ":00" : "00";
            if (k.seconds)
                out += k.colon ? ":00" : "00";
            break;
        case Std::FracSecond0:
        case Std::FracSecond9:
            append_fraction(out, c.nsec, k);
            break;
        }
    }
    return out;
}

std::string time_string(const GoTime& t) {
    std::string s = time_format(t, "2006-01-02 15:04:05.999999999 -0700 MST");
    if (!t.has_mono)
        return s;
    uint64_t m = static_cast<uint64_t>(t.mono);
    s += " m=";
    s += t.mono < 0 ? '-' : '+';
    if (t.mono < 0)
        m = ~m + 1;
    uint64_t secs = m / kNsPerSec;
    uint64_t giga = secs / kNsPerSec;
    int width = 0;
    if (giga != 0) {
        append_int(s, static_cast<int64_t>(giga), 0);
        width = 9;
    }
    append_int(s, static_cast<int64_t>(secs % kNsPerSec), width);
    s += '.';
    append_int(s, static_cast<int64_t>(m % kNsPerSec), 9);
    return s;
}

std::string month_string(int64_t m) {
    if (m >= 1 && m <= 12)
        return kMonths[m - 1];
    return "%!Month(" + std::to_string(static_cast<uint64_t>(m)) + ")"; // as a uint, in Go
}

std::string weekday_string(int64_t d) {
    if (d >= 0 && d <= 6)
        return kWeekdays[d];
    return "%!Weekday(" + std::to_string(static_cast<uint64_t>(d)) + ")";
}

std::string time_go_string(const GoTime& t) {
    const CivilTime c = civil_of(t);
    std::string s = "time.Date(" + std::to_string(c.year) + ", time." + month_string(c.month);
    for (int64_t n :
         {int64_t(c.day), int64_t(c.hour), int64_t(c.minute), int64_t(c.second), int64_t(c.nsec)}) {
        s += ", " + std::to_string(n);
    }
    s += t.has_mono ? ", time.Local)" : ", time.UTC)";
    return s;
}

} // namespace golab
