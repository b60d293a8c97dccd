# A failing call spread over several lines: 3.11 shows only its first line, without carets.
def build(name, size, colour):
    return {"name": name, "size": int(size), "colour": colour}


item = build(
    "box",
    "large",
    "red",
)
print(item)
