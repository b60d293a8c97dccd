# Float arithmetic: a small n-body style integration (float ops, attribute-free lists of floats).
def main():
    xs = [float(i) for i in range(40)]
    vs = [0.0] * 40
    dt = 0.001
    for step in range(300):
        for i in range(40):
            acc = 0.0
            xi = xs[i]
            for j in range(0, 40, 4):
                d = xs[j] - xi
                acc += d / (d * d + 0.5)
            vs[i] += acc * dt
        for i in range(40):
            xs[i] += vs[i] * dt
    return (round(sum(xs), 6), round(max(vs), 9))


for _ in range(18):
    result = main()
print(*result)
