"""Record what CPython 3.11 prints for the project's conformance programs.

Usage (from anywhere; paths are relative to the current directory or to test/py/):

    python3 test/oracle/record.py                   record every test/py/**/NAME.py and repl CASE.in
    python3 test/oracle/record.py --check           compare fresh runs with the recorded files; write nothing
    python3 test/oracle/record.py [--check] PATH...   only these programs, REPL cases or folders
                                                    (e.g. test/py/errors  errors/key_error.py  repl/echo.in)
    python3 test/oracle/record.py --jobs N ...      run N programs at a time (default: CPU count)

Each program runs three times as `cd FOLDER && python3 -X utf8 NAME.py`, stdin from /dev/null,
without any PYTHON* environment variable. If the three runs differ nothing is written for it and
it is reported. Otherwise, next to NAME.py:

    NAME.out   stdout, always written (possibly empty)
    NAME.err   stderr, written only when non-empty (a stale one is deleted)
    NAME.code  exit status and a newline, written only when non-zero (a stale one is deleted)

The folder's absolute path with its trailing slash is removed from stdout and stderr, so that a
traceback names the script as it was invoked (`File "NAME.py"`).

REPL cases: `test/py/repl/CASE.in` holds what a user types at the prompt, one line per line.
They are replayed by this same file in its driver mode (`record.py --repl-driver CASE.in`, run as
`cd test/py/repl && python3 -X utf8 .../record.py --repl-driver CASE.in`): every input is compiled
on its own in 'single' mode by code.InteractiveConsole, errors are printed by sys.__excepthook__
(the interpreter's own traceback printer) into the transcript. CASE.out receives the transcript;
a driver that writes to stderr or exits non-zero is reported as a failure.

Exit status: 0 when everything was recorded (or, with --check, matched), 1 otherwise, 2 when the
interpreter is not CPython 3.11.
"""
import sys

REQUIRED = (3, 11)


def require_cpython_311():
    """The oracle is CPython 3.11 and nothing else."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] != REQUIRED:
        sys.stderr.write("record.py: must run under CPython %d.%d.x, found %s %s\n"
                         % (REQUIRED + (sys.implementation.name, sys.version.split()[0])))
        sys.exit(2)


# ---------------------------------------------------------------------------------------------
# REPL driver. Kept free of imports beyond builtins, code and sys: it runs inside the recorded
# interpreter, and every module it imported would be part of the heap the case observes.
# ---------------------------------------------------------------------------------------------

def repl_driver(case_path):
    import builtins
    import code

    class Session(code.InteractiveConsole):
        """Prints errors as the interactive interpreter does, into the transcript (stdout)."""

        def write(self, data):
            sys.stdout.write(data)

        def showsyntaxerror(self, filename=None):
            kind, value, _ = sys.exc_info()
            self.report(kind, value, None)

        def showtraceback(self):
            kind, value, tb = sys.exc_info()
            # The first traceback entry is InteractiveInterpreter.runcode's own frame.
            self.report(kind, value, tb.tb_next)

        def report(self, kind, value, tb):
            value.__traceback__ = tb
            sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
            saved = sys.stderr
            sys.stderr = sys.stdout
            try:
                sys.__excepthook__(kind, value, tb)
            finally:
                sys.stderr = saved

    main_namespace = {
        "__name__": "__main__",
        "__doc__": None,
        "__package__": None,
        "__loader__": None,
        "__spec__": None,
        "__annotations__": {},
        "__builtins__": builtins,
    }
    with open(case_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    session = Session(main_namespace, filename="<stdin>")
    more = False
    for line in lines:
        sys.stdout.write(("... " if more else ">>> ") + line + "\n")
        more = session.push(line)
    if more:
        # End of input inside a block: the user presses Enter on an empty line.
        sys.stdout.write("... \n")
        session.push("")


# ---------------------------------------------------------------------------------------------
# Recorder.
# ---------------------------------------------------------------------------------------------

RUNS = 3
TIMEOUT_SECONDS = 120


def recorder(argv):
    import argparse
    import concurrent.futures
    import os
    import subprocess

    script = os.path.realpath(__file__)
    root = os.path.join(os.path.dirname(os.path.dirname(script)), "py")

    parser = argparse.ArgumentParser(
        prog="record.py", description="Record CPython 3.11's outputs for test/py programs.")
    parser.add_argument("--check", action="store_true",
                        help="compare fresh runs with the recorded files, write nothing")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="programs run at the same time (default: CPU count)")
    parser.add_argument("paths", nargs="*",
                        help="programs (NAME.py), REPL cases (repl/CASE.in) or folders")
    options = parser.parse_args(argv)

    # PYTHON* variables (PYTHONHASHSEED, PYTHONMALLOC, PYTHONWARNINGS, ...) change what is
    # being recorded; the children run without them.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

    def check_child_interpreter():
        try:
            done = subprocess.run(["python3", "--version"], env=env, stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=60)
        except OSError as error:
            return "cannot run python3: %s" % error
        version = (done.stdout + done.stderr).decode(errors="replace").strip()
        if not version.startswith("Python %d.%d." % REQUIRED):
            return "python3 must be CPython %d.%d.x, `python3 --version` says: %s" % (REQUIRED + (version,))
        done = subprocess.run(["python3", "-c", "import sys; print(sys.implementation.name)"],
                              env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        implementation = done.stdout.decode(errors="replace").strip()
        if implementation != "cpython":
            return "python3 must be CPython, found: %s" % implementation
        return None

    problem = check_child_interpreter()
    if problem:
        sys.stderr.write("record.py: %s\n" % problem)
        return 2

    def is_repl_case(path):
        return path.endswith(".in") and os.path.basename(os.path.dirname(path)) == "repl"

    def walk(folder):
        found = []
        for directory, subdirectories, files in os.walk(folder):
            subdirectories[:] = sorted(d for d in subdirectories
                                       if not d.startswith(".") and d != "__pycache__")
            for name in sorted(files):
                path = os.path.join(directory, name)
                if name.endswith(".py") or is_repl_case(path):
                    found.append(path)
        return found

    def resolve(argument):
        for candidate in (argument, os.path.join(root, argument)):
            if os.path.exists(candidate):
                return os.path.abspath(candidate)
        return None

    targets, failures = [], []
    if options.paths:
        for argument in options.paths:
            path = resolve(argument)
            if path is None:
                failures.append(argument + ": no such program")
            elif os.path.isdir(path):
                targets.extend(walk(path))
            elif path.endswith(".py") or is_repl_case(path):
                targets.append(path)
            else:
                failures.append(argument + ": neither a NAME.py program nor a repl/CASE.in case")
    else:
        targets = walk(root)

    def label(path):
        relative = os.path.relpath(path, root)
        return path if relative.startswith("..") else relative

    def run_once(path):
        folder, name = os.path.split(path)
        if is_repl_case(path):
            command = ["python3", "-X", "utf8", script, "--repl-driver", name]
        else:
            command = ["python3", "-X", "utf8", name]
        try:
            done = subprocess.run(command, cwd=folder, env=env, stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            return None
        # CPython 3.9+ names the main script by its absolute path; the recorded files name it as
        # it was invoked, relative to its folder.
        prefixes = sorted({os.path.realpath(folder) + os.sep, os.path.abspath(folder) + os.sep},
                          key=len, reverse=True)
        out, err = done.stdout, done.stderr
        for prefix in prefixes:
            out = out.replace(prefix.encode(), b"")
            err = err.replace(prefix.encode(), b"")
        return out, err, done.returncode

    def expected_files(path, result):
        out, err, code = result
        stem = path[:-len(".py")] if path.endswith(".py") else path[:-len(".in")]
        return {stem + ".out": out,
                stem + ".err": err or None,
                stem + ".code": ("%d\n" % code).encode() if code else None}

    def read(path):
        try:
            with open(path, "rb") as f:
                return f.read()
        except FileNotFoundError:
            return None

    def process(path):
        """Returns a list of failure messages for one program (empty when all is well)."""
        results = []
        for _ in range(RUNS):
            result = run_once(path)
            if result is None:
                return ["%s: timed out after %d s" % (label(path), TIMEOUT_SECONDS)]
            results.append(result)
        if any(r != results[0] for r in results[1:]):
            return ["%s: output differs between runs" % label(path)]
        if is_repl_case(path) and (results[0][1] or results[0][2]):
            return ["%s: the REPL driver failed:\n%s"
                    % (label(path), results[0][1].decode(errors="replace"))]
        problems = []
        for file, data in expected_files(path, results[0]).items():
            recorded = read(file)
            if options.check:
                if recorded != data:
                    what = "missing" if recorded is None else "unexpected" if data is None else "differs"
                    problems.append("%s: %s %s" % (label(path), os.path.basename(file), what))
            elif data is None:
                if recorded is not None:
                    os.remove(file)
            elif recorded != data:
                with open(file, "wb") as f:
                    f.write(data)
        return problems

    counts = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        for path, problems in zip(targets, pool.map(process, targets)):
            failures.extend(problems)
            folder = os.path.dirname(label(path)) or "."
            counts[folder] = counts.get(folder, 0) + 1

    for folder in sorted(counts):
        print("%-20s %4d" % (folder, counts[folder]))
    print("%-20s %4d" % ("total", sum(counts.values())))
    if options.check and not failures:
        print("all recorded outputs match")
    for failure in failures:
        print("FAIL", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    require_cpython_311()
    if len(sys.argv) == 3 and sys.argv[1] == "--repl-driver":
        repl_driver(sys.argv[2])
    else:
        sys.exit(recorder(sys.argv[1:]))
