/**
 * The standard-library modules written in Python for the kernel: module name -> source.
 * Each kernel/lib/NAME.ts holds the source of module NAME (a dotted name is a submodule, and its
 * parent is then a package). kernel/modules/registry.ts registers them into pythonModules.
 * NON-CPYTHON: CPython reads these from Lib/*.py (or has them in C); the kernel has no file system.
 */
import { source as p_collections_abc_source } from './_collections_abc.ts';
import { source as abc_source } from './abc.ts';
import { source as atexit_source } from './atexit.ts';
import { source as bisect_source } from './bisect.ts';
import { source as collections_source } from './collections.ts';
import { source as collections_abc_source } from './collections.abc.ts';
import { source as contextlib_source } from './contextlib.ts';
import { source as copy_source } from './copy.ts';
import { source as dataclasses_source } from './dataclasses.ts';
import { source as decimal_source } from './decimal.ts';
import { source as enum_source } from './enum.ts';
import { source as fractions_source } from './fractions.ts';
import { source as functools_source } from './functools.ts';
import { source as heapq_source } from './heapq.ts';
import { source as itertools_source } from './itertools.ts';
import { source as json_source } from './json.ts';
import { source as json_decoder_source } from './json.decoder.ts';
import { source as json_encoder_source } from './json.encoder.ts';
import { source as keyword_source } from './keyword.ts';
import { source as numbers_source } from './numbers.ts';
import { source as operator_source } from './operator.ts';
import { source as pprint_source } from './pprint.ts';
import { source as statistics_source } from './statistics.ts';
import { source as string_source } from './string.ts';
import { source as textwrap_source } from './textwrap.ts';
import { source as tracemalloc_source } from './tracemalloc.ts';
import { source as fnmatch_source } from './fnmatch.ts';
import { source as types_source } from './types.ts';
import { source as typing_source } from './typing.ts';

export const libModules: Record<string, string> = {
  '_collections_abc': p_collections_abc_source,
  'abc': abc_source,
  'atexit': atexit_source,
  'bisect': bisect_source,
  'collections': collections_source,
  'collections.abc': collections_abc_source,
  'contextlib': contextlib_source,
  'copy': copy_source,
  'dataclasses': dataclasses_source,
  'decimal': decimal_source,
  'enum': enum_source,
  'fractions': fractions_source,
  'functools': functools_source,
  'heapq': heapq_source,
  'itertools': itertools_source,
  'json': json_source,
  'json.decoder': json_decoder_source,
  'json.encoder': json_encoder_source,
  'keyword': keyword_source,
  'numbers': numbers_source,
  'operator': operator_source,
  'pprint': pprint_source,
  'statistics': statistics_source,
  'string': string_source,
  'textwrap': textwrap_source,
  'tracemalloc': tracemalloc_source,
  'fnmatch': fnmatch_source,
  'types': types_source,
  'typing': typing_source,
};

/**
 * The modules here that CPython implements in C (decimal is _decimal, operator _operator,
 * bisect _bisect): exceptions passing through them gain no traceback entries, as through C
 * code, and their classes are named as C types are (tp_name `itertools.count`).
 */
export const libCModules: ReadonlySet<string> = new Set(['atexit', 'bisect', 'decimal', 'itertools', 'operator']);

/**
 * The functions and classes of these Python modules that CPython implements in C, by qualified
 * name, with the kernel's helpers that only they call: heapq's list primitives from _heapq,
 * collections' defaultdict, OrderedDict, _tuplegetter and _count_elements from _collections
 * (functools' C parts and collections.deque are C-level types: kernel/modules/_functools*.ts,
 * kernel/objects/dequeobject.ts). They behave as libCModules do: no traceback entries (their
 * code objects, methods and nested functions included, are flagged cImplemented on import) and
 * the C type's tp_name (`module.Name`, from the class's `__module__`; `builtins` is left out).
 */
export const libCFunctions: Readonly<Record<string, readonly string[]>> = {
  heapq: [
    'heappush', 'heappop', 'heapreplace', 'heappushpop', 'heapify', '_heappop_max', '_heapreplace_max',
    '_heapify_max', '_refuse', '_resized', '_float_up', '_sink', '_sink_and_climb', '_arrange', '_take_top',
    '_swap_top',
  ],
  collections: [
    'defaultdict', '_dict_repr', 'OrderedDict',
    '_dict_table_size', '_mutablemapping_update', '_mutablemapping_update_arg', '_mutablemapping_add_pairs',
    'odict_iterator', '_odict_view_repr', 'odict_keys', 'odict_items', 'odict_values', '_tuplegetter', '_tally',
  ],
};

/**
 * The classes among those CPython implements in C (libCModules, libCFunctions) whose C type has
 * no Py_TPFLAGS_HAVE_GC: their instances are never tracked, gc.get_referents shows nothing of
 * them and sys.getsizeof counts no GC header (a Python subclass is a GC type again, as in CPython).
 */
export const libCTypesWithoutGc: Readonly<Record<string, readonly string[]>> = {
  decimal: ['Decimal'],
};

/** Names of the modules that have submodules here (CPython packages: they get a __path__). */
export const libPackages: ReadonlySet<string> = new Set(['collections', 'json']);
