// go_duration.h: program-clock values written the way Go prints a
// time.Duration ("1.881202669s", "523.1ms", "10.726µs", "1m2.5s"), so the
// page's timer reads like the lesson's own "Total execution time" line.
// No ImGui here: unit tests link this file directly.
#pragma once

#include <cstdint>
#include <string>

namespace golab {

// Returns d formatted as Go's time.Duration.String() does.
std::string format_go_duration(int64_t ns);

// Returns ns rounded to a multiple of unit, halfway away from zero, as Go's
// time.Duration.Round does (saturating instead of overflowing).
int64_t round_go_duration(int64_t ns, int64_t unit);

} // namespace golab
