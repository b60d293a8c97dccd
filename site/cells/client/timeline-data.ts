/**
 * The timeline a page carries for a cell's stepper: gzipped JSON in base64, as the build writes
 * it (site/cells/build/page-timeline.ts encodeTimeline).
 */
import type { Timeline } from '../../../kernel/protocol.ts';

export async function decodeTimeline(base64: string): Promise<Timeline> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as Timeline;
}
