#!/usr/bin/env python3
"""Prints the binary digits of 4/pi as 20 words of 64 bits, for src/vm/go_math.cpp.

Word 0 holds the integer part (1), words 1-19 the first 1216 bits of the fraction:
enough for Payne-Hanek reduction of the largest float64. Pi comes from Machin's formula,
pi = 16 atan(1/5) - 4 atan(1/239), in integer arithmetic with 64 guard bits.
"""


def atan_of_inverse(n, one):
    """Returns atan(1/n) * one, by its Taylor series."""
    total = term = one // n
    k, sign = 1, -1
    while term:
        term //= n * n
        total += sign * (term // (2 * k + 1))
        sign, k = -sign, k + 1
    return total


def main():
    guard = 64
    fraction_bits = 19 * 64
    one = 1 << (fraction_bits + guard)
    pi = 16 * atan_of_inverse(5, one) - 4 * atan_of_inverse(239, one)
    four_over_pi = (4 * one * one // pi) >> guard
    words = [(four_over_pi >> (64 * (19 - i))) & (2**64 - 1) for i in range(20)]
    for i in range(0, 20, 4):
        print("    " + ", ".join("0x%016x" % w for w in words[i:i + 4]) + ",")


if __name__ == "__main__":
    main()
