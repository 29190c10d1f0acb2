// lessons.cpp: the built-in lessons, in teaching order (see lessons.h).
//
// The Go sources come from src/lessons/*.go through the generated header, so
// the file a test runs and the text the page shows are the same bytes.
#include "lessons/lessons.h"

#include <array>

#include "golab_embedded_lessons.h"

namespace golab {
namespace {

const std::array<Lesson, 16> kLessons = {{
    {"sequential", "1. One after another",
     "Each dbCall sleeps up to two seconds and main waits for it before starting the next. "
     "Watch one goroutine do everything: the total is the sum of all five delays.",
     embedded::lesson_sequential},
    {"go-no-wait", "2. Start them with go, wait for nothing",
     "`go dbCall(i)` starts five goroutines and main carries straight on. When main returns the "
     "program ends, whether the five have had a turn yet or not (usually not): they are lost and "
     "their results never print.",
     embedded::lesson_go_no_wait},
    {"waitgroup", "3. Wait for them: sync.WaitGroup",
     "Add(1) before each go, Done when a call finishes, Wait in main. The five sleeps overlap, "
     "so the total is the longest delay, not the sum. Concurrency, not parallelism: sleeping "
     "goroutines need no worker at all.",
     embedded::lesson_waitgroup},
    {"add-inside", "4. Add inside the goroutine",
     "Each dbCall calls wg.Add(1) itself. main reaches Wait before any of them has run, finds "
     "the counter at zero and returns at once: the program ends and every result is lost, as in "
     "lesson 2. Add belongs before the go statement.",
     embedded::lesson_add_inside},
    {"forgotten-done", "5. A forgotten Done",
     "Call 2 never says Done, so the counter stops at 1. main waits for ever; once every other "
     "goroutine has finished, Go sees that nobody can wake it and stops the program with a "
     "deadlock. Watch main's lane: waiting, to the end.",
     embedded::lesson_forgotten_done},
    {"done-twice", "6. Done twice",
     "Call 1 says Done twice. The counter reaches zero one call early, so Wait returns while "
     "call 3 still sleeps; when call 3 says Done the counter would go to -1, and Go panics "
     "instead.",
     embedded::lesson_done_twice},
    {"waitgroup-copy", "7. A WaitGroup passed by value",
     "dbCall takes its WaitGroup as a plain parameter, so every call gets a copy and says Done "
     "to the copy. main's own counter stays at 3 and Wait never returns: a deadlock. Pass a "
     "pointer instead (wg *sync.WaitGroup and &wg); go vet warns about the copy.",
     embedded::lesson_waitgroup_copy},
    {"println-v", "8. Println is not Printf",
     "Println prints its arguments as they are, separated by spaces: a %v in its text stays "
     "%v. Printf reads the verbs and fills them in. Compare the three lines.",
     embedded::lesson_println_v},
    {"sleepers", "9. Sleeping needs no processor",
     "Four goroutines sleep one second each. Set GOMAXPROCS to 1 and run again: it still takes "
     "one second, because a sleeping goroutine is parked and holds no worker.",
     embedded::lesson_sleepers},
    {"cpu-bound", "10. Counting needs a processor",
     "Four goroutines count in a loop and never sleep. With GOMAXPROCS 1 they take turns on "
     "one worker (watch them get preempted); with more, they run at the same time. "
     "Concurrency is how the program is built; parallelism is how many run at once.",
     embedded::lesson_cpu_bound},
    {"loop-capture", "11. Capturing the loop variable",
     "In Go 1.19 a for loop has one i, and a func literal started with go uses that same "
     "variable. The first three goroutines print i after the loop has ended: 4, three times. "
     "The next three are started as go show(i): an argument is evaluated when the go "
     "statement runs, so each call gets its own copy.",
     embedded::lesson_loop_capture},
    {"lost-updates", "12. Lost updates, and a Mutex",
     "counter++ is a read, an add and a write. The first five goroutines all read 0 before any "
     "of them writes, so four updates are lost. The next five hold a Mutex from read to write: "
     "they queue up (watch them wait on the mutex) and every update counts, at the price of "
     "taking turns.",
     embedded::lesson_lost_updates},
    {"channel-results", "13. Results over a channel",
     "No WaitGroup here: each call sends its result on a channel and main receives five times. "
     "Every receive waits until some call has sent, so main is done as soon as the slowest "
     "call is, and the results arrive in the order the calls finish.",
     embedded::lesson_channel_results},
    {"worker-pool", "14. A worker pool",
     "Three workers take nine jobs from a channel with room for three. main waits whenever "
     "three jobs are already queued, and each worker takes the next job as soon as it is free: "
     "4.5 s of work finishes in 1.8 s, with never more than three jobs at once.",
     embedded::lesson_worker_pool},
    {"select-timeout", "15. select with a timeout",
     "main gives each call 700 ms. select takes whichever comes first, the answer or "
     "time.After's tick. Calls 3 and 4 are too slow: main moves on without them. Call 3 still "
     "finishes later, into its channel's spare slot; call 4 is lost when main returns.",
     embedded::lesson_select_timeout},
    {"many", "16. Ten thousand goroutines",
     "Ten thousand calls, each sleeping up to two seconds. A parked goroutine is a small "
     "object, not a thread, so the whole program still takes about two seconds. The overview "
     "above the console shows every lane: where rows share many goroutines, a stronger colour "
     "means more of them.",
     embedded::lesson_many},
}};

} // namespace

std::span<const Lesson> all_lessons() {
    return kLessons;
}

const Lesson* find_lesson(std::string_view id) {
    for (const Lesson& l : kLessons) {
        if (l.id == id) {
            return &l;
        }
    }
    return nullptr;
}

} // namespace golab
