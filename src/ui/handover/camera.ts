/**
 * The phone's camera for the QR handover. The camera is asked for only when `startScan` is
 * called (after the person taps "scan"), and `stop()` stops every track. QR codes are read with
 * the browser's `BarcodeDetector` where it reads QR codes (Android Chrome, Safari 17+), else with
 * the `qr` library's decoder, loaded on first use only (a lazy chunk, precached for offline use).
 */

/** Frames wider than this are scaled down before the JS decoder reads them (speed; QR stays sharp). */
const MAX_DECODE_WIDTH = 960;

type ReadTexts = (video: HTMLVideoElement) => Promise<string[]>;

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** Why the camera could not be used. */
export type CameraProblem = 'denied' | 'no-camera' | 'failed' | 'unsupported';

export class CameraError extends Error {
  readonly problem: CameraProblem;
  constructor(problem: CameraProblem) {
    super(`camera: ${problem}`);
    this.name = 'CameraError';
    this.problem = problem;
  }
}

/** The native detector if it reads QR codes, else the JS decoder over a canvas copy of the frame. */
async function qrReader(): Promise<ReadTexts> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      if ((await Native.getSupportedFormats()).includes('qr_code')) {
        const detector = new Native({ formats: ['qr_code'] });
        return async (video) => (await detector.detect(video)).map((code) => code.rawValue);
      }
    } catch {
      // Fall back to the JS decoder.
    }
  }
  const { default: decodeQR } = await import('qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new CameraError('unsupported');
  return (video) => {
    const scale = Math.min(1, MAX_DECODE_WIDTH / Math.max(1, video.videoWidth));
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (width === 0 || height === 0) return Promise.resolve([]);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    try {
      return Promise.resolve([decodeQR(context.getImageData(0, 0, width, height))]);
    } catch {
      return Promise.resolve([]); // no code in this frame
    }
  };
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  return 'failed';
}

export interface ScanSession {
  /** Stop reading and stop every camera track. Safe to call more than once. */
  stop(): void;
}

/**
 * Open the rear camera into `video` and call `onText` with every QR text read, frame after
 * frame, until `stop()`.
 * @throws CameraError when the camera cannot be had.
 */
export async function startScan(video: HTMLVideoElement, onText: (text: string) => void): Promise<ScanSession> {
  if (typeof navigator.mediaDevices?.getUserMedia !== 'function') throw new CameraError('unsupported');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
    });
  } catch (error) {
    throw new CameraError(problemOf(error));
  }
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
    const read = await qrReader();
    // One read at a time, at most once per new video frame.
    const next = (): void => {
      if (stopped) return;
      if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => void tick());
      else requestAnimationFrame(() => void tick());
    };
    const tick = async (): Promise<void> => {
      if (stopped) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        for (const text of await read(video).catch(() => [])) if (!stopped) onText(text);
      }
      next();
    };
    next();
  } catch (error) {
    stop();
    throw error instanceof CameraError ? error : new CameraError('failed');
  }
  return { stop };
}
