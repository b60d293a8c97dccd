# __init_subclass__ runs for every subclass at class creation, with keyword arguments from the class line.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("  registered", cls.plugin_name)


print("defining subclasses")


class Csv(Plugin):
    pass


class Json(Plugin, name="json-plugin"):
    pass


class StrictJson(Json):
    pass


print(Plugin.registry)
print(Csv.plugin_name, Json.plugin_name, StrictJson.plugin_name)
print(hasattr(Plugin, "plugin_name"))
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as error:
    print("TypeError:", error)
