// inherit_slots copies the slots one by one (kernel/objects/typeobject.ts copyTypeSlots,
// copyNumberSlots, copyMappingSequenceSlots) while INHERITED_SLOTS lists them for the types: the
// two must name the same slots, or a slot added to the list would silently not be inherited.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../kernel/objects/typeobject.ts', import.meta.url), 'utf8');

function inheritedSlots(): string[] {
  const list = /const INHERITED_SLOTS = \[([^]*?)\] as const;/.exec(source);
  if (list === null) throw new Error('INHERITED_SLOTS not found');
  return [...list[1].matchAll(/'(\w+)'/g)].map((m) => m[1]);
}

function copiedSlots(): string[] {
  return [...source.matchAll(/if \(t\.(\w+) === null\) t\.(\w+) = b\.(\w+);/g)]
    .filter((m) => m[1] === m[2] && m[2] === m[3])
    .map((m) => m[1]);
}

describe('inherit_slots', () => {
  it('copies exactly the slots INHERITED_SLOTS lists, each once', () => {
    const listed = inheritedSlots();
    const copied = copiedSlots();
    expect(listed.length).toBeGreaterThan(60);
    expect([...copied].sort()).toEqual([...listed].sort());
  });
});
