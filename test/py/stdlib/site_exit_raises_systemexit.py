# exit() and quit() close sys.stdin and raise SystemExit with the code given.
import sys

for quitter, code in ((exit, 3), (quit, None), (exit, 'bye')):
    try:
        quitter(code)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
print(sys.stdin.closed)
exit(4)
print('not reached')
