/**
 * The modules the kernel can import, by name: builtin modules written in TypeScript and modules
 * written in Python for the kernel. Everything else raises ModuleNotFoundError.
 * CPython 3.11: Python/import.c finds modules through sys.meta_path (BuiltinImporter,
 * FrozenImporter, PathFinder); the kernel has two fixed tables instead.
 */
import { builtinModules, cImplementedModules, cImplementedNames, pythonModules } from '../vm/import.ts';
import { libCFunctions, libCModules, libModules } from '../lib/index.ts';
import { makeFunctoolsModule } from './_functoolsmodule.ts';
import { registerCollectionsModule } from './_collectionsmodule.ts';

/** Registers every standard-library module of kernel/lib into pythonModules. */
export function registerModules(): void {
  for (const name of Object.keys(libModules)) {
    pythonModules.set(name, libModules[name]!);
  }
  for (const name of libCModules) cImplementedModules.add(name);
  for (const [name, names] of Object.entries(libCFunctions)) cImplementedNames.set(name, new Set(names));
  builtinModules.set('_functools', makeFunctoolsModule);
  registerCollectionsModule();
}
