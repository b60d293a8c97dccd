# sys's queries about the running interpreter: no trace or profile function, not finalizing,
# the thread switch interval (kept when set), the file-system error handler, dlopen flags.
import sys

print(sys.gettrace(), sys.getprofile(), sys.is_finalizing())
print(sys.getswitchinterval(), sys.getfilesystemencodeerrors(), sys.getdlopenflags(), sys._home)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
for bad in ('x', 0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
