# A generator expression consumed by sum() shows a <genexpr> frame.
words = ["alpha", "beta", None, "delta"]
print(sum(len(w) for w in words))
print("never reached")
print(words)
