# Loops with int arithmetic: nested for/while loops, +, *, %, //, comparisons.
def collatz_steps(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        steps = 0
        x = n
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


def sieve_sum(n):
    flags = [True] * (n + 1)
    total = 0
    for i in range(2, n + 1):
        if flags[i]:
            total += i
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return total


def main():
    return collatz_steps(12000), sieve_sum(200000)


for _ in range(2):
    result = main()
print(*result)
