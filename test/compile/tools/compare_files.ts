// Debugging aid: compare the kernel's compiler with CPython on some files.
// Usage: npx tsx test/compile/tools/compare_files.ts [-v] FILE...
import { compareOne, runOracle } from '../compare.ts';
import { disassemble } from '../../../kernel/compile/dis.ts';
import { compileModule } from '../../../kernel/compile/compile.ts';
import { loadAst } from '../ast_loader.ts';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const dis = args.includes('--dis');
const files = args.filter((a) => !a.startsWith('-'));
const mode = (args.find((a) => a.startsWith('--mode='))?.slice(7) ?? 'exec') as 'exec' | 'single' | 'eval';
const oracle = runOracle(files, mode, args.includes('--split'));
let ok = 0;
for (const f of Object.keys(oracle)) {
  const r = compareOne(f, oracle[f], mode, args.includes('--source'));
  if (r.error) {
    console.log(`CRASH ${f}\n${r.error}`);
    continue;
  }
  if (r.diffs.length === 0) {
    ok++;
    console.log(`ok    ${f}`);
  } else {
    console.log(`DIFF  ${f}`);
    for (const d of r.diffs.slice(0, verbose ? 1000 : 5)) console.log(`      ${d.code}.${d.field}: ${d.detail}`);
  }
  if (dis) console.log(disassemble(compileModule(loadAst(oracle[f].ast), f, mode)));
}
console.log(`${ok}/${Object.keys(oracle).length} identical`);
