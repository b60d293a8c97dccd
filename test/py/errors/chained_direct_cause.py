# raise ... from inside a method: "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass


class Config:
    def __init__(self, text):
        self.text = text

    def port(self):
        try:
            return int(self.text)
        except ValueError as error:
            raise ConfigError("port must be a number, got %r" % self.text) from error


print(Config("8080").port())
print(Config("http").port())
