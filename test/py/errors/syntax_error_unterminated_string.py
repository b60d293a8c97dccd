# A string literal missing its closing quote.
print("this file never runs: it does not compile")
greeting = "hello
print(greeting)
print("end of file")
