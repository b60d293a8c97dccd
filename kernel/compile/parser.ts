/**
 * CPython 3.11: Parser/pegen.c — the parser's state, token access and entry points.
 *
 * The grammar rules live in parser_stmt.ts, parser_expr.ts, parser_pattern.ts and
 * parser_invalid.ts. They follow Grammar/python.gram rule by rule, as PEG functions: each
 * returns its node, or null (leaving `mark` where it was) when it does not match. Where the
 * PEG would try alternatives that share a prefix, the rules parse the prefix once and look at
 * the next token instead (a "cover grammar"); the tree is the same, the work is linear.
 *
 * As in CPython, a failed parse is run a second time with the `invalid_*` rules switched on;
 * they turn common mistakes into specific SyntaxErrors. Without one, the error is the generic
 * "invalid syntax" at the furthest token the first pass looked at.
 */
import type { Expression, Interactive, Module, mod } from './ast.ts';
import type { ConstValue } from './constants.ts';
import { PySyntaxError } from './errors.ts';
import { TokDone, Token, Tokenizer } from './tokenizer.ts';
import { Tok } from './tokens.ts';
import { raiseAtLastToken, raiseError, setSyntaxError, tokenizerError } from './pegen_errors.ts';
import { evalRule, fileRule, fstringRule, interactiveRule } from './parser_stmt.ts';

export type StartRule = 'exec' | 'single' | 'eval' | 'fstring';

export interface ParseOptions {
  /** PyCF_DONT_IMPLY_DEDENT: in 'single' mode, do not close open blocks at the end of input. */
  dontImplyDedent?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT: report input that ends inside a statement as "incomplete input". */
  allowIncompleteInput?: boolean;
}

/** A memoized rule result at one token position. */
interface Memo {
  node: unknown;
  end: number;
}

/** CPython 3.11: Parser/pegen.h struct Parser */
export class Parser {
  readonly tokens: Token[] = [];
  mark = 0;
  callInvalidRules = false;
  /** In the second pass; memoized rules then remember results whatever callInvalidRules was. */
  errorPass = false;
  /** The ConstValue boxes the parser created, in creation order (the arena's references). */
  readonly arena: ConstValue[];
  parsingStarted = false;
  knownErrToken: Token | null = null;
  /** Memo table keyed by token position * 16 + rule id (Parser/pegen.c _PyPegen_is_memoized). */
  private memos: Map<number, Memo> | null = null;

  constructor(
    readonly tok: Tokenizer,
    readonly startRule: StartRule,
    readonly filename: string,
    readonly flags: ParseOptions,
    arena: ConstValue[],
    /** For the f-string sub-parser: where its first line sits in the enclosing source. */
    readonly startingLineno = 0,
    readonly startingColOffset = 0,
  ) {
    this.arena = arena;
  }

  /** CPython 3.11: Parser/pegen.c _PyPegen_fill_token */
  fillToken(): void {
    const t = this.tok.nextToken();
    if (this.startRule === 'single' && t.type === Tok.ENDMARKER && this.parsingStarted) {
      // At the end of interactive input, add a NEWLINE and close the open blocks.
      t.type = Tok.NEWLINE;
      this.parsingStarted = false;
      if (this.tok.indent && !this.flags.dontImplyDedent) {
        this.tok.pendin = -this.tok.indent;
        this.tok.indent = 0;
      }
    } else {
      this.parsingStarted = true;
    }
    this.tokens.push(t);
    if (t.type === Tok.ERRORTOKEN) tokenizerError(this);
  }

  /** The token at `mark`, read from the tokenizer if needed. */
  peek(): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark];
  }

  peekType(): Tok {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark].type;
  }

  /** The type of the token after the one at `mark`. */
  peekType2(): Tok {
    while (this.mark + 1 >= this.tokens.length) this.fillToken();
    return this.tokens[this.mark + 1].type;
  }

  /** CPython 3.11: Parser/pegen.c _PyPegen_expect_token */
  expect(type: Tok): Token | null {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark];
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** Whether the next token has this type (a lookahead that consumes nothing). */
  at(type: Tok): boolean {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark].type === type;
  }

  /** CPython 3.11: Parser/pegen.c _PyPegen_expect_forced_token (the grammar's `&&'x'`) */
  expectForced(type: Tok, expected: string): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark];
    if (t.type !== type) {
      raiseError(this, 'SyntaxError', t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, `expected '${expected}'`);
    }
    this.mark++;
    return t;
  }

  /** A NAME token whose text is `keyword` (soft keywords: match, case, _). */
  atSoftKeyword(keyword: string): boolean {
    const t = this.peek();
    return t.type === Tok.NAME && t.str === keyword;
  }

  /** CPython 3.11: Parser/pegen.c _PyPegen_get_last_nonnwhitespace_token */
  lastToken(): Token {
    let token = this.tokens[0];
    for (let m = this.mark - 1; m >= 0; m--) {
      token = this.tokens[m];
      const t = token.type;
      if (t !== Tok.ENDMARKER && (t < Tok.NEWLINE || t > Tok.DEDENT)) break;
    }
    return token;
  }

  /** The start token of a rule at `mark` (EXTRA's _start_lineno, _start_col_offset). */
  startToken(): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark];
  }

  /** CPython 3.11: Parser/pegen.c _PyPegen_is_memoized */
  memoGet(rule: number): Memo | undefined {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.memos?.get(this.mark * 16 + rule);
  }

  /** CPython 3.11: Parser/pegen.c _PyPegen_insert_memo; `start` is where the rule began. */
  memoSet(start: number, rule: number, node: unknown): void {
    (this.memos ??= new Map()).set(start * 16 + rule, { node, end: this.mark });
  }

  /** CPython 3.11: Parser/pegen.c reset_parser_state_for_error_pass */
  resetForErrorPass(): void {
    this.memos = null;
    for (const t of this.tokens) t.memoStringsEnd = -1;
    this.mark = 0;
    this.callInvalidRules = true;
    this.errorPass = true;
  }

  /** Register a constant with the arena (CPython: _PyArena_AddPyObject). */
  addConst(v: ConstValue): ConstValue {
    this.arena.push(v);
    return v;
  }
}

export interface ParseResult<T extends mod = mod> {
  tree: T;
  /** The literals' constant boxes in creation order: the arena holds one reference each. */
  constants: ConstValue[];
}

/** CPython 3.11: Parser/pegen.c _PyPegen_run_parser */
export function runParser(p: Parser): unknown {
  let res: unknown = null;
  let err: PySyntaxError | null = null;
  try {
    res = startRule(p);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    err = e;
  }
  if (res !== null) {
    if (p.startRule === 'single' && badSingleStatement(p)) {
      raiseAtLastToken(p, 'multiple statements found while compiling a single statement');
    }
    return res;
  }
  if (p.flags.allowIncompleteInput && isEndOfSource(p)) raiseAtLastToken(p, 'incomplete input');
  const lastToken = p.tokens[p.tokens.length - 1];
  if (err === null) {
    // Second pass, with the invalid_* rules switched on.
    p.resetForErrorPass();
    try {
      startRule(p);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      err = e;
    }
  }
  setSyntaxError(p, lastToken, err);
}

function startRule(p: Parser): unknown {
  switch (p.startRule) {
    case 'exec': return fileRule(p);
    case 'single': return interactiveRule(p);
    case 'eval': return evalRule(p);
    case 'fstring': return fstringRule(p);
  }
}

/**
 * CPython 3.11: Parser/pegen.c bad_single_statement — anything but whitespace and comments
 * after the statement of a 'single' input.
 */
function badSingleStatement(p: Parser): boolean {
  const buf = p.tok.buf;
  let i = p.tok.cur;
  for (;;) {
    while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0a || buf[i] === 0x0c)) i++;
    if (i >= buf.length) return false;
    if (buf[i] !== 0x23) return true;
    while (i < buf.length && buf[i] !== 0x0a) i++;
  }
}

/** CPython 3.11: Parser/pegen.c _is_end_of_source */
function isEndOfSource(p: Parser): boolean {
  const d = p.tok.done;
  return d === TokDone.EOF || d === TokDone.EOFS || d === TokDone.EOLS;
}

/**
 * Parse `source` as CPython 3.11 parses a source file (mode 'exec'), an interactive input
 * ('single') or an expression ('eval'), and return the tree with the constants the parser
 * created. Throws PySyntaxError (SyntaxError, IndentationError or TabError) with CPython's
 * msg, lineno, offset, end_lineno, end_offset and text.
 *
 * `constants` is the arena: one box per number, string, bytes and f-string piece, in the
 * order CPython's parser makes them (None, True, False and Ellipsis are singletons CPython
 * does not add; identifiers, which CPython's arena also holds, are not listed).
 *
 * The source is treated as a file's text: a leading UTF-8 BOM is skipped and a NUL byte is a
 * SyntaxError ("source code cannot contain null bytes"); compile() of a str raises
 * ValueError for NUL itself, which is the caller's to check.
 */
export function parseWithArena(
  source: string,
  filename: string,
  mode: 'exec',
  opts?: ParseOptions,
): ParseResult<Module>;
export function parseWithArena(
  source: string,
  filename: string,
  mode: 'single',
  opts?: ParseOptions,
): ParseResult<Interactive>;
export function parseWithArena(
  source: string,
  filename: string,
  mode: 'eval',
  opts?: ParseOptions,
): ParseResult<Expression>;
export function parseWithArena(
  source: string,
  filename: string,
  mode: 'exec' | 'single' | 'eval',
  opts?: ParseOptions,
): ParseResult<Module | Interactive | Expression>;
export function parseWithArena(
  source: string,
  filename: string,
  mode: 'exec' | 'single' | 'eval',
  opts: ParseOptions = {},
): ParseResult<Module | Interactive | Expression> {
  const arena: ConstValue[] = [];
  const tok = new Tokenizer(source, { execInput: mode === 'exec', filename });
  const p = new Parser(tok, mode, filename, opts, arena);
  let tree: unknown;
  try {
    tree = runParser(p);
  } catch (e) {
    if (e instanceof RangeError) throw tooComplex(filename);
    throw e;
  }
  return { tree: tree as Module | Interactive | Expression, constants: arena };
}

/** NON-CPYTHON: the JS stack ran out on deeply nested source; CPython 3.11 limits nesting too. */
function tooComplex(filename: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', 'too many nested parentheses', filename, 1, 1, 1, 1, null);
}

/** Parse `source` and return its tree (see parseWithArena). */
export function parse(source: string, filename: string, mode: 'exec'): Module;
export function parse(source: string, filename: string, mode: 'single'): Interactive;
export function parse(source: string, filename: string, mode: 'eval'): Expression;
export function parse(source: string, filename: string, mode: 'exec' | 'single' | 'eval'): Module | Interactive | Expression;
export function parse(source: string, filename: string, mode: 'exec' | 'single' | 'eval'): Module | Interactive | Expression {
  return parseWithArena(source, filename, mode).tree;
}

/**
 * CPython 3.11: Lib/codeop.py _maybe_compile — whether the interactive console should read
 * another line before running `source` (the lines typed so far, joined with "\n", without a
 * final newline). A compound statement continues until a blank line, an open bracket, an
 * open triple-quoted string or a trailing backslash continue; a complete simple statement is
 * done. Returns false for complete input and for input with a real syntax error: compile it
 * with parse(source, filename, 'single') to get the tree or the error.
 */
export function isIncomplete(source: string, filename = '<stdin>'): boolean {
  let blank = true;
  for (const line of source.split('\n')) {
    const s = line.trim();
    if (s && s[0] !== '#') {
      blank = false;
      break;
    }
  }
  if (blank) return false;
  const flags: ParseOptions = { dontImplyDedent: true, allowIncompleteInput: true };
  try {
    parseWithArena(source, filename, 'single', flags);
    return false;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
  }
  try {
    parseWithArena(source + '\n', filename, 'single', flags);
    return true;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return e.msg === 'incomplete input';
  }
}
