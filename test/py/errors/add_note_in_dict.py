# add_note keeps the notes as the __notes__ attribute, in the exception's __dict__ (a list made
# on the first note); a non-list __notes__ makes add_note fail; split() copies the notes.
import gc
import sys

e = ValueError('x')
size = sys.getsizeof(e)
e.add_note('first')
print(e.__dict__, e.__notes__, sys.getsizeof(e) == size)
print(gc.get_referents(e))
try:
    e.add_note(1)
except TypeError as exc:
    print('TypeError', exc)
e.__notes__ = ('not', 'a list')
try:
    e.add_note('z')
except TypeError as exc:
    print('TypeError', exc)
del e.__notes__
print(hasattr(e, '__notes__'))
e.add_note('again')
print(e.__notes__)
eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
eg.add_note('group note')
print(gc.get_referents(eg))
match, rest = eg.split(ValueError)
print(match.__notes__, match.__notes__ is eg.__notes__, rest.__dict__)


class Slotted(Exception):
    __slots__ = ()


s = Slotted()
s.add_note('slotted')
print(s.__dict__)
raise e
