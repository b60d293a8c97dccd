# TypeError: a parameter given both positionally and by keyword.
def connect(host, port=80):
    return "%s:%d" % (host, port)


print(connect("example.org", port=8080))
print(connect("example.org", host="other.org"))
