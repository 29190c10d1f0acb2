// natives.h: the library functions implemented in C++, listed once.
//
// The checker (src/lang) gives each of these its Go signature and emits
// CallNative with the id; the VM (src/vm) implements them. Calling convention:
// - arguments are pushed in order; a variadic `...T` parameter arrives as one
//   slice value (the compiler builds it, or passes `xs...` through as it is);
// - a method's receiver comes first (for pointer receivers, the object itself:
//   an object already has reference identity);
// - results are pushed in order.
#pragma once

#include <cstdint>

namespace golab {

// clang-format off
#define GOLAB_NATIVES(X)                                                                          \
    X(FmtPrint,            "fmt.Print",               "func(a ...any) (n int, err error)")      \
    X(FmtPrintln,          "fmt.Println",             "func(a ...any) (n int, err error)")      \
    X(FmtPrintf,           "fmt.Printf",                                                      \
      "func(format string, a ...any) (n int, err error)")                                        \
    X(FmtSprint,           "fmt.Sprint",              "func(a ...any) string")                  \
    X(FmtSprintln,         "fmt.Sprintln",            "func(a ...any) string")                  \
    X(FmtSprintf,          "fmt.Sprintf",             "func(format string, a ...any) string")   \
    X(TimeSleep,           "time.Sleep",              "func(d time.Duration)")                  \
    X(TimeNow,             "time.Now",                "func() time.Time")                       \
    X(TimeSince,           "time.Since",              "func(t time.Time) time.Duration")        \
    X(TimeTimeSub,         "time.Time.Sub",                                                   \
      "func(t time.Time, u time.Time) time.Duration")                                            \
    X(TimeDurationString,  "time.Duration.String",    "func(d time.Duration) string")           \
    X(TimeDurationSeconds, "time.Duration.Seconds",   "func(d time.Duration) float64")          \
    X(TimeDurationMs,      "time.Duration.Milliseconds", "func(d time.Duration) int64")         \
    X(RandFloat32,         "math/rand.Float32",       "func() float32")                         \
    X(RandFloat64,         "math/rand.Float64",       "func() float64")                         \
    X(RandIntn,            "math/rand.Intn",          "func(n int) int")                        \
    X(RandSeed,            "math/rand.Seed",          "func(seed int64)")                       \
    X(WaitGroupAdd,        "sync.(*WaitGroup).Add",   "func(wg *sync.WaitGroup, delta int)")    \
    X(WaitGroupDone,       "sync.(*WaitGroup).Done",  "func(wg *sync.WaitGroup)")               \
    X(WaitGroupWait,       "sync.(*WaitGroup).Wait",  "func(wg *sync.WaitGroup)")               \
    X(MutexLock,           "sync.(*Mutex).Lock",      "func(m *sync.Mutex)")                    \
    X(MutexUnlock,         "sync.(*Mutex).Unlock",    "func(m *sync.Mutex)")                    \
    X(MutexTryLock,        "sync.(*Mutex).TryLock",   "func(m *sync.Mutex) bool")               \
    X(TimeAfter,           "time.After",              "func(d time.Duration) <-chan time.Time") \
    X(RWMutexLock,         "sync.(*RWMutex).Lock",    "func(rw *sync.RWMutex)")                 \
    X(RWMutexUnlock,       "sync.(*RWMutex).Unlock",  "func(rw *sync.RWMutex)")                 \
    X(RWMutexRLock,        "sync.(*RWMutex).RLock",   "func(rw *sync.RWMutex)")                 \
    X(RWMutexRUnlock,      "sync.(*RWMutex).RUnlock", "func(rw *sync.RWMutex)")                 \
    X(RWMutexTryLock,      "sync.(*RWMutex).TryLock", "func(rw *sync.RWMutex) bool")            \
    X(RWMutexTryRLock,     "sync.(*RWMutex).TryRLock", "func(rw *sync.RWMutex) bool")           \
    /* one native per method serves atomic.Int32, Int64, Uint32, Uint64 and Bool: */            \
    /* the object knows its width */                                                            \
    X(AtomicAdd,           "sync/atomic.(*Int64).Add",                                        \
      "func(x *atomic.Int64, delta int64) (new int64)")                                          \
    X(AtomicLoad,          "sync/atomic.(*Int64).Load", "func(x *atomic.Int64) int64")          \
    X(AtomicStore,         "sync/atomic.(*Int64).Store", "func(x *atomic.Int64, val int64)")    \
    X(AtomicSwap,          "sync/atomic.(*Int64).Swap",                                       \
      "func(x *atomic.Int64, new int64) (old int64)")                                            \
    X(AtomicCompareAndSwap, "sync/atomic.(*Int64).CompareAndSwap",                              \
                           "func(x *atomic.Int64, old, new int64) (swapped bool)")             \
    /* the function forms on pointers, five per width in this order (vm.cpp relies on it) */   \
    X(AtomicAddInt32,      "sync/atomic.AddInt32",    "func(addr *int32, delta int32) int32")   \
    X(AtomicLoadInt32,     "sync/atomic.LoadInt32",   "func(addr *int32) int32")                \
    X(AtomicStoreInt32,    "sync/atomic.StoreInt32",  "func(addr *int32, val int32)")           \
    X(AtomicSwapInt32,     "sync/atomic.SwapInt32",   "func(addr *int32, new int32) int32")     \
    X(AtomicCasInt32,      "sync/atomic.CompareAndSwapInt32",                                 \
      "func(addr *int32, old, new int32) bool")                                                  \
    X(AtomicAddInt64,      "sync/atomic.AddInt64",    "func(addr *int64, delta int64) int64")   \
    X(AtomicLoadInt64,     "sync/atomic.LoadInt64",   "func(addr *int64) int64")                \
    X(AtomicStoreInt64,    "sync/atomic.StoreInt64",  "func(addr *int64, val int64)")           \
    X(AtomicSwapInt64,     "sync/atomic.SwapInt64",   "func(addr *int64, new int64) int64")     \
    X(AtomicCasInt64,      "sync/atomic.CompareAndSwapInt64",                                 \
      "func(addr *int64, old, new int64) bool")                                                  \
    X(AtomicAddUint32,     "sync/atomic.AddUint32",   "func(addr *uint32, delta uint32) uint32") \
    X(AtomicLoadUint32,    "sync/atomic.LoadUint32",  "func(addr *uint32) uint32")              \
    X(AtomicStoreUint32,   "sync/atomic.StoreUint32", "func(addr *uint32, val uint32)")         \
    X(AtomicSwapUint32,    "sync/atomic.SwapUint32",  "func(addr *uint32, new uint32) uint32")  \
    X(AtomicCasUint32,     "sync/atomic.CompareAndSwapUint32",                                \
      "func(addr *uint32, old, new uint32) bool")                                                \
    X(AtomicAddUint64,     "sync/atomic.AddUint64",   "func(addr *uint64, delta uint64) uint64") \
    X(AtomicLoadUint64,    "sync/atomic.LoadUint64",  "func(addr *uint64) uint64")              \
    X(AtomicStoreUint64,   "sync/atomic.StoreUint64", "func(addr *uint64, val uint64)")         \
    X(AtomicSwapUint64,    "sync/atomic.SwapUint64",  "func(addr *uint64, new uint64) uint64")  \
    X(AtomicCasUint64,     "sync/atomic.CompareAndSwapUint64",                                \
      "func(addr *uint64, old, new uint64) bool")                                                \
    /* sync.Once: Do is compiled inline (codegen.cpp) around these; its object is a mutex */   \
    X(OnceDo,              "sync.(*Once).Do",         "func(o *sync.Once, f func())")           \
    X(OnceDone,            "sync.(*Once).done",       "func(o *sync.Once) bool")                \
    X(OnceTry,             "sync.(*Once).tryFirst",   "func(o *sync.Once) bool")                \
    X(OnceFinish,          "sync.(*Once).finish",     "func(o *sync.Once)")                     \
    X(TimeNewTimer,        "time.NewTimer",           "func(d time.Duration) *time.Timer")      \
    X(TimeNewTicker,       "time.NewTicker",          "func(d time.Duration) *time.Ticker")     \
    X(TimeTick,            "time.Tick",               "func(d time.Duration) <-chan time.Time") \
    /* Timer and Ticker share these: both are a TimerObject */                                  \
    X(TimeTimerC,          "time.(*Timer).C",         "func(t *time.Timer) <-chan time.Time")   \
    X(TimeTimerStop,       "time.(*Timer).Stop",      "func(t *time.Timer) bool")               \
    X(TimeTimerReset,      "time.(*Timer).Reset",     "func(t *time.Timer, d time.Duration) bool") \
    X(TimeTickerStop,      "time.(*Ticker).Stop",     "func(t *time.Ticker)")                   \
    X(TimeTickerReset,     "time.(*Ticker).Reset",    "func(t *time.Ticker, d time.Duration)") \
    /* built-ins that run as natives (print's arguments arrive boxed, to know their types) */  \
    X(BuiltinPanic,        "panic",                   "func(v any)")                            \
    X(BuiltinRecover,      "recover",                 "func() any")                             \
    X(BuiltinPrint,        "print",                   "func(args ...any)")                      \
    X(BuiltinPrintln,      "println",                 "func(args ...any)")                      \
    X(BuiltinClose,        "close",                   "func(c chan any)") /* for defer close(c) */ \
    /* sort.Slice and SliceStable called from Go: a routine that stops at each comparison */     \
    /* (codegen.cpp sort_slice), so that less runs as an ordinary call that may block */          \
    X(SortSliceStart,      "sort.Slice",              "func(x any) *sort.sorter")               \
    X(SortSliceStableStart, "sort.SliceStable",       "func(x any) *sort.sorter")               \
    X(SortSliceStep,       "sort.Slice",                                                      \
      "func(s *sort.sorter, answer bool, less func(i, j int) bool) (i, j int, more bool)")       \
    /* fmt's printing functions called from Go: a print that may stop at a String or Error */   \
    /* method, which then runs as an ordinary call that may block (codegen.cpp fmt_call) */      \
    /* (Print*: two results; Sprint* and Errorf: one) */                                         \
    X(FmtCallPrint,        "fmt.Print",                                                       \
      "func(args ..., kind int) (n int, err error, p *fmt.pp, more bool)")                      \
    X(FmtCallString,       "fmt.Sprint",                                                      \
      "func(args ..., kind int) (s any, p *fmt.pp, more bool)")                                 \
    X(FmtInvoke,           "fmt.Print",                                                       \
      "func(p *fmt.pp) (text string, panicked bool, v any)")                                    \
    X(FmtResumePrint,      "fmt.Print",                                                       \
      "func(text string, panicked bool, v any, p *fmt.pp) (n int, err error, p *fmt.pp, ok bool)") \
    X(FmtResumeString,     "fmt.Sprint",                                                      \
      "func(text string, panicked bool, v any, p *fmt.pp) (s any, p *fmt.pp, more bool)")       \
    X(OsExit,              "os.Exit",                 "func(code int)")                         \
    /* package context (vm_context.cpp), declared by hand (context_decls.cpp): these */     \
    /* signatures name types the signature reader does not read */                            \
    X(ContextBackground,   "context.Background",      "func() context.Context")                 \
    X(ContextTODO,         "context.TODO",            "func() context.Context")                 \
    X(ContextWithCancel,   "context.WithCancel",                                              \
      "func(parent context.Context) (ctx context.Context, cancel context.CancelFunc)")         \
    X(ContextWithDeadline, "context.WithDeadline",                                            \
      "func(parent context.Context, d time.Time) (context.Context, context.CancelFunc)")       \
    X(ContextWithTimeout,  "context.WithTimeout",                                             \
      "func(parent context.Context, timeout time.Duration) (context.Context, "                \
      "context.CancelFunc)")                                                                   \
    X(ContextWithValue,    "context.WithValue",                                               \
      "func(parent context.Context, key, val any) context.Context")                            \
    X(ContextCanceled,     "context.Canceled",        "var Canceled error")                     \
    X(ContextDeadlineExceeded, "context.DeadlineExceeded", "var DeadlineExceeded error")        \
    /* the methods of every context type (the receiver is a ContextObject) */                  \
    X(ContextDeadline,     "context.(*cancelCtx).Deadline",                                   \
      "func(c *context.cancelCtx) (deadline time.Time, ok bool)")                              \
    X(ContextDone,         "context.(*cancelCtx).Done",                                       \
      "func(c *context.cancelCtx) <-chan struct{}")                                             \
    X(ContextErr,          "context.(*cancelCtx).Err", "func(c *context.cancelCtx) error")      \
    X(ContextValue,        "context.(*cancelCtx).Value",                                      \
      "func(c *context.cancelCtx, key any) any")                                                \
    X(ContextString,       "context.(*cancelCtx).String", "func(c *context.cancelCtx) string")  \
    /* the body of a CancelFunc, and of the function a deadline's timer runs (their */        \
    /* closures are bound to the context) */                                                   \
    X(ContextCancel,       "context.WithCancel.func1", "func(c *context.cancelCtx)")            \
    X(ContextExpire,       "context.WithDeadline.func2", "func(c *context.timerCtx)")           \
    X(DeadlineExceededError, "context.deadlineExceededError.Error",                           \
      "func(e context.deadlineExceededError) string")                                          \
    X(DeadlineExceededTimeout, "context.deadlineExceededError.Timeout",                       \
      "func(e context.deadlineExceededError) bool")                                            \
    X(DeadlineExceededTemporary, "context.deadlineExceededError.Temporary",                   \
      "func(e context.deadlineExceededError) bool")                                            \
    X(TimeAfterFunc,       "time.AfterFunc",                                                  \
      "func(d time.Duration, f func()) *time.Timer")                                            \
    /* errors and the error types of errors, fmt and strconv (vm_errors.cpp) */                \
    X(ErrorsNew,           "errors.New",              "func(text string) error")                \
    X(ErrorsIs,            "errors.Is",               "func(err, target error) bool")           \
    X(ErrorsAs,            "errors.As",               "func(err error, target any) bool")       \
    X(ErrorsUnwrap,        "errors.Unwrap",           "func(err error) error")                  \
    X(FmtErrorf,           "fmt.Errorf",              "func(format string, a ...any) error")    \
    X(ErrorStringError,    "errors.(*errorString).Error", "func(e *errors.errorString) string") \
    X(WrapErrorError,      "fmt.(*wrapError).Error",  "func(e *fmt.wrapError) string")         \
    X(WrapErrorUnwrap,     "fmt.(*wrapError).Unwrap", "func(e *fmt.wrapError) error")          \
    X(NumErrorError,       "strconv.(*NumError).Error", "func(e *strconv.NumError) string")     \
    X(NumErrorUnwrap,      "strconv.(*NumError).Unwrap", "func(e *strconv.NumError) error")     \
    X(StrconvErrSyntax,    "strconv.ErrSyntax",       "var ErrSyntax error")                    \
    X(StrconvErrRange,     "strconv.ErrRange",        "var ErrRange error")                     \
    X(StrconvAtoi,         "strconv.Atoi",            "func(s string) (int, error)")            \
    X(StrconvParseInt,     "strconv.ParseInt",                                                \
      "func(s string, base int, bitSize int) (i int64, err error)")                             \
    X(StrconvParseUint,    "strconv.ParseUint",                                               \
      "func(s string, base int, bitSize int) (uint64, error)")                                   \
    X(StrconvParseFloat,   "strconv.ParseFloat",                                              \
      "func(s string, bitSize int) (float64, error)")                                           \
    X(StrconvParseBool,    "strconv.ParseBool",       "func(str string) (bool, error)")         \
    X(StrconvUnquote,      "strconv.Unquote",         "func(s string) (string, error)")         \
    /* strconv's Append functions: compiled as append(dst, Format...(...)...) (codegen.cpp) */ \
    X(StrconvAppendInt,    "strconv.AppendInt",                                               \
      "func(dst []byte, i int64, base int) []byte")                                             \
    X(StrconvAppendUint,   "strconv.AppendUint",                                              \
      "func(dst []byte, i uint64, base int) []byte")                                            \
    X(StrconvAppendFloat,  "strconv.AppendFloat",                                             \
      "func(dst []byte, f float64, fmt byte, prec, bitSize int) []byte")                        \
    X(StrconvAppendBool,   "strconv.AppendBool",      "func(dst []byte, b bool) []byte")        \
    X(StrconvAppendQuote,  "strconv.AppendQuote",     "func(dst []byte, s string) []byte")      \
    X(StrconvAppendQuoteRune, "strconv.AppendQuoteRune", "func(dst []byte, r rune) []byte")     \
    X(StrconvAppendQuoteToASCII, "strconv.AppendQuoteToASCII",                                \
      "func(dst []byte, s string) []byte")                                                      \
    X(StrconvAppendQuoteRuneToASCII, "strconv.AppendQuoteRuneToASCII",                        \
      "func(dst []byte, r rune) []byte")                                                        \
    /* strings.Builder (lib_builder.cpp) */                                                    \
    X(BuilderWriteString,  "strings.(*Builder).WriteString",                                  \
      "func(b *strings.Builder, s string) (int, error)")                                         \
    X(BuilderWriteByte,    "strings.(*Builder).WriteByte",                                    \
      "func(b *strings.Builder, c byte) error")                                                 \
    X(BuilderWriteRune,    "strings.(*Builder).WriteRune",                                    \
      "func(b *strings.Builder, r rune) (int, error)")                                           \
    X(BuilderString,       "strings.(*Builder).String", "func(b *strings.Builder) string")     \
    X(BuilderLen,          "strings.(*Builder).Len",  "func(b *strings.Builder) int")           \
    X(BuilderReset,        "strings.(*Builder).Reset", "func(b *strings.Builder)")              \
    X(BuilderGrow,         "strings.(*Builder).Grow", "func(b *strings.Builder, n int)")        \
    X(BuilderWrite,        "strings.(*Builder).Write",                                        \
      "func(b *strings.Builder, p []byte) (int, error)")                                         \
    /* bytes.Buffer, for writing (vm_stdlib.cpp) */                                            \
    X(BufferWriteString,   "bytes.(*Buffer).WriteString",                                     \
      "func(b *bytes.Buffer, s string) (n int, err error)")                                      \
    X(BufferWriteByte,     "bytes.(*Buffer).WriteByte", "func(b *bytes.Buffer, c byte) error")  \
    X(BufferWriteRune,     "bytes.(*Buffer).WriteRune",                                       \
      "func(b *bytes.Buffer, r rune) (n int, err error)")                                        \
    X(BufferWrite,         "bytes.(*Buffer).Write",                                           \
      "func(b *bytes.Buffer, p []byte) (n int, err error)")                                      \
    X(BufferString,        "bytes.(*Buffer).String",  "func(b *bytes.Buffer) string")           \
    X(BufferLen,           "bytes.(*Buffer).Len",     "func(b *bytes.Buffer) int")              \
    X(BufferReset,         "bytes.(*Buffer).Reset",   "func(b *bytes.Buffer)")                  \
    /* fmt's F functions: compiled as w.Write([]byte(fmt.Sprint...(...))) (codegen.cpp), */    \
    /* so that a Write method written in Go may block like any call */                         \
    X(FmtFprint,           "fmt.Fprint",                                                      \
      "func(w io.Writer, a ...any) (n int, err error)")                                          \
    X(FmtFprintln,         "fmt.Fprintln",                                                    \
      "func(w io.Writer, a ...any) (n int, err error)")                                          \
    X(FmtFprintf,          "fmt.Fprintf",                                                     \
      "func(w io.Writer, format string, a ...any) (n int, err error)")                           \
    /* the standard streams; an *os.File holds its file descriptor */                         \
    X(OsStdout,            "os.Stdout",               "var Stdout *os.File")                    \
    X(OsStderr,            "os.Stderr",               "var Stderr *os.File")                    \
    /* os.Args: a new slice of the run's arguments, which main.init stores in a global */     \
    X(OsArgs,              "os.Args",                 "var Args []string")                      \
    /* io.EOF, what a Reader returns at the end: one object per program, compared by identity */ \
    X(IoEOF,               "io.EOF",                  "var EOF error")                          \
    /* package runtime: the scheduler as a program sees it */                                  \
    X(RuntimeGosched,      "runtime.Gosched",         "func()")                                 \
    X(RuntimeNumGoroutine, "runtime.NumGoroutine",    "func() int")                             \
    X(RuntimeGOMAXPROCS,   "runtime.GOMAXPROCS",      "func(n int) int")                        \
    X(RuntimeNumCPU,       "runtime.NumCPU",          "func() int")                             \
    X(OsFileWrite,         "os.(*File).Write",                                                \
      "func(f *os.File, b []byte) (n int, err error)")                                           \
    X(OsFileWriteString,   "os.(*File).WriteString",                                          \
      "func(f *os.File, s string) (n int, err error)")                                           \
    /* sort with a Go less function (vm_sort.cpp) */                                           \
    X(SortSlice,           "sort.Slice",              "func(x any, less func(i, j int) bool)")  \
    X(SortSliceStable,     "sort.SliceStable",        "func(x any, less func(i, j int) bool)")  \
    X(SortSearchInts,      "sort.SearchInts",         "func(a []int, x int) int")               \
    X(SortSearch,          "sort.Search",             "func(n int, f func(int) bool) int")      \
    X(SortSort,            "sort.Sort",               "func(data sort.Interface)")              \
    X(SortStable,          "sort.Stable",             "func(data sort.Interface)")              \
    X(SortIsSorted,        "sort.IsSorted",           "func(data sort.Interface) bool")         \
    /* strings with a Go function (vm_strings.cpp) */                                         \
    X(StringsMap,          "strings.Map",                                                     \
      "func(mapping func(rune) rune, s string) string")                                         \
    X(StringsIndexFunc,    "strings.IndexFunc",       "func(s string, f func(rune) bool) int")  \
    X(StringsLastIndexFunc, "strings.LastIndexFunc",  "func(s string, f func(rune) bool) int")  \
    X(StringsTrimFunc,     "strings.TrimFunc",        "func(s string, f func(rune) bool) string") \
    X(StringsTrimLeftFunc, "strings.TrimLeftFunc",                                            \
      "func(s string, f func(rune) bool) string")                                               \
    X(StringsTrimRightFunc, "strings.TrimRightFunc",                                          \
      "func(s string, f func(rune) bool) string")                                               \
    X(StringsFieldsFunc,   "strings.FieldsFunc",                                              \
      "func(s string, f func(rune) bool) []string")                                             \
    /* strings.Replacer and strings.Reader (vm_stdlib.cpp) */                                 \
    X(StringsNewReplacer,  "strings.NewReplacer",     "func(oldnew ...string) *strings.Replacer") \
    X(ReplacerReplace,     "strings.(*Replacer).Replace",                                     \
      "func(r *strings.Replacer, s string) string")                                             \
    X(StringsNewReader,    "strings.NewReader",       "func(s string) *strings.Reader")         \
    X(ReaderLen,           "strings.(*Reader).Len",   "func(r *strings.Reader) int")            \
    X(ReaderSize,          "strings.(*Reader).Size",  "func(r *strings.Reader) int64")          \
    X(ReaderRead,          "strings.(*Reader).Read",                                          \
      "func(r *strings.Reader, b []byte) (n int, err error)")                                    \
    X(ReaderReadByte,      "strings.(*Reader).ReadByte", "func(r *strings.Reader) (byte, error)") \
    X(ReaderUnreadByte,    "strings.(*Reader).UnreadByte", "func(r *strings.Reader) error")     \
    X(ReaderReadRune,      "strings.(*Reader).ReadRune",                                      \
      "func(r *strings.Reader) (ch rune, size int, err error)")                                  \
    X(ReaderUnreadRune,    "strings.(*Reader).UnreadRune", "func(r *strings.Reader) error")     \
    X(ReaderReset,         "strings.(*Reader).Reset", "func(r *strings.Reader, s string)")      \
    /* math/rand's Rand values and the package-level functions that need the VM */             \
    X(RandNewSource,       "math/rand.NewSource",     "func(seed int64) rand.Source")           \
    X(RandNew,             "math/rand.New",           "func(src rand.Source) *rand.Rand")       \
    X(RngSourceInt63,      "math/rand.(*rngSource).Int63", "func(s *rand.rngSource) int64")     \
    X(RngSourceSeed,       "math/rand.(*rngSource).Seed",                                     \
      "func(s *rand.rngSource, seed int64)")                                                     \
    X(RandInt,             "math/rand.Int",           "func() int")                             \
    X(RandPerm,            "math/rand.Perm",          "func(n int) []int")                      \
    X(RandShuffle,         "math/rand.Shuffle",       "func(n int, swap func(i, j int))")       \
    X(RandRandIntn,        "math/rand.(*Rand).Intn",  "func(r *rand.Rand, n int) int")          \
    X(RandRandInt,         "math/rand.(*Rand).Int",   "func(r *rand.Rand) int")                 \
    X(RandRandFloat64,     "math/rand.(*Rand).Float64", "func(r *rand.Rand) float64")           \
    X(RandRandPerm,        "math/rand.(*Rand).Perm",  "func(r *rand.Rand, n int) []int")        \
    X(RandRandShuffle,     "math/rand.(*Rand).Shuffle",                                       \
      "func(r *rand.Rand, n int, swap func(i, j int))")                                          \
    /* package time's calendar, in UTC only (vm_time.cpp, go_time.cpp) */                     \
    X(TimeUTC,             "time.UTC",                "var UTC *time.Location")               \
    X(TimeLocationString,  "time.(*Location).String", "func(l *time.Location) string")        \
    X(TimeDate,            "time.Date",                                                       \
      "func(year int, month time.Month, day, hour, min, sec, nsec int, "                      \
      "loc *time.Location) time.Time")                                                        \
    X(TimeUnix,            "time.Unix",               "func(sec int64, nsec int64) time.Time")  \
    X(TimeUnixMilli,       "time.UnixMilli",          "func(msec int64) time.Time")           \
    X(TimeUnixMicro,       "time.UnixMicro",          "func(usec int64) time.Time")           \
    X(TimeUntil,           "time.Until",              "func(t time.Time) time.Duration")      \
    X(TimeTimeYear,        "time.Time.Year",          "func(t time.Time) int")                \
    X(TimeTimeMonth,       "time.Time.Month",         "func(t time.Time) time.Month")         \
    X(TimeTimeDay,         "time.Time.Day",           "func(t time.Time) int")                \
    X(TimeTimeHour,        "time.Time.Hour",          "func(t time.Time) int")                \
    X(TimeTimeMinute,      "time.Time.Minute",        "func(t time.Time) int")                \
    X(TimeTimeSecond,      "time.Time.Second",        "func(t time.Time) int")                \
    X(TimeTimeNanosecond,  "time.Time.Nanosecond",    "func(t time.Time) int")                \
    X(TimeTimeWeekday,     "time.Time.Weekday",       "func(t time.Time) time.Weekday")       \
    X(TimeTimeYearDay,     "time.Time.YearDay",       "func(t time.Time) int")                \
    X(TimeTimeDate,        "time.Time.Date",                                                  \
      "func(t time.Time) (year int, month time.Month, day int)")                              \
    X(TimeTimeClock,       "time.Time.Clock",         "func(t time.Time) (hour, min, sec int)") \
    X(TimeTimeUnix,        "time.Time.Unix",          "func(t time.Time) int64")              \
    X(TimeTimeUnixMilli,   "time.Time.UnixMilli",     "func(t time.Time) int64")              \
    X(TimeTimeUnixMicro,   "time.Time.UnixMicro",     "func(t time.Time) int64")              \
    X(TimeTimeUnixNano,    "time.Time.UnixNano",      "func(t time.Time) int64")              \
    X(TimeTimeAdd,         "time.Time.Add",                                                   \
      "func(t time.Time, d time.Duration) time.Time")                                         \
    X(TimeTimeAddDate,     "time.Time.AddDate",                                               \
      "func(t time.Time, years int, months int, days int) time.Time")                         \
    X(TimeTimeAfter,       "time.Time.After",         "func(t time.Time, u time.Time) bool")  \
    X(TimeTimeBefore,      "time.Time.Before",        "func(t time.Time, u time.Time) bool")  \
    X(TimeTimeEqual,       "time.Time.Equal",         "func(t time.Time, u time.Time) bool")  \
    X(TimeTimeIsZero,      "time.Time.IsZero",        "func(t time.Time) bool")               \
    X(TimeTimeFormat,      "time.Time.Format",        "func(t time.Time, layout string) string") \
    X(TimeTimeString,      "time.Time.String",        "func(t time.Time) string")             \
    X(TimeTimeUTC,         "time.Time.UTC",           "func(t time.Time) time.Time")          \
    X(TimeTimeTruncate,    "time.Time.Truncate",                                              \
      "func(t time.Time, d time.Duration) time.Time")                                         \
    X(TimeTimeRound,       "time.Time.Round",                                                 \
      "func(t time.Time, d time.Duration) time.Time")                                         \
    X(TimeMonthString,     "time.Month.String",       "func(m time.Month) string")            \
    X(TimeWeekdayString,   "time.Weekday.String",     "func(d time.Weekday) string")          \
    X(TimeDurationHours,   "time.Duration.Hours",     "func(d time.Duration) float64")        \
    X(TimeDurationMinutes, "time.Duration.Minutes",   "func(d time.Duration) float64")        \
    X(TimeDurationMicroseconds, "time.Duration.Microseconds", "func(d time.Duration) int64")  \
    X(TimeDurationNanoseconds, "time.Duration.Nanoseconds", "func(d time.Duration) int64")    \
    X(TimeDurationRound,   "time.Duration.Round",                                             \
      "func(d time.Duration, m time.Duration) time.Duration")                                 \
    X(TimeDurationTruncate, "time.Duration.Truncate",                                         \
      "func(d time.Duration, m time.Duration) time.Duration")                                 \
    X(TimeDurationAbs,     "time.Duration.Abs",       "func(d time.Duration) time.Duration")   \
    X(TimeParseDuration,   "time.ParseDuration",      "func(s string) (time.Duration, error)") \
    /* sync.Cond: Wait is compiled inline (codegen.cpp cond_wait) around notifyListAdd, */    \
    /* L.Unlock, notifyListWait and L.Lock, so that L may be any Locker, even Go code */      \
    X(SyncNewCond,         "sync.NewCond",            "func(l sync.Locker) *sync.Cond")        \
    X(CondWait,            "sync.(*Cond).Wait",       "func(c *sync.Cond)")                    \
    X(CondSignal,          "sync.(*Cond).Signal",     "func(c *sync.Cond)")                    \
    X(CondBroadcast,       "sync.(*Cond).Broadcast",  "func(c *sync.Cond)")                    \
    X(CondNotifyListAdd,   "sync.(*Cond).notifyListAdd", "func(c *sync.Cond) int64")           \
    X(CondNotifyListWait,  "sync.(*Cond).notifyListWait", "func(c *sync.Cond, t int64)")       \
    X(RWMutexRLocker,      "sync.(*RWMutex).RLocker", "func(rw *sync.RWMutex) sync.Locker")  \
    /* sync.Map: its entries live in its dirty field, under one lock for every Map; Range */   \
    /* is compiled inline (codegen.cpp sync_map_range) over a snapshot, so f may block */      \
    X(SyncMapLoad,         "sync.(*Map).Load",                                                 \
      "func(m *sync.Map, key any) (value any, ok bool)")                                       \
    X(SyncMapStore,        "sync.(*Map).Store",       "func(m *sync.Map, key any, value any)") \
    X(SyncMapLoadOrStore,  "sync.(*Map).LoadOrStore",                                          \
      "func(m *sync.Map, key any, value any) (actual any, loaded bool)")                       \
    X(SyncMapLoadAndDelete, "sync.(*Map).LoadAndDelete",                                       \
      "func(m *sync.Map, key any) (value any, loaded bool)")                                   \
    X(SyncMapDelete,       "sync.(*Map).Delete",      "func(m *sync.Map, key any)")            \
    X(SyncMapRange,        "sync.(*Map).Range",                                                \
      "func(m *sync.Map, f func(key any, value any) bool)")                                    \
    X(SyncMapSnapshot,     "sync.(*Map).snapshot",    "func(m *sync.Map) map[any]any")          \
    /* sort.Reverse and the slice types of package sort (vm_sort.cpp) */                       \
    X(SortReverse,         "sort.Reverse",            "func(data sort.Interface) sort.Interface") \
    X(ReverseLen,          "sort.(*reverse).Len",     "func(r *sort.reverse) int")              \
    X(ReverseLess,         "sort.(*reverse).Less",    "func(r *sort.reverse, i, j int) bool")   \
    X(ReverseSwap,         "sort.(*reverse).Swap",    "func(r *sort.reverse, i, j int)")        \
    X(IntSliceLen,         "sort.IntSlice.Len",       "func(x sort.IntSlice) int")              \
    X(IntSliceLess,        "sort.IntSlice.Less",      "func(x sort.IntSlice, i, j int) bool")   \
    X(IntSliceSwap,        "sort.IntSlice.Swap",      "func(x sort.IntSlice, i, j int)")        \
    X(IntSliceSort,        "sort.IntSlice.Sort",      "func(x sort.IntSlice)")                  \
    X(IntSliceSearch,      "sort.IntSlice.Search",    "func(p sort.IntSlice, x int) int")       \
    X(StringSliceLen,      "sort.StringSlice.Len",    "func(x sort.StringSlice) int")           \
    X(StringSliceLess,     "sort.StringSlice.Less",                                           \
      "func(x sort.StringSlice, i, j int) bool")                                                \
    X(StringSliceSwap,     "sort.StringSlice.Swap",   "func(x sort.StringSlice, i, j int)")     \
    X(StringSliceSort,     "sort.StringSlice.Sort",   "func(x sort.StringSlice)")               \
    X(StringSliceSearch,   "sort.StringSlice.Search",                                         \
      "func(p sort.StringSlice, x string) int")                                                 \
    X(Float64SliceLen,     "sort.Float64Slice.Len",   "func(x sort.Float64Slice) int")          \
    X(Float64SliceLess,    "sort.Float64Slice.Less",                                          \
      "func(x sort.Float64Slice, i, j int) bool")                                               \
    X(Float64SliceSwap,    "sort.Float64Slice.Swap",  "func(x sort.Float64Slice, i, j int)")    \
    X(Float64SliceSort,    "sort.Float64Slice.Sort",  "func(x sort.Float64Slice)")              \
    X(Float64SliceSearch,  "sort.Float64Slice.Search",                                        \
      "func(p sort.Float64Slice, x float64) int")                                               \
    /* runtime.Goexit: unwinds like a panic that no recover stops (vm_defer.cpp) */            \
    X(RuntimeGoexit,       "runtime.Goexit",          "func()")                                 \
    /* sync.Pool: its values live in its local field, under one lock for every Pool */         \
    X(PoolGet,             "sync.(*Pool).Get",        "func(p *sync.Pool) any")                 \
    X(PoolPut,             "sync.(*Pool).Put",        "func(p *sync.Pool, x any)")             \
    /* fmt's scanning of a string (vm_scan.cpp) */                                             \
    X(FmtSscan,            "fmt.Sscan",                                                       \
      "func(str string, a ...any) (n int, err error)")                                           \
    X(FmtSscanln,          "fmt.Sscanln",                                                     \
      "func(str string, a ...any) (n int, err error)")                                           \
    X(FmtSscanf,           "fmt.Sscanf",                                                      \
      "func(str string, format string, a ...any) (n int, err error)")                            \
    /* os.Stdin: what the CLI passes through; empty in the page and in tests */                \
    X(OsStdin,             "os.Stdin",                "var Stdin *os.File")                     \
    X(OsFileRead,          "os.(*File).Read",                                                 \
      "func(f *os.File, b []byte) (n int, err error)")                                           \
    /* bufio.Scanner (vm_bufio.cpp): Go's Scan loop over any io.Reader and SplitFunc */         \
    X(BufioNewScanner,     "bufio.NewScanner",        "func(r io.Reader) *bufio.Scanner")       \
    X(ScannerScan,         "bufio.(*Scanner).Scan",   "func(s *bufio.Scanner) bool")            \
    X(ScannerText,         "bufio.(*Scanner).Text",   "func(s *bufio.Scanner) string")          \
    X(ScannerBytes,        "bufio.(*Scanner).Bytes",  "func(s *bufio.Scanner) []byte")          \
    X(ScannerErr,          "bufio.(*Scanner).Err",    "func(s *bufio.Scanner) error")           \
    X(ScannerSplit,        "bufio.(*Scanner).Split",                                          \
      "func(s *bufio.Scanner, split bufio.SplitFunc)")                                          \
    X(ScannerBuffer,       "bufio.(*Scanner).Buffer",                                         \
      "func(s *bufio.Scanner, buf []byte, max int)")                                            \
    /* the split functions, in this order (vm_bufio.cpp relies on it) */                       \
    X(BufioScanLines,      "bufio.ScanLines",                                                 \
      "func(data []byte, atEOF bool) (advance int, token []byte, err error)")                   \
    X(BufioScanWords,      "bufio.ScanWords",                                                 \
      "func(data []byte, atEOF bool) (advance int, token []byte, err error)")                   \
    X(BufioScanRunes,      "bufio.ScanRunes",                                                 \
      "func(data []byte, atEOF bool) (advance int, token []byte, err error)")                   \
    X(BufioScanBytes,      "bufio.ScanBytes",                                                 \
      "func(data []byte, atEOF bool) (advance int, token []byte, err error)")
// clang-format on

enum class NativeId : int32_t {
#define GOLAB_NATIVE_ENUM(name, go_name, signature) name,
    GOLAB_NATIVES(GOLAB_NATIVE_ENUM)
#undef GOLAB_NATIVE_ENUM
        Count_
};

// Returns the Go name of a native ("fmt.Println"), as stack traces show it.
const char* native_go_name(NativeId id);

// How many results fmt's printing function id has (Print*: n and err; Sprint* and Errorf:
// one), for the loop calls of them compile to (CodeGen::fmt_call, vm_fmt.cpp); -1 for any
// other native.
constexpr int fmt_result_count(NativeId id) {
    switch (id) {
    case NativeId::FmtPrint:
    case NativeId::FmtPrintln:
    case NativeId::FmtPrintf:
        return 2;
    case NativeId::FmtSprint:
    case NativeId::FmtSprintln:
    case NativeId::FmtSprintf:
    case NativeId::FmtErrorf:
        return 1;
    default:
        return -1;
    }
}
// Returns a native's Go signature as listed above (a method's receiver comes first).
const char* native_signature(NativeId id);

} // namespace golab
