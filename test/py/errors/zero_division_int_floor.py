# Integer floor division by zero inside an augmented assignment.
buckets = 0
items = 10
per_bucket = items
per_bucket //= buckets
