// go_math.h: package math's functions with Go's own algorithms, so results match Go's to
// the last bit.
//
// The C library rounds differently in the last digit for about one input in ten, and a
// program that prints %.17g (or %v) shows it. Go 1.19 computes Sin, Cos, Tan and Atan with
// the Cephes polynomials in plain Go, Pow from Frexp and repeated squaring, and Exp and Log
// in amd64 assembly; these follow what Go does on amd64 with FMA (every x86-64 CPU since
// 2013), the machine our expected outputs come from.
#pragma once

#include <cstdint>

namespace golab {

// Returns math.Sin(x).
double go_sin(double x);
// Returns math.Cos(x).
double go_cos(double x);
// Returns math.Tan(x).
double go_tan(double x);
// Returns math.Atan(x).
double go_atan(double x);
// Returns math.Exp(x).
double go_exp(double x);
// Returns math.Log(x).
double go_log(double x);
// Returns math.Pow(x, y).
double go_pow(double x, double y);
// Return math.Asin, Acos, Atan2, Sinh, Cosh, Tanh, Cbrt, Log10, Log2 and Hypot, from the
// functions above as Go builds them (Hypot as amd64's assembly, which computes the same).
double go_asin(double x);
double go_acos(double x);
double go_atan2(double y, double x);
double go_sinh(double x);
double go_cosh(double x);
double go_tanh(double x);
double go_cbrt(double x);
double go_log10(double x);
double go_log2(double x);
double go_hypot(double p, double q);

// Return math.Log1p, Expm1, Exp2, Asinh, Acosh and Atanh as Go's plain-Go versions compute
// them, and math.Pow10 from Go's tables of powers.
double go_log1p(double x);
double go_expm1(double x);
double go_exp2(double x);
double go_asinh(double x);
double go_acosh(double x);
double go_atanh(double x);
double go_pow10(int64_t n);
// Returns math.NaN(): Go's quiet NaN, 0x7FF8000000000001.
double go_nan();
} // namespace golab
