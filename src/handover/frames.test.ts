/**
 * The frame format: a frame parses back to what went in, and hostile text is turned away
 * without throwing: any change of one character, wrong sizes with a correct CRC, huge or random
 * input. CRC-32's check value "123456789" → 0xCBF43926 is the standard one (ISO-HDLC).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE45_ALPHABET, toBase45 } from './base45';
import {
  chooseBlockSize,
  crc32,
  FRAME_PREFIX,
  makeFrames,
  MAX_BLOCK_SIZE,
  MAX_FRAME_TEXT,
  MAX_SOURCE_BLOCKS,
  parseFrame,
} from './frames';

const bytes = (length: number, from = 1): Uint8Array<ArrayBuffer> =>
  Uint8Array.from({ length }, (_, index) => (from + index) & 0xff);

/** A frame built field by field here (not by makeFrames), with a correct CRC. */
function craft(fields: {
  version?: number;
  length: number;
  blockSize: number;
  index?: number;
  blockBytes?: number;
}): string {
  const blockBytes = fields.blockBytes ?? fields.blockSize;
  const frame = new Uint8Array(16 + blockBytes + 4);
  const view = new DataView(frame.buffer);
  frame[0] = fields.version ?? 1;
  frame.set([1, 2, 3, 4, 5, 6, 7, 8], 1);
  view.setUint32(9, fields.length);
  view.setUint16(13, fields.blockSize);
  frame[15] = fields.index ?? 0;
  view.setUint32(16 + blockBytes, crc32(frame.subarray(0, 16 + blockBytes)));
  return FRAME_PREFIX + toBase45(frame);
}

describe('frames', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('cut a payload into k source frames and k repair frames that parse back', async () => {
    // 20 bytes at block size 16: k = 2 (16 + 4 bytes, the last block padded with 12 zeros); n = 2k = 4.
    const payload = bytes(20);
    const frames = await makeFrames(payload, { blockSize: 16 });
    expect(frames.sourceCount).toBe(2);
    expect(frames.texts).toHaveLength(4);
    const parsed = frames.texts.map(parseFrame);
    expect(parsed.map((frame) => frame?.index)).toEqual([0, 1, 2, 3]);
    expect(
      parsed.every((frame) => frame?.id === frames.id && frame.payloadLength === 20 && frame.sourceCount === 2),
    ).toBe(true);
    expect([...parsed[0]!.block]).toEqual([...bytes(16)]);
    expect([...parsed[1]!.block]).toEqual([17, 18, 19, 20, ...new Array<number>(12).fill(0)]);
    // The id is the first 8 bytes of SHA-256 of the payload (computed here with WebCrypto directly).
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', payload));
    expect(frames.id).toBe(Buffer.from(digest.subarray(0, 8)).toString('hex'));
    // 16 header + 16 block + 4 CRC = 36 bytes → 54 base45 characters after the 4-character prefix.
    expect(frames.texts[0]).toHaveLength(4 + 54);
  });

  it('turns away every one-character change of a frame (the CRC catches up to 32 changed bits)', async () => {
    // Mutation: skip the CRC comparison in parseFrame → changed frames parse → fails.
    const [text] = (await makeFrames(bytes(40), { blockSize: 40 })).texts;
    const body = text!.slice(FRAME_PREFIX.length);
    let accepted = 0;
    for (let position = 0; position < body.length; position += 1) {
      for (const character of BASE45_ALPHABET) {
        if (character === body[position]) continue;
        const changed = FRAME_PREFIX + body.slice(0, position) + character + body.slice(position + 1);
        if (parseFrame(changed) !== null) accepted += 1;
      }
    }
    expect(accepted).toBe(0);
  });

  it('turns away frames with a correct CRC but impossible fields', () => {
    expect(parseFrame(craft({ length: 100, blockSize: 16 }))).not.toBeNull(); // the control: valid
    expect(parseFrame(craft({ version: 2, length: 100, blockSize: 16 }))).toBeNull();
    expect(parseFrame(craft({ length: 0, blockSize: 16 }))).toBeNull();
    expect(parseFrame(craft({ length: 100, blockSize: 15 }))).toBeNull(); // below MIN_BLOCK_SIZE
    expect(parseFrame(craft({ length: 100, blockSize: 16, blockBytes: 17 }))).toBeNull(); // block ≠ its size
    // Mutation: drop the MAX_SOURCE_BLOCKS check → a 4 GB payload's frame parses → fails.
    expect(parseFrame(craft({ length: 0xffffffff, blockSize: 16 }))).toBeNull();
    expect(parseFrame(craft({ length: 16 * MAX_SOURCE_BLOCKS, blockSize: 16 }))).not.toBeNull();
    expect(parseFrame(craft({ length: 16 * MAX_SOURCE_BLOCKS + 1, blockSize: 16 }))).toBeNull();
    expect(parseFrame(craft({ length: 100, blockSize: MAX_BLOCK_SIZE + 1 }))).toBeNull();
  });

  it('turns away anything else without throwing, and huge text before decoding it', () => {
    for (const value of [undefined, null, 42, {}, [], '', 'SH1:', 'SH1:A', 'http://example.com', 'SH2:BB8']) {
      expect(parseFrame(value)).toBeNull();
    }
    expect(parseFrame(FRAME_PREFIX + '0'.repeat(MAX_FRAME_TEXT))).toBeNull();
    expect(parseFrame(FRAME_PREFIX + '0'.repeat(10_000_000))).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        expect(parseFrame(FRAME_PREFIX + text)).toBeNull();
      }),
    );
  });

  it('chooses the smallest block size that needs at most 24 frames, and none past 100 frames', () => {
    // 24 × 560 = 13,440 bytes fit in 24 frames of 560; one byte more needs 25 → 800 (17 frames).
    expect(chooseBlockSize(8_974)).toBe(560);
    expect(chooseBlockSize(13_440)).toBe(560);
    expect(chooseBlockSize(13_441)).toBe(800);
    expect(chooseBlockSize(24 * 800 + 1)).toBe(1100);
    // 100 × 1,100 = 110,000 bytes is the most QR frames carry; past it the file route is the way.
    expect(chooseBlockSize(110_000)).toBe(1100);
    expect(chooseBlockSize(110_001)).toBeNull();
  });

  it('refuses to make frames it could not read back', async () => {
    await expect(makeFrames(bytes(10), { blockSize: 15 })).rejects.toThrow(RangeError);
    await expect(makeFrames(bytes(16 * MAX_SOURCE_BLOCKS + 1), { blockSize: 16 })).rejects.toThrow(RangeError);
    await expect(makeFrames(bytes(100), { blockSize: 16, frameCount: 6 })).rejects.toThrow(RangeError);
    await expect(makeFrames(bytes(100), { blockSize: 16, frameCount: 257 })).rejects.toThrow(RangeError);
  });
});
