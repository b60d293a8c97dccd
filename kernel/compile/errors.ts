/**
 * A syntax error found while tokenizing, parsing or compiling. Thrown as a JavaScript
 * exception inside the compile stage only; the VM turns it into the Python exception.
 * Attributes have the meaning of CPython 3.11's SyntaxError: offset and end_offset are
 * 1-based character offsets into `text`.
 */
export class PySyntaxError {
  constructor(
    readonly kind: 'SyntaxError' | 'IndentationError' | 'TabError',
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly end_lineno: number,
    readonly end_offset: number,
    readonly text: string | null,
  ) {}
}
