# A traceback through methods of several classes, three frames deep.
class Parser:
    def parse(self, text):
        return Tokenizer().tokens(text)


class Tokenizer:
    def tokens(self, text):
        return [self.token(part) for part in text.split()]

    def token(self, part):
        return int(part)


print(Parser().parse("1 2 3"))
print(Parser().parse("1 two 3"))
