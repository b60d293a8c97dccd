/**
 * atexit: functions to run when the interpreter exits.
 * CPython 3.11: Modules/atexitmodule.c (register/unregister/_run_exitfuncs/_clear/_ncallbacks,
 * callbacks run last-in first-out, an exception in one is reported as unraisable and the
 * others still run).
 * NON-CPYTHON: a Python module. The host must call atexit._run_exitfuncs() at interpreter
 * exit when 'atexit' is in sys.modules (CPython's Py_FinalizeEx calls _PyAtExit_Call).
 */
export const source = String.raw`"""allow programmer to define multiple exit functions to be executed upon normal program termination."""

import sys as _sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination"""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using atexit.register"""
    _callbacks[:] = [cb for cb in _callbacks if not (cb[0] == func)]


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


class _UnraisableArgs:
    """The argument of sys.unraisablehook (CPython's UnraisableHookArgs)."""
    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object')

    def __init__(self, exc, err_msg, obj):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = err_msg
        self.object = obj


def _report(exc, func):
    hook = getattr(_sys, 'unraisablehook', None)
    if hook is not None:
        try:
            hook(_UnraisableArgs(exc, 'Exception ignored in atexit callback', func))
            return
        except BaseException:
            pass
    stderr = _sys.stderr
    if stderr is None:
        return
    # NON-CPYTHON: without a hook there is no traceback formatter; report the exception line.
    stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    text = str(exc)
    stderr.write('%s: %s\n' % (name, text) if text else '%s\n' % name)


def _run_exitfuncs():
    """Run all registered exit functions."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(exc, func)
`;
