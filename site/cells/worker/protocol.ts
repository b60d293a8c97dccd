/**
 * The messages between a chapter page and its kernel worker, modelled on Jupyter's messaging
 * (execute_request -> status / stream / display_data / error / execute_reply). PROTOCOL.md beside
 * this file describes them. Everything is plain data (structured clone).
 */
import type { RecordRequest } from '../build/record.ts';

export interface Msg<T extends string, C> {
  msg_type: T;
  /** Unique per message. */
  msg_id: string;
  /** The request this message answers (Jupyter's parent_header.msg_id). */
  parent_id?: string;
  content: C;
}

// Page -> worker

export type KernelInfoRequest = Msg<'kernel_info_request', {
  /** A SharedArrayBuffer-backed flag (Int32Array of length 1) the page sets to 2 to interrupt. */
  interrupt_buffer?: Int32Array;
  /** The execution count the kernel starts from (a replaced kernel goes on counting). */
  execution_count?: number;
}>;

export type ExecuteRequest = Msg<'execute_request', {
  code: string;
  /** Record the run for a diagram (and what to record), or null. */
  record: RecordRequest | null;
  /** The file name the code runs under (tracebacks show it): `cell3.py`. */
  filename: string;
  /** Silent runs print nothing and do not count: the page replays earlier cells with it. */
  silent: boolean;
}>;

export type ToKernel = KernelInfoRequest | ExecuteRequest;

// Worker -> page

export type ExecutionState = 'starting' | 'idle' | 'busy';

export type Status = Msg<'status', { execution_state: ExecutionState }>;

export type KernelInfoReply = Msg<'kernel_info_reply', {
  implementation: 'heapbook';
  language_info: { name: 'python'; version: string };
  /** How this kernel can be interrupted: through the shared buffer, or only by replacing it. */
  interrupt_mode: 'buffer' | 'replace';
}>;

export type Stream = Msg<'stream', { name: 'stdout' | 'stderr'; text: string }>;

/** The MIME type of a recorded run (a kernel/protocol.ts Timeline) in display_data. */
export const TIMELINE_MIME = 'application/vnd.heapbook.timeline+json';

/** Data to show under the cell; MIME type -> value. */
export type DisplayData = Msg<'display_data', { data: Record<string, unknown> }>;

export type ErrorMsg = Msg<'error', { ename: string; evalue: string; traceback: string[] }>;

export type ExecuteReply = Msg<'execute_reply', {
  status: 'ok' | 'error';
  execution_count: number;
  ename?: string;
}>;

export type FromKernel = Status | KernelInfoReply | Stream | DisplayData | ErrorMsg | ExecuteReply;

let serial = 0;

/** A message id unique within this page or worker. */
export function newMsgId(prefix: string): string {
  serial += 1;
  return `${prefix}-${serial}`;
}
