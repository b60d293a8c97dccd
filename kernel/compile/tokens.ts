/**
 * CPython 3.11: Grammar/Tokens and Include/token.h — token numbers, plus the keyword token
 * numbers the generated parser (Parser/parser.c) gives to reserved words.
 */

/** Token types. Values below 100 are CPython 3.11's token numbers (`token.tok_name`). */
export const enum Tok {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  LPAR = 7,
  RPAR = 8,
  LSQB = 9,
  RSQB = 10,
  COLON = 11,
  COMMA = 12,
  SEMI = 13,
  PLUS = 14,
  MINUS = 15,
  STAR = 16,
  SLASH = 17,
  VBAR = 18,
  AMPER = 19,
  LESS = 20,
  GREATER = 21,
  EQUAL = 22,
  DOT = 23,
  PERCENT = 24,
  LBRACE = 25,
  RBRACE = 26,
  EQEQUAL = 27,
  NOTEQUAL = 28,
  LESSEQUAL = 29,
  GREATEREQUAL = 30,
  TILDE = 31,
  CIRCUMFLEX = 32,
  LEFTSHIFT = 33,
  RIGHTSHIFT = 34,
  DOUBLESTAR = 35,
  PLUSEQUAL = 36,
  MINEQUAL = 37,
  STAREQUAL = 38,
  SLASHEQUAL = 39,
  PERCENTEQUAL = 40,
  AMPEREQUAL = 41,
  VBAREQUAL = 42,
  CIRCUMFLEXEQUAL = 43,
  LEFTSHIFTEQUAL = 44,
  RIGHTSHIFTEQUAL = 45,
  DOUBLESTAREQUAL = 46,
  DOUBLESLASH = 47,
  DOUBLESLASHEQUAL = 48,
  AT = 49,
  ATEQUAL = 50,
  RARROW = 51,
  ELLIPSIS = 52,
  COLONEQUAL = 53,
  /** A printable character that is no operator (`$`, `?`, `!`, backtick). */
  OP = 54,
  AWAIT = 55,
  ASYNC = 56,
  ERRORTOKEN = 60,

  // Reserved keywords. CPython numbers them from 500 in Parser/parser.c; only their identity
  // matters here. `async` and `await` are the ASYNC and AWAIT tokens above.
  KW_FALSE = 100,
  KW_NONE,
  KW_TRUE,
  KW_AND,
  KW_AS,
  KW_ASSERT,
  KW_BREAK,
  KW_CLASS,
  KW_CONTINUE,
  KW_DEF,
  KW_DEL,
  KW_ELIF,
  KW_ELSE,
  KW_EXCEPT,
  KW_FINALLY,
  KW_FOR,
  KW_FROM,
  KW_GLOBAL,
  KW_IF,
  KW_IMPORT,
  KW_IN,
  KW_IS,
  KW_LAMBDA,
  KW_NONLOCAL,
  KW_NOT,
  KW_OR,
  KW_PASS,
  KW_RAISE,
  KW_RETURN,
  KW_TRY,
  KW_WHILE,
  KW_WITH,
  KW_YIELD,
}

/** CPython 3.11: Parser/parser.c reserved_keywords */
export const KEYWORDS: ReadonlyMap<string, Tok> = new Map<string, Tok>([
  ['False', Tok.KW_FALSE], ['None', Tok.KW_NONE], ['True', Tok.KW_TRUE], ['and', Tok.KW_AND],
  ['as', Tok.KW_AS], ['assert', Tok.KW_ASSERT], ['async', Tok.ASYNC], ['await', Tok.AWAIT],
  ['break', Tok.KW_BREAK], ['class', Tok.KW_CLASS], ['continue', Tok.KW_CONTINUE],
  ['def', Tok.KW_DEF], ['del', Tok.KW_DEL], ['elif', Tok.KW_ELIF], ['else', Tok.KW_ELSE],
  ['except', Tok.KW_EXCEPT], ['finally', Tok.KW_FINALLY], ['for', Tok.KW_FOR],
  ['from', Tok.KW_FROM], ['global', Tok.KW_GLOBAL], ['if', Tok.KW_IF], ['import', Tok.KW_IMPORT],
  ['in', Tok.KW_IN], ['is', Tok.KW_IS], ['lambda', Tok.KW_LAMBDA], ['nonlocal', Tok.KW_NONLOCAL],
  ['not', Tok.KW_NOT], ['or', Tok.KW_OR], ['pass', Tok.KW_PASS], ['raise', Tok.KW_RAISE],
  ['return', Tok.KW_RETURN], ['try', Tok.KW_TRY], ['while', Tok.KW_WHILE], ['with', Tok.KW_WITH],
  ['yield', Tok.KW_YIELD],
]);

/** CPython 3.11: Parser/token.c _PyParser_TokenNames, for the keyword tokens their text. */
export function tokenText(type: Tok): string {
  for (const [text, t] of KEYWORDS) if (t === type) return text;
  return OPERATOR_TEXT[type] ?? '';
}

const OPERATOR_TEXT: Partial<Record<number, string>> = {
  [Tok.LPAR]: '(', [Tok.RPAR]: ')', [Tok.LSQB]: '[', [Tok.RSQB]: ']', [Tok.COLON]: ':',
  [Tok.COMMA]: ',', [Tok.SEMI]: ';', [Tok.PLUS]: '+', [Tok.MINUS]: '-', [Tok.STAR]: '*',
  [Tok.SLASH]: '/', [Tok.VBAR]: '|', [Tok.AMPER]: '&', [Tok.LESS]: '<', [Tok.GREATER]: '>',
  [Tok.EQUAL]: '=', [Tok.DOT]: '.', [Tok.PERCENT]: '%', [Tok.LBRACE]: '{', [Tok.RBRACE]: '}',
  [Tok.EQEQUAL]: '==', [Tok.NOTEQUAL]: '!=', [Tok.LESSEQUAL]: '<=', [Tok.GREATEREQUAL]: '>=',
  [Tok.TILDE]: '~', [Tok.CIRCUMFLEX]: '^', [Tok.LEFTSHIFT]: '<<', [Tok.RIGHTSHIFT]: '>>',
  [Tok.DOUBLESTAR]: '**', [Tok.PLUSEQUAL]: '+=', [Tok.MINEQUAL]: '-=', [Tok.STAREQUAL]: '*=',
  [Tok.SLASHEQUAL]: '/=', [Tok.PERCENTEQUAL]: '%=', [Tok.AMPEREQUAL]: '&=', [Tok.VBAREQUAL]: '|=',
  [Tok.CIRCUMFLEXEQUAL]: '^=', [Tok.LEFTSHIFTEQUAL]: '<<=', [Tok.RIGHTSHIFTEQUAL]: '>>=',
  [Tok.DOUBLESTAREQUAL]: '**=', [Tok.DOUBLESLASH]: '//', [Tok.DOUBLESLASHEQUAL]: '//=',
  [Tok.AT]: '@', [Tok.ATEQUAL]: '@=', [Tok.RARROW]: '->', [Tok.ELLIPSIS]: '...',
  [Tok.COLONEQUAL]: ':=',
};

/** CPython 3.11: Parser/token.c PyToken_OneChar */
export function oneChar(c: number): Tok {
  switch (c) {
    case 0x25: return Tok.PERCENT;
    case 0x26: return Tok.AMPER;
    case 0x28: return Tok.LPAR;
    case 0x29: return Tok.RPAR;
    case 0x2a: return Tok.STAR;
    case 0x2b: return Tok.PLUS;
    case 0x2c: return Tok.COMMA;
    case 0x2d: return Tok.MINUS;
    case 0x2e: return Tok.DOT;
    case 0x2f: return Tok.SLASH;
    case 0x3a: return Tok.COLON;
    case 0x3b: return Tok.SEMI;
    case 0x3c: return Tok.LESS;
    case 0x3d: return Tok.EQUAL;
    case 0x3e: return Tok.GREATER;
    case 0x40: return Tok.AT;
    case 0x5b: return Tok.LSQB;
    case 0x5d: return Tok.RSQB;
    case 0x5e: return Tok.CIRCUMFLEX;
    case 0x7b: return Tok.LBRACE;
    case 0x7c: return Tok.VBAR;
    case 0x7d: return Tok.RBRACE;
    case 0x7e: return Tok.TILDE;
    default: return Tok.OP;
  }
}

/** CPython 3.11: Parser/token.c PyToken_TwoChars */
export function twoChars(c1: number, c2: number): Tok {
  const eq = c2 === 0x3d;
  switch (c1) {
    case 0x21: return eq ? Tok.NOTEQUAL : Tok.OP;
    case 0x25: return eq ? Tok.PERCENTEQUAL : Tok.OP;
    case 0x26: return eq ? Tok.AMPEREQUAL : Tok.OP;
    case 0x2a: return c2 === 0x2a ? Tok.DOUBLESTAR : eq ? Tok.STAREQUAL : Tok.OP;
    case 0x2b: return eq ? Tok.PLUSEQUAL : Tok.OP;
    case 0x2d: return eq ? Tok.MINEQUAL : c2 === 0x3e ? Tok.RARROW : Tok.OP;
    case 0x2f: return c2 === 0x2f ? Tok.DOUBLESLASH : eq ? Tok.SLASHEQUAL : Tok.OP;
    case 0x3a: return eq ? Tok.COLONEQUAL : Tok.OP;
    case 0x3c:
      // `<>` is NOTEQUAL only under barry_as_FLUFL; the parser rejects it otherwise.
      return c2 === 0x3c ? Tok.LEFTSHIFT : eq ? Tok.LESSEQUAL : c2 === 0x3e ? Tok.NOTEQUAL : Tok.OP;
    case 0x3d: return eq ? Tok.EQEQUAL : Tok.OP;
    case 0x3e: return eq ? Tok.GREATEREQUAL : c2 === 0x3e ? Tok.RIGHTSHIFT : Tok.OP;
    case 0x40: return eq ? Tok.ATEQUAL : Tok.OP;
    case 0x5e: return eq ? Tok.CIRCUMFLEXEQUAL : Tok.OP;
    case 0x7c: return eq ? Tok.VBAREQUAL : Tok.OP;
    default: return Tok.OP;
  }
}

/** CPython 3.11: Parser/token.c PyToken_ThreeChars */
export function threeChars(c1: number, c2: number, c3: number): Tok {
  if (c3 === 0x3d) {
    if (c1 === 0x2a && c2 === 0x2a) return Tok.DOUBLESTAREQUAL;
    if (c1 === 0x2f && c2 === 0x2f) return Tok.DOUBLESLASHEQUAL;
    if (c1 === 0x3c && c2 === 0x3c) return Tok.LEFTSHIFTEQUAL;
    if (c1 === 0x3e && c2 === 0x3e) return Tok.RIGHTSHIFTEQUAL;
  }
  if (c1 === 0x2e && c2 === 0x2e && c3 === 0x2e) return Tok.ELLIPSIS;
  return Tok.OP;
}
