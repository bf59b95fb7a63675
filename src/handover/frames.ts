/**
 * The QR handover's frame format: one QR code's text, `SH1:` + base45 of
 *
 *   byte 0       format version (1)
 *   bytes 1–8    handover id: the first 8 bytes of the payload's SHA-256
 *   bytes 9–12   payload length in bytes (unsigned, big-endian)
 *   bytes 13–14  block size in bytes (unsigned, big-endian)
 *   byte 15      frame index (0–255; see erasureCode.ts)
 *   then         the frame's block (block-size bytes)
 *   last 4       CRC-32 (IEEE) of everything before it
 *
 * `parseFrame` never throws and does bounded work: it rejects text longer than MAX_FRAME_TEXT
 * before decoding anything, then checks the base45, the sizes, the CRC and that the payload
 * length fits the block size and frame count. The id separates one handover from another and,
 * once the payload is rebuilt, proves it came out as it went in (collector.ts).
 */
import { fromBase45, toBase45 } from './base45';
import { encodeBlock, MAX_FRAME_INDEX } from './erasureCode';

export const FRAME_PREFIX = 'SH1:';
export const FRAME_FORMAT_VERSION = 1;
const ID_BYTES = 8;
const HEADER_BYTES = 16;
const CRC_BYTES = 4;
/** Bytes a frame adds to its block. */
export const FRAME_OVERHEAD_BYTES = HEADER_BYTES + CRC_BYTES;
export const MIN_BLOCK_SIZE = 16;
export const MAX_BLOCK_SIZE = 1200;
/** The longest frame text parsed at all (a frame of MAX_BLOCK_SIZE is shorter). */
export const MAX_FRAME_TEXT = FRAME_PREFIX.length + Math.ceil(((FRAME_OVERHEAD_BYTES + MAX_BLOCK_SIZE) * 3) / 2);
/** Source blocks at most: one frame index per block, and room for repair frames after them. */
export const MAX_SOURCE_BLOCKS = 200;

/**
 * Block sizes the app uses, smallest first: 560 bytes make a QR code of version 19 at error
 * correction level M (93 modules a side), 800 bytes version 23, 1,100 bytes version 27.
 */
export const BLOCK_SIZE_LADDER = [560, 800, 1100] as const;
/** A handover should need at most this many frames (issue 18: the target client in at most 25). */
export const FRAMES_WANTED = 24;
/** Beyond this many frames scanning takes minutes: the app says to use the backup file. */
export const MAX_FRAMES_NEEDED = 100;

/**
 * The block size for a payload: the smallest on the ladder that needs at most FRAMES_WANTED
 * frames, else the largest. Null when even that needs more than MAX_FRAMES_NEEDED.
 */
export function chooseBlockSize(payloadLength: number): number | null {
  const largest = BLOCK_SIZE_LADDER[BLOCK_SIZE_LADDER.length - 1]!;
  const blockSize = BLOCK_SIZE_LADDER.find((size) => sourceBlockCount(payloadLength, size) <= FRAMES_WANTED) ?? largest;
  return sourceBlockCount(payloadLength, blockSize) <= MAX_FRAMES_NEEDED ? blockSize : null;
}

/** One frame, parsed and checked. */
export interface ParsedFrame {
  /** Hex of the handover id. */
  readonly id: string;
  readonly payloadLength: number;
  readonly blockSize: number;
  /** k: how many distinct frames rebuild the payload. */
  readonly sourceCount: number;
  readonly index: number;
  readonly block: Uint8Array;
}

const CRC_TABLE = new Uint32Array(256);
for (let byte = 0; byte < 256; byte += 1) {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  CRC_TABLE[byte] = crc >>> 0;
}

/** CRC-32 (IEEE 802.3, as zlib and PNG use it) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The handover id of a payload: hex of the first 8 bytes of its SHA-256. */
export async function handoverId(payload: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', payload));
  return toHex(digest.subarray(0, ID_BYTES));
}

/** How many source blocks a payload of `length` bytes needs at `blockSize`. */
export function sourceBlockCount(length: number, blockSize: number): number {
  return Math.ceil(length / blockSize);
}

export interface HandoverFrames {
  readonly id: string;
  /** k: any k distinct frames of `texts` rebuild the payload. */
  readonly sourceCount: number;
  readonly blockSize: number;
  /** The frames' texts, index 0 first. */
  readonly texts: readonly string[];
}

/**
 * Cut `payload` into frames of `blockSize`-byte blocks: the k source frames, then repair frames
 * up to `frameCount` in all (default 2k, at most 256).
 */
export async function makeFrames(
  payload: Uint8Array<ArrayBuffer>,
  options: { blockSize: number; frameCount?: number },
): Promise<HandoverFrames> {
  const { blockSize } = options;
  if (!Number.isInteger(blockSize) || blockSize < MIN_BLOCK_SIZE || blockSize > MAX_BLOCK_SIZE) {
    throw new RangeError(`block size ${MIN_BLOCK_SIZE}..${MAX_BLOCK_SIZE}`);
  }
  const sourceCount = sourceBlockCount(payload.length, blockSize);
  if (sourceCount < 1 || sourceCount > MAX_SOURCE_BLOCKS) throw new RangeError('payload too large for QR frames');
  const frameCount = options.frameCount ?? Math.min(MAX_FRAME_INDEX + 1, 2 * sourceCount);
  if (!Number.isInteger(frameCount) || frameCount < sourceCount || frameCount > MAX_FRAME_INDEX + 1) {
    throw new RangeError('frame count k..256');
  }
  const id = await handoverId(payload);
  const idBytes = Uint8Array.from(id.match(/../g)!, (pair) => parseInt(pair, 16));
  const blocks = Array.from({ length: sourceCount }, (_, index) => {
    const block = new Uint8Array(blockSize);
    block.set(payload.subarray(index * blockSize, (index + 1) * blockSize));
    return block;
  });
  const texts: string[] = [];
  for (let index = 0; index < frameCount; index += 1) {
    const bytes = new Uint8Array(FRAME_OVERHEAD_BYTES + blockSize);
    const view = new DataView(bytes.buffer);
    bytes[0] = FRAME_FORMAT_VERSION;
    bytes.set(idBytes, 1);
    view.setUint32(9, payload.length);
    view.setUint16(13, blockSize);
    bytes[15] = index;
    bytes.set(index < sourceCount ? blocks[index]! : encodeBlock(blocks, index), HEADER_BYTES);
    view.setUint32(HEADER_BYTES + blockSize, crc32(bytes.subarray(0, HEADER_BYTES + blockSize)));
    texts.push(FRAME_PREFIX + toBase45(bytes));
  }
  return { id, sourceCount, blockSize, texts };
}

/** A frame's fields, or null if `text` is not an intact Shore handover frame. Never throws. */
export function parseFrame(text: unknown): ParsedFrame | null {
  if (typeof text !== 'string' || text.length > MAX_FRAME_TEXT || !text.startsWith(FRAME_PREFIX)) return null;
  const bytes = fromBase45(text.slice(FRAME_PREFIX.length));
  if (bytes === null || bytes.length < FRAME_OVERHEAD_BYTES + MIN_BLOCK_SIZE) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const blockSize = view.getUint16(13);
  if (bytes[0] !== FRAME_FORMAT_VERSION || bytes.length !== FRAME_OVERHEAD_BYTES + blockSize) return null;
  if (blockSize < MIN_BLOCK_SIZE || blockSize > MAX_BLOCK_SIZE) return null;
  if (view.getUint32(HEADER_BYTES + blockSize) !== crc32(bytes.subarray(0, HEADER_BYTES + blockSize))) return null;
  const payloadLength = view.getUint32(9);
  const sourceCount = sourceBlockCount(payloadLength, blockSize);
  if (payloadLength < 1 || sourceCount > MAX_SOURCE_BLOCKS) return null;
  return {
    id: toHex(bytes.subarray(1, 1 + ID_BYTES)),
    payloadLength,
    blockSize,
    sourceCount,
    index: bytes[15]!,
    block: bytes.slice(HEADER_BYTES, HEADER_BYTES + blockSize),
  };
}
