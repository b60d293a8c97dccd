# A class defined at module level keeps __main__'s dict in a cycle (its methods' globals), so
# at exit the dict is collected: finalizers run in the order the objects were created.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


late_name = None
b = Noisy("b, created first")
a = Noisy("a, created second")
late_name = Noisy("assigned to an early name, created third")
items = {"k": Noisy("in a dict, created fourth")}
print("end of module")
