/**
 * The phone's collector: shuffled frames with some dropped, mixed with other QR codes and
 * damaged frames, give back exactly the payload; duplicates do not count; a forged frame never
 * yields a wrong payload; a new handover takes over only after several of its frames in a row;
 * and any input at all is taken without throwing. The oracle is the random payload itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase45 } from './base45';
import { FrameCollector, SWITCH_AFTER, type CollectorStatus } from './collector';
import { crc32, FRAME_PREFIX, makeFrames, parseFrame } from './frames';

function payloadOf(length: number, seed: number): Uint8Array<ArrayBuffer> {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 24;
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let index = out.length - 1; index > 0; index -= 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

describe('FrameCollector', () => {
  it('rebuilds the payload from shuffled frames with some dropped, among other QR codes', async () => {
    const payload = payloadOf(3000, 1);
    const frames = await makeFrames(payload, { blockSize: 200 }); // k = 15, n = 30
    // Drop 15 of the 30 frames, including source frames 0, 4 and 9; keep the rest shuffled.
    const kept = shuffled(
      frames.texts.filter((_, index) => ![0, 4, 9, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27].includes(index)),
      7,
    );
    expect(kept).toHaveLength(15);
    const collector = new FrameCollector();
    const seen: CollectorStatus[] = [];
    for (const [position, text] of kept.entries()) {
      const ignoredBefore = collector.status();
      expect(await collector.add('https://example.com/not-a-frame')).toMatchObject({
        ignored: ('ignored' in ignoredBefore ? ignoredBefore.ignored : 0) + 1,
      });
      seen.push(await collector.add(text));
      if (position === 3) seen.push(await collector.add(text)); // the camera reads one frame twice
    }
    const last = seen.at(-1)!;
    expect(last.kind).toBe('complete');
    expect(last.kind === 'complete' && [...last.payload]).toEqual([...payload]);
    expect(last.kind === 'complete' && last.needed).toBe(15);
    // Progress after each of the first frames: 1, 2, 3, 4, then the duplicate leaves it at 4.
    const collected = seen
      .filter((status) => status.kind === 'collecting')
      .map((status) => status.kind === 'collecting' && status.collected);
    expect(collected.slice(0, 5)).toEqual([1, 2, 3, 4, 4]);
  });

  it('never returns a wrong payload when a forged frame with a correct CRC gets in', async () => {
    // Mutation: skip the id check after rebuilding → the forged payload comes back 'complete' → fails.
    const payload = payloadOf(64, 2);
    const frames = await makeFrames(payload, { blockSize: 16 }); // k = 4
    const bytes = new Uint8Array(16 + 16 + 4);
    const real = frames.texts[1]!;
    const collector = new FrameCollector();
    // Forge frame 1: same header (same id), different block, CRC recomputed.
    const parsed = parseFrame(real)!;
    const view = new DataView(bytes.buffer);
    bytes[0] = 1;
    bytes.set(Buffer.from(parsed.id, 'hex'), 1);
    view.setUint32(9, parsed.payloadLength);
    view.setUint16(13, parsed.blockSize);
    bytes[15] = 1;
    bytes.set(new Uint8Array(16).fill(0xee), 16);
    view.setUint32(32, crc32(bytes.subarray(0, 32)));
    const forgery = FRAME_PREFIX + toBase45(bytes);
    for (const text of [frames.texts[0]!, forgery, frames.texts[2]!]) await collector.add(text);
    const afterForgery = await collector.add(frames.texts[3]!);
    expect(afterForgery.kind).toBe('damaged');
    // Collection starts again and completes from intact frames.
    let status: CollectorStatus = afterForgery;
    for (const text of frames.texts.slice(4)) status = await collector.add(text);
    expect(status.kind === 'complete' && [...status.payload]).toEqual([...payload]);
  });

  it('switches to a new handover only after several of its frames in a row', async () => {
    const first = await makeFrames(payloadOf(100, 3), { blockSize: 20 }); // k = 5
    const second = await makeFrames(payloadOf(100, 4), { blockSize: 20 });
    const collector = new FrameCollector();
    await collector.add(first.texts[0]);
    await collector.add(first.texts[1]);
    // A stray frame of another handover, then the first goes on: still the first, 3 collected.
    await collector.add(second.texts[0]);
    expect(await collector.add(first.texts[2])).toMatchObject({ kind: 'collecting', collected: 3, ignored: 1 });
    // SWITCH_AFTER frames of the second in a row: the collector starts over on it.
    let status: CollectorStatus | undefined;
    for (const text of second.texts.slice(0, SWITCH_AFTER)) status = await collector.add(text);
    expect(status).toMatchObject({ kind: 'collecting', collected: 1 });
    for (const text of second.texts.slice(SWITCH_AFTER, SWITCH_AFTER + 4)) status = await collector.add(text);
    expect(status?.kind === 'complete' && [...status.payload]).toEqual([...payloadOf(100, 4)]);
  });

  it('ignores a frame that claims the current id with other sizes', async () => {
    const frames = await makeFrames(payloadOf(100, 5), { blockSize: 20 });
    const sameIdOtherSize = await makeFrames(payloadOf(100, 5), { blockSize: 25 }); // same payload → same id
    expect(sameIdOtherSize.id).toBe(frames.id);
    const collector = new FrameCollector();
    await collector.add(frames.texts[0]);
    expect(await collector.add(sameIdOtherSize.texts[1])).toMatchObject({ collected: 1, ignored: 1 });
  });

  it('takes anything without throwing and stays within one handover', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), fc.anything()), { maxLength: 40 }), async (inputs) => {
        const collector = new FrameCollector();
        for (const input of inputs) {
          const status = await collector.add(input);
          expect(status.kind).toBe('waiting');
        }
      }),
      { numRuns: 200 },
    );
  });
});
