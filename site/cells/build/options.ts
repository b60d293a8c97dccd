/**
 * What a fenced block says about its cell. A cell is a fenced block whose language is `python`
 * and whose meta string starts with the word `cell`; the words after it are its options:
 *
 *   ```python cell hidden                  a setup cell: runs, is not shown
 *   ```python cell raises=ZeroDivisionError   the cell is meant to end with this exception
 *   ```python cell step=3 view=heap         the heap diagram opens at step 3 (0 is before the first line; default `last`)
 *   ```python cell view=heap names=cell     the heap diagram draws only the globals the cell binds or uses
 *
 * Unknown words are errors, so a typo never passes silently.
 */

export type CellView = 'heap' | 'allocator' | 'gc';

export interface CellOptions {
  /** Runs like any other cell but is not shown (setup code the chapter does not discuss). */
  hidden: boolean;
  /** The exception the cell is meant to end with (its class name), or null. */
  raises: string | null;
  /** The diagram's initial step: 0 (before the first line), 1, 2 …, or 'last'. */
  step: number | 'last';
  /** Which diagram the cell shows, or null for none. */
  view: CellView | null;
  /** The globals the heap view draws: all of the chapter's namespace, or the cell's own names. */
  names: 'all' | 'cell';
}

const VIEWS: readonly string[] = ['heap', 'allocator', 'gc'];

/** True when a fenced block is a cell: ```python cell …```. */
export function isCell(lang: string | null | undefined, meta: string | null | undefined): boolean {
  return lang === 'python' && meta != null && /^cell(\s|$)/.test(meta.trim());
}

/** Parses the words after `cell`; throws a message that says what to write instead. */
export function parseCellOptions(meta: string): CellOptions {
  const options: CellOptions = { hidden: false, raises: null, step: 'last', view: null, names: 'all' };
  const words = meta.trim().split(/\s+/).slice(1);
  for (const word of words) {
    const [key, value] = splitWord(word);
    applyOption(options, key, value);
  }
  if (options.hidden && options.view !== null) throw new Error('a hidden cell cannot show a diagram (drop `view=`)');
  return options;
}

function splitWord(word: string): [string, string | null] {
  const eq = word.indexOf('=');
  return eq < 0 ? [word, null] : [word.slice(0, eq), word.slice(eq + 1)];
}

function applyOption(o: CellOptions, key: string, value: string | null): void {
  if (key === 'hidden' && value === null) {
    o.hidden = true;
  } else if (key === 'raises' && value !== null && /^[A-Za-z_][\w.]*$/.test(value)) {
    o.raises = value;
  } else if (key === 'step' && value !== null && (value === 'last' || /^(0|[1-9]\d*)$/.test(value))) {
    o.step = value === 'last' ? 'last' : Number(value);
  } else if (key === 'view' && value !== null && VIEWS.includes(value)) {
    o.view = value as CellView;
  } else if (key === 'names' && (value === 'all' || value === 'cell')) {
    o.names = value;
  } else {
    throw new Error(`unknown cell option \`${key}${value === null ? '' : `=${value}`}\` ` +
      '(options: hidden, raises=ExceptionName, step=N|last, view=heap|allocator|gc, names=all|cell)');
  }
}

/**
 * The names a cell binds or uses: every identifier of its source outside comments and string
 * literals (f-strings keep their text, for the names in their braces). An attribute name or a
 * word of an f-string may come along: harmless, it only keeps a global of that name.
 */
export function cellNames(source: string): Set<string> {
  const keepF = (m: string, prefix: string): string => (/[fF]/.test(prefix) ? m : ' ');
  const code = source
    .replace(/([rRbBuUfF]{0,2})("""|''')[^]*?\2/g, keepF)
    .replace(/([rRbBuUfF]{0,2})("|')(?:\\.|(?!\2)[^\\\n])*\2/g, keepF)
    .replace(/#.*$/gm, ' ');
  return new Set(code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}
