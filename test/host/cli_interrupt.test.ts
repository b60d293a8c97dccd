// Ctrl-C (SIGINT) in the command line: the running program gets KeyboardInterrupt. A script
// prints CPython's traceback and exits with 130; the interactive interpreter goes back to its
// prompt with its state intact.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'kernel', 'host', 'cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'cli-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finished { stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null }

/** Starts a process; `whenOut(text)` runs once `text` has appeared on its stdout. */
function start(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child: ChildProcess = spawn(cmd, args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { text: string; f: () => void }[] = [];
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const w of waiters.splice(0)) {
      if (stdout.includes(w.text)) w.f();
      else waiters.push(w);
    }
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const finished = new Promise<Finished>((res) => child.on('close', (code, signal) => res({ stdout, stderr, code, signal })));
  const whenOut = (text: string): Promise<void> => new Promise((res) => {
    if (stdout.includes(text)) res();
    else waiters.push({ text, f: res });
  });
  return { child, finished, whenOut };
}

/**
 * PATH with the repository's Node first (the CLI needs Node 22 or later); INIT_CWD (set by npm,
 * which the CLI takes as the user's folder) is this test's folder.
 */
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, INIT_CWD: dir };

const LOOP = 'print("started", flush=True)\nn = 0\nwhile True:\n    n += 1\n';

/** Lets a program that has printed "started" reach its loop (where Ctrl-C then lands). */
function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 500));
}

describe('Ctrl-C in the command line', () => {
  it('interrupts a script with KeyboardInterrupt, as CPython does', async () => {
    writeFileSync(join(dir, 'loop.py'), LOOP);
    // python3 keeps SIGINT ignored if it starts so (as it may under a test runner): exec it with
    // the default disposition.
    const launch = 'import os, signal; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp("python3", ["python3", "loop.py"])';
    const py = start('python3', ['-c', launch], Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON'))));
    await py.whenOut('started');
    await settle();
    py.child.kill('SIGINT');
    const cpython = await py.finished;

    const ours = start(tsx, [cli, 'run', 'loop.py'], env);
    await ours.whenOut('started');
    await settle();
    ours.child.kill('SIGINT');
    const kernel = await ours.finished;

    expect(kernel.stdout).toBe(cpython.stdout);
    expect(kernel.stderr).toBe(cpython.stderr);
    expect(cpython.stderr).toMatch(/KeyboardInterrupt\n$/);
    // CPython ends itself with SIGINT (a shell reports 130); the CLI exits with 130.
    expect(cpython.signal).toBe('SIGINT');
    expect(kernel.code).toBe(130);
  }, 120_000);

  it('returns the interactive interpreter to its prompt, state kept', async () => {
    const repl = start(tsx, [cli, '-i'], env);
    repl.child.stdin!.write('x = 42\n');
    repl.child.stdin!.write('print("looping", flush=True); n = 0\n');
    repl.child.stdin!.write('while True: n += 1\n\n');
    await repl.whenOut('looping');
    await settle();
    repl.child.kill('SIGINT');
    repl.child.stdin!.write('print("after", x, n > 0)\n');
    repl.child.stdin!.end();
    const r = await repl.finished;
    expect(r.stdout).toContain('after 42 True\n');
    expect(r.stderr).toMatch(/Traceback \(most recent call last\):\n {2}File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n/);
    expect(r.code).toBe(0);
  }, 120_000);
});
