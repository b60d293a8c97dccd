// Prints the example of kernel/PROTOCOL.md ("A snapshot"): the kernel's real snapshot of a small
// script, stopped when line 6 starts, one object per line. Addresses are as the kernel gives
// them (decimal in the JSON; hex in the comment lines).
//   npx tsx test/observe/protocol_example.ts
import { recordRun, stepsAtLine, reconstruct } from '../../kernel/index.ts';

export const EXAMPLE = `a = [1, 2, 3]
b = a
s = 'hello'
n = 12345
t = (a, 'x')
print(len(t))
`;

const r = recordRun(EXAMPLE, { filename: 'example.py' });
const s = reconstruct(r.timeline, stepsAtLine(r.timeline, 6)[0]);
const line = (x: unknown): string => JSON.stringify(x);
const out: string[] = [];
out.push('{');
out.push(`  "version": ${s.version},`);
out.push(`  "step": ${line(s.step)},`);
out.push('  "frames": [');
s.frames.forEach((f, i) => out.push(`    ${line(f)}${i < s.frames.length - 1 ? ',' : ''}`));
out.push('  ],');
out.push('  "objects": [');
s.objects.forEach((o, i) => out.push(`    ${line(o)}${i < s.objects.length - 1 ? ',' : ''}`));
out.push('  ],');
out.push('  "externalRefs": [');
s.externalRefs.forEach((e, i) => out.push(`    ${line(e)}${i < s.externalRefs.length - 1 ? ',' : ''}`));
out.push('  ],');
out.push(`  "allocator": ${line(s.allocator)},`);
out.push(`  "gc": ${line(s.gc)}`);
out.push('}');
console.log(out.join('\n'));
