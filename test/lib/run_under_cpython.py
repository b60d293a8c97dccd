"""Runs a Python program under CPython 3.11 with the kernel's own standard-library modules
(kernel/lib/*.ts) in place of CPython's, so that they can be tested before the kernel runs.

    python3 test/lib/run_under_cpython.py PROGRAM.py [args...]

Each kernel/lib/NAME.ts holds `export const source = String.raw`...`;` and serves the module
NAME (a dotted name for a submodule: kernel/lib/collections.abc.ts is `collections.abc`).
A meta-path finder placed first serves those names; CPython's own copies are dropped from
sys.modules first, so the program (and our modules among themselves) see only ours.
At exit, the callbacks registered with our atexit run (what the kernel must do).

Known artefact: the program is compiled with compile() before it runs, so its literal
constants lack the reference CPython's parser arena holds while a script runs
(sys.getrefcount of a literal tuple is one lower than under `python3 script.py`).
"""
import importlib.abc
import importlib.util
import os
import sys
import traceback

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'kernel', 'lib')


def extract_sources(lib=LIB):
    sources = {}
    for fn in sorted(os.listdir(lib)):
        # NAME_py.ts files belong to other parts of the kernel (weakref), registered elsewhere.
        if not fn.endswith('.ts') or fn == 'index.ts' or fn.endswith('_py.ts'):
            continue
        with open(os.path.join(lib, fn), encoding='utf-8') as f:
            text = f.read()
        start = text.index('String.raw`') + len('String.raw`')
        end = text.rindex('`')
        body = text[start:end]
        if '`' in body or '${' in body:
            raise SystemExit('%s: a backquote or ${ inside String.raw' % fn)
        sources[fn[:-3]] = body
    return sources


class KernelLibFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, sources):
        self.sources = sources
        self.packages = {n.rsplit('.', 1)[0] for n in sources if '.' in n}

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.sources:
            return None
        spec = importlib.util.spec_from_loader(fullname, self, is_package=fullname in self.packages)
        spec.origin = '<heapbook>/lib/%s.py' % fullname.replace('.', '/')
        spec.has_location = False
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        name = module.__name__
        module.__file__ = module.__spec__.origin
        code = compile(self.sources[name], module.__file__, 'exec')
        exec(code, module.__dict__)


def main():
    sources = extract_sources()
    finder = KernelLibFinder(sources)
    for name in list(sys.modules):
        if name in sources or name.split('.')[0] in sources:
            del sys.modules[name]
    sys.meta_path.insert(0, finder)
    path = sys.argv[1]
    sys.argv = sys.argv[1:]
    with open(path, encoding='utf-8') as f:
        src = f.read()
    main_mod = type(sys)('__main__')
    main_mod.__file__ = path
    main_mod.__builtins__ = __builtins__
    sys.modules['__main__'] = main_mod
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    code = compile(src, path, 'exec')
    try:
        exec(code, main_mod.__dict__)
    except SystemExit:
        run_exitfuncs()
        raise
    except BaseException as e:
        sys.stdout.flush()
        tb = e.__traceback__.tb_next if e.__traceback__ is not None else None
        traceback.print_exception(type(e), e, tb)
        run_exitfuncs()
        sys.exit(1)
    run_exitfuncs()


def run_exitfuncs():
    # What the kernel does at exit: run our atexit's callbacks if the program imported it.
    atexit = sys.modules.get('atexit')
    if atexit is not None and hasattr(atexit, '_run_exitfuncs') and hasattr(atexit, '_callbacks'):
        atexit._run_exitfuncs()


if __name__ == '__main__':
    main()
