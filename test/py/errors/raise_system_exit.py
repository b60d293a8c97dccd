# raise SystemExit(5) directly is the same as sys.exit(5); its code attribute is the status.
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught once, code =", e.code, "args =", e.args)
print("raising again, uncaught")
raise SystemExit(5)
