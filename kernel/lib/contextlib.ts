/**
 * contextlib: utilities for with-statement contexts.
 * Implements: AbstractContextManager and AbstractAsyncContextManager (ABCs with structural
 * checks), ContextDecorator, @contextmanager (with CPython's handling of exceptions thrown into
 * the generator: StopIteration, RuntimeError wrapping, tracebacks reset), closing, nullcontext,
 * suppress, redirect_stdout, redirect_stderr, ExitStack (LIFO callbacks and exception context
 * chaining as CPython's).
 * NON-CPYTHON: written for the kernel. The asynchronous helpers (asynccontextmanager, aclosing,
 * AsyncExitStack, AsyncContextDecorator) and chdir (no file system) are absent: importing them
 * raises ImportError naming them. ExitStack keeps its callbacks in a list, not a deque.
 */
export const source = String.raw`"""Utilities for with-statement contexts.  See PEP 343."""

import abc
import sys
from _collections_abc import _check_methods
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress"]

GenericAlias = type(list[int])
# C[...] on the ABCs gives a types.GenericAlias.
_generic_alias = classmethod(GenericAlias)


# A bound method: a function bound to an object.
_MethodType = type((lambda: None).__get__(0))


class AbstractContextManager(abc.ABC):

    """An abstract base class for context managers."""

    __class_getitem__ = _generic_alias

    def __enter__(self):
        """Return self upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _check_methods(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):

    """An abstract base class for asynchronous context managers."""

    __class_getitem__ = _generic_alias

    async def __aenter__(self):
        """Return self upon entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _check_methods(C, "__aenter__", "__aexit__")


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        """Return a recreated instance of self (by default self itself)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


### @contextmanager

class _GeneratorContextManagerBase:
    """Shared functionality for @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept for _recreate_cm (the decorator use); __enter__ drops them.
        self.func = func
        self.args = args
        self.kwds = kwds
        # The instance documents itself with the generator function's docstring.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Only the decorator use needs these; drop them so they do not outlive the with.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The with statement may pass the class alone.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator finished: the exception is suppressed unless it is that StopIteration.
            return stop is not value
        except RuntimeError as error:
            if error is value or (isinstance(value, StopIteration) and error.__cause__ is value):
                # The same exception (or the StopIteration the generator turned into a
                # RuntimeError) comes back: let the with statement re-raise the original.
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as error:
            if error is not value:
                raise
            error.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


### Small context managers

class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing (a stand-in for an optional one)."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be entered again while active.
        self._old_targets = []

    def __enter__(self):
        name, target = self._stream, self._new_target
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, target)
        return target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions (execution goes on after the with)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # True (the exception is swallowed) only for the listed exception classes.
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


### ExitStack

def _relink_context(raised, previous, frame_exc):
    # Chains the exception a callback raised to the one pending before it: walks down
    # raised's __context__ chain to the exception that was being handled around the with
    # statement (or to the end) and attaches previous there.
    node = raised
    while True:
        context = node.__context__
        if context is None or context is previous:
            return
        if context is frame_exc:
            break
        node = context
    node.__context__ = previous


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    def __init__(self):
        # (is_sync, callback) pairs, called last first.
        self._exit_callbacks = []

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return _MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature (or an object with __exit__)."""
        method = getattr(type(exit), "__exit__", None)
        if method is not None:
            self._push_cm_exit(exit, method)
        else:
            # A plain callable with __exit__'s signature.
            self._push_exit_callback(exit)
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager and pushes its __exit__; returns what __enter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (kind.__module__, kind.__qualname__)) from None
        result = enter(cm)
        self._push_cm_exit(cm, leave)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments (it cannot suppress exceptions)."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # Lets the callback be found (and unregistered) by the function it calls.
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        """Helper to correctly register callbacks to __exit__ methods."""
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        entry = (is_sync, callback)
        self._exit_callbacks.append(entry)


_NO_EXCEPTION = (None, None, None)


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception being handled around the with statement, where chains must stop.
        outer = sys.exc_info()[1]
        suppressed = False
        raising = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, callback = callbacks.pop()
            assert is_sync
            try:
                if callback(*exc_details):
                    suppressed, raising = True, False
                    exc_details = _NO_EXCEPTION
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                raising = True
                exc_details = raised
        if raising:
            error = exc_details[1]
            # raise sets __context__ to the exception being handled; keep the chain built above.
            context = error.__context__
            try:
                raise error
            except BaseException:
                error.__context__ = context
                raise
        return received and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(*_NO_EXCEPTION)
`;
