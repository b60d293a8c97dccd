# gc.get_referrers finds tracked containers that refer to an object; untracked ones (an atomic
# dict) are invisible to it.
import gc


class Box:
    pass


gc.collect()
target = Box()
holder_list = [target]
holder_tuple = (target, [])
holder_dict = {"t": target}
box = Box()
box.item = target
found = gc.get_referrers(target)
print("list found:", any(r is holder_list for r in found))
print("tuple found:", any(r is holder_tuple for r in found))
print("dict found:", any(r is holder_dict for r in found))
print("instance found:", any(r is box for r in found))
atom = 12345
atomic = {"a": atom}
print("atomic dict untracked:", not gc.is_tracked(atomic))
print("so it is not reported:", any(r is atomic for r in gc.get_referrers(atom)))
print("module globals found:", any(r is globals() for r in gc.get_referrers(target)))
