# A parameter without a default after one with a default.
print("this file never runs: it does not compile")
def connect(host="localhost", port):
    return host, port

print(connect(port=80))
