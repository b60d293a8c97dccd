/** A cell's output as the kernel wrote it, and what can be read from it. */
import { parseError } from '../worker/errors.ts';

export interface OutputChunk {
  fd: 1 | 2;
  text: string;
}

export function stderrText(output: readonly OutputChunk[]): string {
  return output.filter((c) => c.fd === 2).map((c) => c.text).join('');
}

/** The class name of the exception a failed run ended with, as its traceback's last line says. */
export function exceptionOf(output: readonly OutputChunk[]): string {
  return parseError(stderrText(output)).ename;
}
