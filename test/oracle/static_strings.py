"""List the strings CPython 3.11 allocates statically, for kernel/objects/unicode_static_ids.ts.

Usage: python3 test/oracle/static_strings.py > names.txt

In 3.11 the _Py_ID identifiers and the names and constants of the deep-frozen modules (importlib's
bootstrap, abc, codecs, io, os, site, ...) are statically allocated objects with a reference count
that starts at 999999999, interned at start-up. Their text sits in libpython's data, so the
candidates are libpython's printable identifier-like strings; a candidate is static when
sys.intern() of a fresh copy returns an object with such a reference count. One-character strings
are left out (the kernel has its own table of those).
"""
import subprocess
import sys
import sysconfig
import os
import re


def main():
    libdir = sysconfig.get_config_var("LIBDIR")
    library = os.path.join(libdir, sysconfig.get_config_var("INSTSONAME") or "")
    if not os.path.exists(library):
        library = sys.executable
    text = subprocess.run(["strings", "-n", "2", library], capture_output=True, text=True,
                          check=True).stdout
    names = sorted(set(re.findall(r"^[A-Za-z_][A-Za-z0-9_.]*$", text, re.M)))
    for name in names:
        fresh = "".join(list(name))
        if sys.getrefcount(sys.intern(fresh)) > 999_000_000:
            print(name)


if __name__ == "__main__":
    main()
