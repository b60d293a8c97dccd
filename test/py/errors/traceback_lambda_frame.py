# Frames of lambdas are named <lambda>; sorted() calling the key shows no frame of its own.
records = [{"name": "a", "age": 3}, {"name": "b"}]
by_age = sorted(records, key=lambda r: r["age"])
print(by_age)
print("never reached")
