// createInterpreter({ heapLimit }): the allocation that would pass the limit raises MemoryError,
// as CPython's malloc failing does under `ulimit -v`. The oracle is CPython itself, run with an
// address-space limit: both must print the same thing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInterpreter } from '../../kernel/index.ts';
import { AddressSpace } from '../../kernel/memory/mmap.ts';
import { RawMalloc } from '../../kernel/memory/rawmalloc.ts';

/** The kernel's limit: small, so that a growing list reaches it quickly. */
const KERNEL_LIMIT = 10 * 2 ** 20;
/** CPython's `ulimit -v` (KiB): room for the interpreter itself, far below what the programs ask. */
const CPYTHON_ULIMIT_KB = 300_000;

const dir = mkdtempSync(join(tmpdir(), 'heap-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { stdout: string; stderr: string; code: number }

function runKernel(name: string, source: string): Run {
  let stdout = '';
  let stderr = '';
  const interp = createInterpreter({
    argv: [name],
    heapLimit: KERNEL_LIMIT,
    write: (fd, text) => (fd === 1 ? (stdout += text) : (stderr += text)),
  });
  let code = interp.runMain(source, join(dir, name));
  const final = interp.finalize();
  if (final !== 0) code = final;
  return { stdout, stderr, code };
}

function runCPython(name: string, source: string): Run {
  const file = join(dir, name);
  writeFileSync(file, source);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
  const r = spawnSync('bash', ['-c', `ulimit -v ${CPYTHON_ULIMIT_KB}; exec python3 "$0"`, file], { encoding: 'utf8', env, timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

function expectSameAsCPython(name: string, source: string): Run {
  const ours = runKernel(name, source);
  expect(ours).toEqual(runCPython(name, source));
  return ours;
}

describe('heapLimit', () => {
  it('makes a too-big list MemoryError, with CPython\'s traceback', () => {
    const r = expectSameAsCPython('big_list.py', 'print("before")\nx = [0] * 10**9\nprint("never")\n');
    expect(r.stderr).toMatch(/\n {4}x = \[0\] \* 10\*\*9\n {8}~~~~\^~~~~~~\nMemoryError\n$/);
    expect(r.code).toBe(1);
  });

  it('stops a list that grows until memory runs out, and the program goes on', () => {
    const source = [
      '# A list grows until an append finds no memory; freed, the memory serves again.',
      'items = []',
      'try:',
      '    while True:',
      '        items.append(None)',
      'except MemoryError as error:',
      '    grew = len(items) > 100_000',
      '    del items',
      '    print(type(error).__name__, error.args, grew)',
      'print([0] * 3, sum(range(100)))',
      'raise MemoryError',
      '',
    ].join('\n');
    const r = expectSameAsCPython('grow.py', source);
    expect(r.stdout).toBe('MemoryError () True\n[0, 0, 0] 4950\n');
  }, 120_000);

  it('leaves the interactive interpreter usable after a MemoryError', () => {
    let out = '';
    const interp = createInterpreter({ heapLimit: KERNEL_LIMIT, write: (_fd, text) => (out += text) });
    for (const line of ['x = [0] * 10**9', 'grown = []', 'while True: grown.append(None)', '', 'n = len(grown); del grown', 'n > 100_000', 'bytes(10)']) {
      interp.replPush(line);
    }
    interp.finalize();
    const tracebacks = out.split('Traceback (most recent call last):').length - 1;
    expect(tracebacks).toBe(2);
    expect(out.match(/^MemoryError$/gm)).toHaveLength(2);
    expect(out.endsWith("True\nb'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'\n")).toBe(true);
  }, 120_000);

  it('raises MemoryError from its free list, without allocating', () => {
    const r = runKernel('free_list.py', [
      'ids = set()',
      'for _ in range(3):',
      '    try:',
      '        [0] * 10**9',
      '    except MemoryError as e:',
      '        ids.add(id(e))',
      'print(len(ids), MemoryError() is not MemoryError())',
      '',
    ].join('\n'));
    expect(r.stdout).toBe('1 True\n');
  });
});

describe('AddressSpace.memoryLimit (RLIMIT_AS)', () => {
  it('refuses a mapping past the limit and counts what munmap gives back', () => {
    const vm = new AddressSpace(0x7f00_0000_0000, 0x1000_0000, 2 ** 40);
    vm.memoryLimit = 64 * 1024;
    const a = vm.mmap(40 * 1024);
    expect(a).not.toBe(0);
    expect(vm.mmap(40 * 1024)).toBe(0);
    expect(vm.committed()).toBe(40 * 1024);
    vm.munmap(a + 8 * 1024, 8 * 1024);
    expect(vm.committed()).toBe(32 * 1024);
    expect(vm.mmap(32 * 1024)).not.toBe(0);
    expect(vm.mremap(a, 8 * 1024, 16 * 1024)).toBe(0);
  });

  it('counts the brk heap of the raw allocator', () => {
    const vm = new AddressSpace(0x7f00_0000_0000, 0x1000_0000, 2 ** 40);
    vm.memoryLimit = 512 * 1024;
    const raw = new RawMalloc(vm, 0x5600_0000_0000);
    expect(raw.malloc(100)).not.toBe(0);
    expect(vm.committed()).toBeGreaterThan(0);
    expect(raw.malloc(4 * 2 ** 20)).toBe(0);
  });
});
