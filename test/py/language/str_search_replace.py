# find/index/rfind/count/replace/strip family, including the "substring not found" ValueError.
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("ss", 3), s.find("ss", 3, 5), s.find("z"), s.find(""))
print(s.index("pp"), s.rindex("i"), s.count("s"), s.count("ss"), s.count(""), s.count("i", 5))
try:
    s.index("z")
except ValueError as error:
    print("ValueError:", error)
try:
    s.rindex("q")
except ValueError as error:
    print("ValueError:", error)
print(s.replace("ss", "SS"), s.replace("ss", "SS", 1), s.replace("", "-"), s.replace("i", "", 2))
padded = "\t xx--hello--xx \n"
print(repr(padded.strip()), repr(padded.lstrip()), repr(padded.rstrip()))
print("xx--hello--xx".strip("x-"), "xx--hello--xx".lstrip("x"), "abcba".strip("ab"), "aaa".strip("a") == "")
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
print(s.startswith("miss"), s.startswith(("x", "mis")), s.endswith("pi"), s.startswith("ss", 2))
print("Hello" in "Hello, World", "hello".find("l") == "hello".index("l"))
