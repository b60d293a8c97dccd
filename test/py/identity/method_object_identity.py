# Bound methods are created on each access; plain functions, staticmethods and builtins are returned as stored.
class Tool:
    def use(self):
        return "used"

    @staticmethod
    def helper():
        return "helped"

    @classmethod
    def build(cls):
        return cls()


t = Tool()
print("t.use is t.use:", t.use is t.use, " ==:", t.use == t.use)
print("id(t.use) == id(t.use) (freed, then the block reused):", id(t.use) == id(t.use))
print("Tool.use is Tool.use:", Tool.use is Tool.use, " Tool.helper is t.helper:", Tool.helper is t.helper)
print("Tool.build is Tool.build:", Tool.build is Tool.build, " ==:", Tool.build == Tool.build)
m = t.use
print("a stored bound method keeps its identity:", m is m, m.__self__ is t, m.__func__ is Tool.use)
lst = []
print("[].append is [].append:", lst.append is lst.append, " len is len:", len is len)
print("two instances' bound methods are unequal:", Tool().use == Tool().use, t.use == Tool.build().use)
print("type(t).use is Tool.use:", type(t).use is Tool.use, " vars(Tool)['use'] is Tool.use:", vars(Tool)["use"] is Tool.use)
print("staticmethod object vs function:", vars(Tool)["helper"] is Tool.helper, vars(Tool)["helper"].__func__ is Tool.helper)
