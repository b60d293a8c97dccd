/**
 * fnmatch: shell-style wildcard matching of file names (`*`, `?`, `[seq]`, `[!seq]`).
 * CPython 3.11: Lib/fnmatch.py (the matching rules are CPython's; the kernel has no `re`, so
 * patterns are matched directly instead of through translate(), which is not provided).
 */
export const source = String.raw`"""Filename matching with shell patterns: fnmatch, fnmatchcase and filter."""

__all__ = ["filter", "fnmatch", "fnmatchcase"]


def fnmatch(name, pat):
    """Test whether name matches pat (case-sensitive on POSIX, where normcase changes nothing)."""
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names of the iterable names that match pat."""
    return [name for name in names if fnmatchcase(name, pat)]


def _class_end(pat, i):
    # Index just past the ']' closing the class that starts at pat[i] == '[', or -1 when the
    # '[' has no closing bracket (it then matches itself). A ']' first in the class (after an
    # optional '!') is a member, not the end.
    j = i + 1
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    while j < len(pat) and pat[j] != ']':
        j += 1
    return j + 1 if j < len(pat) else -1


def _in_class(c, body):
    negate = body[:1] == '!'
    if negate:
        body = body[1:]
    found = False
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            if body[k] <= c <= body[k + 2]:
                found = True
            k += 3
        else:
            if body[k] == c:
                found = True
            k += 1
    return found != negate


def _match(name, n, pat, p):
    while p < len(pat):
        c = pat[p]
        if c == '*':
            while p < len(pat) and pat[p] == '*':
                p += 1
            if p == len(pat):
                return True
            for start in range(n, len(name) + 1):
                if _match(name, start, pat, p):
                    return True
            return False
        if n >= len(name):
            return False
        if c == '?':
            n += 1
            p += 1
            continue
        if c == '[':
            end = _class_end(pat, p)
            if end >= 0:
                if not _in_class(name[n], pat[p + 1:end - 1]):
                    return False
                n += 1
                p = end
                continue
        if name[n] != c:
            return False
        n += 1
        p += 1
    return n == len(name)


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _match(name, 0, pat, 0)
`;
