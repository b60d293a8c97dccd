/** The `error` message's fields, read from the traceback the kernel printed (sys.excepthook's text). */

export interface ErrorContent {
  ename: string;
  evalue: string;
  traceback: string[];
}

/**
 * The last traceback in `stderr`: its final line gives the exception's class and value
 * (`ZeroDivisionError: division by zero`). SystemExit prints no traceback: ename 'SystemExit'.
 */
export function parseError(stderr: string): ErrorContent {
  const start = stderr.lastIndexOf('Traceback (most recent call last):');
  const text = (start < 0 ? stderr : stderr.slice(start)).replace(/\n+$/, '');
  const lines = text.split('\n');
  const last = lines.at(-1) ?? '';
  const m = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/.exec(last);
  if (m === null || (start < 0 && !/Error|Exception|Interrupt/.test(m[1]))) {
    return { ename: 'SystemExit', evalue: last, traceback: lines };
  }
  return { ename: m[1].slice(m[1].lastIndexOf('.') + 1), evalue: m[2] ?? '', traceback: lines };
}
