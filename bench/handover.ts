/**
 * `npm run bench` (QR handover, Node): issue 18's target client (12 debts, 30 negotiation events,
 * 60 log entries, no attachments; src/handover/targetClient.ts) as the counsellor's screen shows
 * it: backup bytes before and after compression, the encrypted payload, frames needed (k) and
 * shown (n), frame size and QR version; then the time to make the payload (PBKDF2 at 600,000
 * iterations dominates), to cut and draw the frames, for the JS decoder (the `qr` library, the
 * fallback where the browser has no BarcodeDetector) to read one frame from a 640×480 camera
 * picture at 4 px a module, and to rebuild and open the payload on the phone. The scan time is
 * estimated from the loop's schedule (FRAME_INTERVAL_MS a code): one pass over k codes if none is
 * missed, one whole loop of n codes if half are. Goal (issue 18): at most 25 frames, under 30 s.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import decodeQR from 'qr/decode.js';
import { FrameCollector } from '../src/handover/collector';
import { chooseBlockSize, FRAME_OVERHEAD_BYTES, makeFrames } from '../src/handover/frames';
import { exportBackup } from '../src/storage/backup';
import { openShoreDb } from '../src/storage/db';
import { exportHandover, openHandover } from '../src/storage/handover';
import { seedTargetClient } from '../src/storage/handoverTestSupport';
import { FRAME_INTERVAL_MS, qrModules, qrVersion } from '../src/ui/handover/qrCanvas';

const RUNS = 15;
const PASS = '482715390628';

function median(samples: number[]): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(samples: number[], fraction: number): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

async function timed<T>(runs: number, run: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const samples: number[] = [];
  let result: T | undefined;
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    result = await run();
    samples.push(performance.now() - start);
  }
  return { result: result!, ms: median(samples) };
}

/** A grey 640×480 RGBA picture with the code drawn at `scale` pixels a module, centred. */
function cameraPicture(
  modules: boolean[][],
  scale: number,
): { width: number; height: number; data: Uint8ClampedArray } {
  const width = 640;
  const height = 480;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const left = Math.floor((width - modules.length * scale) / 2);
  const top = Math.floor((height - modules.length * scale) / 2);
  for (const [row, line] of modules.entries()) {
    for (const [column, dark] of line.entries()) {
      if (!dark) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        const start = ((top + row * scale + dy) * width + left + column * scale) * 4;
        data.fill(0, start, start + scale * 4);
        for (let dx = 0; dx < scale; dx += 1) data[start + dx * 4 + 3] = 255;
      }
    }
  }
  return { width, height, data };
}

const db = await openShoreDb('bench-handover', new IDBFactory());
const client = await seedTargetClient(db);
const exportedAt = '2026-11-28T10:00:00.000Z';
const backup = new TextEncoder().encode(await exportBackup(db, { profileId: client.profile.id, exportedAt }));
const compressed = await new Response(
  new Blob([backup]).stream().pipeThrough(new CompressionStream('deflate')),
).arrayBuffer();

const sealing = await timed(3, () =>
  exportHandover(db, { profileId: client.profile.id, passphrase: PASS, exportedAt }),
);
const { payload } = sealing.result;
const blockSize = chooseBlockSize(payload.length)!;
const framing = await timed(RUNS, () => makeFrames(payload, { blockSize }));
const frames = framing.result;
const drawing = await timed(3, () => frames.texts.map(qrModules));
const modules = drawing.result;
const pictures = modules.map((grid) => cameraPicture(grid, 4));
const decodeSamples: number[] = [];
for (const [index, picture] of pictures.entries()) {
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    const text = decodeQR(picture);
    decodeSamples.push(performance.now() - start);
    if (text !== frames.texts[index]) throw new Error(`frame ${String(index)} decoded wrong`);
  }
}
const rebuilding = await timed(RUNS, async () => {
  const collector = new FrameCollector();
  let status = collector.status();
  for (const text of frames.texts.slice(frames.sourceCount)) status = await collector.add(text);
  return status;
});
if (rebuilding.result.kind !== 'complete') throw new Error('the repair frames alone did not rebuild the payload');
const opening = await timed(3, () =>
  openHandover(rebuilding.result.kind === 'complete' ? rebuilding.result.payload : payload, PASS),
);
if (new TextEncoder().encode(opening.result).length !== backup.length)
  throw new Error('opened backup differs in length');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const total = frames.texts.length;
const needed = frames.sourceCount;
console.log(
  `Shore QR handover (node ${process.version}; target client: 12 debts, 30 negotiation events, 60 log entries)`,
);
console.log(
  `  backup ${kb(backup.length)} → deflate ${kb(compressed.byteLength)} → encrypted payload ${String(payload.length)} B`,
);
console.log(
  `  frames needed ${String(needed)} of ${String(total)} shown (goal ≤ 25); block ${String(blockSize)} B + ${String(FRAME_OVERHEAD_BYTES)} B header/CRC = ${String(frames.texts[0]!.length)} characters, QR version ${String(qrVersion(modules[0]!))} at level M`,
);
console.log(
  `  make payload ${sealing.ms.toFixed(0)} ms (PBKDF2 600,000) · cut frames ${framing.ms.toFixed(1)} ms · encode ${String(total)} QR codes ${drawing.ms.toFixed(0)} ms`,
);
console.log(
  `  JS decoder: median ${median(decodeSamples).toFixed(1)} ms a frame (640×480, 4 px a module; 95th percentile ${percentile(decodeSamples, 0.95).toFixed(1)} ms) · rebuild from ${String(needed)} repair frames ${rebuilding.ms.toFixed(1)} ms · open ${opening.ms.toFixed(0)} ms`,
);
console.log(
  `  scan time from the loop (${String(FRAME_INTERVAL_MS)} ms a code): ${((needed * FRAME_INTERVAL_MS) / 1000).toFixed(1)} s if no code is missed, ${((total * FRAME_INTERVAL_MS) / 1000).toFixed(1)} s if half are (goal < 30 s)`,
);
