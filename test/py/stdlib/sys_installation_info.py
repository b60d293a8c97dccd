# sys's description of the installation: all prefixes agree, copyright, stdlib directory.
import sys

print(sys.prefix == sys.exec_prefix == sys.base_prefix == sys.base_exec_prefix)
print(sys._stdlib_dir.startswith(sys.prefix), sys._stdlib_dir.endswith('/lib/python3.11'))
print(sys.copyright.splitlines()[0])
print(repr(sys.abiflags), sys.api_version, sys.float_repr_style, sys.platlibdir)
print(sys.warnoptions, sys._xoptions, sys.pycache_prefix, sys._framework)
print(sys._git[0], type(sys._git))
