/**
 * The phone's side of the QR handover: takes whatever the camera reads, in any order, and says
 * how far it has come (distinct frames collected / needed) until the payload is rebuilt and
 * proven intact by its id (the first 8 bytes of its SHA-256).
 *
 * Robust to what a camera may show it: any text is accepted and never throws (other QR codes and
 * damaged frames are counted and ignored); memory is bounded by one handover's decoder (at most
 * MAX_SOURCE_BLOCKS rows). Frames of a different handover (the counsellor made a new code) take
 * over after SWITCH_AFTER of them in a row; a frame claiming the current id with other sizes is
 * ignored. If the rebuilt payload does not match its id (a forged or misread frame got through),
 * collection starts again and says so; a wrong payload is never returned.
 */
import { ErasureDecoder } from './erasureCode';
import { handoverId, parseFrame, type ParsedFrame } from './frames';

/** Consecutive frames of another handover that make the collector switch to it. */
export const SWITCH_AFTER = 3;

export type CollectorStatus =
  | { readonly kind: 'waiting'; readonly ignored: number }
  | { readonly kind: 'collecting'; readonly collected: number; readonly needed: number; readonly ignored: number }
  | { readonly kind: 'complete'; readonly payload: Uint8Array<ArrayBuffer>; readonly needed: number }
  /** The rebuilt payload did not match its id: collection started again. */
  | { readonly kind: 'damaged'; readonly ignored: number };

interface Current {
  readonly id: string;
  readonly payloadLength: number;
  readonly blockSize: number;
  readonly decoder: ErasureDecoder;
}

export class FrameCollector {
  private current: Current | undefined;
  private done: Extract<CollectorStatus, { kind: 'complete' }> | undefined;
  private ignored = 0;
  private foreign: { id: string; count: number } | undefined;

  /** Where collection stands now. */
  status(): CollectorStatus {
    if (this.done) return this.done;
    if (!this.current) return { kind: 'waiting', ignored: this.ignored };
    return {
      kind: 'collecting',
      collected: this.current.decoder.received,
      needed: this.current.decoder.sourceCount,
      ignored: this.ignored,
    };
  }

  /** Take one text a QR reader returned. Resolves to the new status; never rejects. */
  async add(text: unknown): Promise<CollectorStatus> {
    if (this.done) return this.done;
    const frame = parseFrame(text);
    if (frame === null) {
      this.ignored += 1;
      return this.status();
    }
    if (!this.accepts(frame)) return this.status();
    const current = this.current!;
    current.decoder.add(frame.index, frame.block);
    if (!current.decoder.complete) return this.status();
    const payload = current.decoder.result().slice(0, current.payloadLength);
    if ((await handoverId(payload)) !== current.id) {
      this.current = undefined;
      return { kind: 'damaged', ignored: this.ignored };
    }
    this.done = { kind: 'complete', payload, needed: current.decoder.sourceCount };
    return this.done;
  }

  /** Whether `frame` belongs to the handover being collected (starting or switching if due). */
  private accepts(frame: ParsedFrame): boolean {
    const current = this.current;
    if (current?.id === frame.id) {
      this.foreign = undefined;
      if (current.payloadLength === frame.payloadLength && current.blockSize === frame.blockSize) return true;
      this.ignored += 1;
      return false;
    }
    if (current !== undefined) {
      this.foreign =
        this.foreign?.id === frame.id ? { id: frame.id, count: this.foreign.count + 1 } : { id: frame.id, count: 1 };
      if (this.foreign.count < SWITCH_AFTER) {
        this.ignored += 1;
        return false;
      }
    }
    this.foreign = undefined;
    this.current = {
      id: frame.id,
      payloadLength: frame.payloadLength,
      blockSize: frame.blockSize,
      decoder: new ErasureDecoder(frame.sourceCount, frame.blockSize),
    };
    return true;
  }
}
