# AttributeError in the middle of an attribute chain, with a "Did you mean" suggestion.
class Engine:
    def __init__(self):
        self.power = 150


class Car:
    def __init__(self):
        self.engine = Engine()


car = Car()
print(car.engine.power)
print(car.engine.powr)
