# An exception raised in __init__ while constructing an object inside a list comprehension.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"negative kelvin: {kelvin}")
        self.kelvin = kelvin


readings = [300, 12, -5]
temps = [Temperature(k) for k in readings]
