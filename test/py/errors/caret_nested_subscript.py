# A KeyError deep in a chained subscript: the caret line marks the failing subscript only.
config = {"server": {"host": "localhost"}, "client": {}}
print(config["server"]["host"])
print(config["client"]["host"])
print("never reached")
