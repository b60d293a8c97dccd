# At exit, __del__ methods run inside collections: the exit collection (for an object in a
# cycle), then the collection finalize_modules runs once __main__ is dropped (its namespace is
# cyclic: the class's methods hold it as their globals). gc.collect() called there gets 0 and
# collects nothing, even a cycle the __del__ has just dropped.
import gc

class Report:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        junk = []
        junk.append(junk)
        del junk
        print(self.name, "collect inside __del__:", gc.collect())

c = Report("cyclic")
c.self = c
del c
g = Report("global")
print("end of the script")
