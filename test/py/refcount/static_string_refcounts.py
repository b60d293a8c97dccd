# The strings CPython 3.11 allocates statically and interns at start-up (the _Py_ID identifiers,
# the names and constants of the deep-frozen modules) start at 999999999 references, and what
# start-up makes (functions, code objects, module and type dicts) holds many more: 'self' is
# among the argument names of hundreds of functions. A literal and sys.intern() of a fresh copy
# give the same object. If this program fails after the kernel's start-up or
# kernel/objects/unicode_static_ids.ts changed, regenerate kernel/host/startup_refs.ts with
# `npx tsx test/oracle/startup_refs.ts`.
#
# Only sys is imported (another module would bring the kernel's own version of it, with other
# names), output goes through sys.stdout.write, and no measured name is an identifier of this
# file: CPython's parser arena holds references to the script's identifiers while it runs. Names
# whose count varies from run to run are left out ('name', '__init__', 'append', 'len', 'get',
# 'value', '__dict__'...): 3.11's type attribute cache holds the names looked up last, in slots
# that depend on the per-process string hash, and some counts depend on the environment (the
# number of variables: 'count').
import sys

w = sys.stdout.write
w('literals: %d %d %d %d %d %d %d\n' % (
    sys.getrefcount('self') - 10 ** 9,
    sys.getrefcount('x') - 10 ** 9,
    sys.getrefcount('a') - 10 ** 9,
    sys.getrefcount('i') - 10 ** 9,
    sys.getrefcount('print') - 10 ** 9,
    sys.getrefcount('__name__') - 10 ** 9,
    sys.getrefcount('key') - 10 ** 9,
))
w('a literal is the interned copy: %s\n' % (id(sys.intern(''.join(['sel', 'f']))) == id('self')))
for t in '''
self x a i print __name__ key format encoding args kwargs cls object default result n k v obj
read __hash__ __enter__ copy clear insert remove extend reverse start stop text line filename
file end sep __main__ __builtins__ __file__ __bases__ isinstance range list dict str int tuple set
super property sum min max sorted enumerate zip map open exc item message msg strict bytes
'''.split():
    w('%s %d\n' % (t, sys.getrefcount(sys.intern(t)) - 10 ** 9))
