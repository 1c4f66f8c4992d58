#!/usr/bin/env python3
"""Writes the first N bits of the binary expansion of e (the NIST STS data.e layout: ASCII 0/1, the integer part
"10" first), N = argv[1] (default 1,000,000), to argv[2] (default stdout)."""
import sys


def e_bits(n):
    # e = sum 1/k!; T/Q = sum_{k=a}^{b-1} (b-1)!/k! ... by binary splitting: P(a,b)=prod, T(a,b)
    def split(a, b):
        if b - a == 1:
            return a if a > 0 else 1, 1  # (q, t): q = a (1 for k=0), t = 1
        m = (a + b) // 2
        q1, t1 = split(a, m)
        q2, t2 = split(m, b)
        return q1 * q2, t1 * q2 + t2

    k = 2
    logf = 0.0
    import math
    while logf < n + 64:
        logf += math.log2(k)
        k += 1
    q, t = split(0, k)  # sum_{j<k} 1/j! = t/q
    x = (t << (n - 2)) // q  # floor(e * 2^(n-2)): n bits, the first two are "10"
    s = bin(x)[2:]
    assert len(s) == n and s.startswith("10"), (len(s), s[:8])
    return s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    bits = e_bits(n)
    lines = "\n".join(bits[i:i + 1000] for i in range(0, n, 1000)) + "\n"
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as f:
            f.write(lines)
    else:
        sys.stdout.write(lines)


if __name__ == "__main__":
    main()
