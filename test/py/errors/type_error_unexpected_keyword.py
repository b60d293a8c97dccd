# TypeError: an unexpected keyword argument to a method.
class Greeter:
    def greet(self, name):
        return "hello " + name


print(Greeter().greet(name="ada"))
print(Greeter().greet(nam="ada"))
