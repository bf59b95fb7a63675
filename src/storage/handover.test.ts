/**
 * The QR handover payload: the target client of issue 18 goes out compressed and encrypted and
 * comes back, through prepareImport → applyImport, as exactly the same records; a wrong or
 * missing passphrase and damaged or hostile payloads are refused with a BackupError code and
 * write nothing; inflation stops at LIMITS.fileBytes.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeFrames } from '../handover/frames';
import { applyImport, BackupError, prepareImport, type BackupErrorCode } from './backup';
import { derivePassphraseKey, encryptBytes } from './crypto';
import { CURRENT_SCHEMA_VERSION, openShoreDb } from './db';
import { exportHandover, openHandover, sealHandover } from './handover';
import { seedTargetClient } from './handoverTestSupport';
import { makeShoreRepository } from './repository';
import { dumpDatabase, makeLogEntry, momentAt, profileId } from './testSupport';

const FAST = 1_000;
const PASS = '482715390628';
const EXPORTED_AT = '2026-11-28T10:00:00.000Z';

async function codeOf(promise: Promise<unknown>): Promise<BackupErrorCode | 'resolved' | 'other'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof BackupError ? error.code : 'other';
  }
}

/** A payload built here byte by byte (the documented layout), around any plaintext. */
async function craftPayload(
  plaintext: Uint8Array<ArrayBuffer>,
  schemaVersion = CURRENT_SCHEMA_VERSION,
): Promise<Uint8Array> {
  const salt = new Uint8Array(16).fill(7);
  const key = await derivePassphraseKey(PASS, salt, FAST);
  const box = await encryptBytes(key, plaintext, `shore-handover/1/${schemaVersion}/${FAST}`);
  const payload = new Uint8Array(38 + box.data.length);
  const view = new DataView(payload.buffer);
  payload.set([0x53, 0x48, 0x50, 1]);
  view.setUint16(4, schemaVersion);
  view.setUint32(6, FAST);
  payload.set(salt, 10);
  payload.set(box.iv, 26);
  payload.set(box.data, 38);
  return payload;
}

async function zlib(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('QR handover payload', () => {
  it('carries the target client, in at most 25 frames, into an empty database unchanged', async () => {
    const source = await openShoreDb('source', new IDBFactory());
    const client = await seedTargetClient(source);
    const { payload, attachmentsLeftOut } = await exportHandover(source, {
      profileId: client.profile.id,
      passphrase: PASS,
      exportedAt: EXPORTED_AT,
      unsafeIterationsForTests: FAST,
    });
    expect(attachmentsLeftOut).toBe(0);
    // Issue 18's target: at most 25 frames. 560-byte blocks: the payload (≈ 9 KB) needs ⌈bytes / 560⌉.
    const frames = await makeFrames(payload, { blockSize: 560 });
    expect(frames.sourceCount).toBe(Math.ceil(payload.length / 560));
    expect(frames.sourceCount).toBeLessThanOrEqual(25);

    const target = await openShoreDb('target', new IDBFactory());
    const text = await openHandover(payload, PASS);
    const preview = await prepareImport(target, text);
    expect(preview.counts).toMatchObject({ profiles: 1, debts: 12, negotiations: 30, collectionLog: 60 });
    await applyImport(target, preview);
    expect(await dumpDatabase(target)).toBe(await dumpDatabase(source));
  });

  it('leaves attachments out (they go by file) and their references with them, so the import is valid', async () => {
    // Mutation: keep the log entry's references while omitting the attachments → invalid-reference → fails.
    const source = await openShoreDb('with-attachment', new IDBFactory());
    const repo = makeShoreRepository(source, { now: () => EXPORTED_AT });
    const owner = profileId('p1');
    const revision = (await repo.putProfile({ id: owner, displayName: '张三', notes: '' }, null)).revision;
    const entry = {
      ...makeLogEntry(owner, 'l1', momentAt(2)),
      attachments: [{ id: 'a1', name: '截图.png', type: 'image/png', size: 0 }],
    };
    await repo.saveLogEntry(entry, revision, [
      {
        id: 'a1',
        name: '截图.png',
        type: 'image/png',
        blob: new Blob([Uint8Array.of(1, 2, 3)], { type: 'image/png' }),
      },
    ]);
    const handover = await exportHandover(source, {
      profileId: owner,
      passphrase: PASS,
      exportedAt: EXPORTED_AT,
      unsafeIterationsForTests: FAST,
    });
    expect(handover.attachmentsLeftOut).toBe(1);
    const target = await openShoreDb('target', new IDBFactory());
    const preview = await prepareImport(target, await openHandover(handover.payload, PASS));
    expect(preview.counts).toMatchObject({ collectionLog: 1, attachments: 0 });
    expect(preview.snapshot.collectionLog[0]).toMatchObject({
      id: 'l1',
      whatWasSaid: entry.whatWasSaid,
      attachments: [],
    });
  });

  it('refuses a wrong or missing passphrase, and a damaged or hostile payload, with its code', async () => {
    const text = JSON.stringify({ hello: '你好' });
    const payload = await sealHandover(text, PASS, FAST);
    expect(await openHandover(payload, PASS)).toBe(text);
    // Mutation: map a failed decryption to 'not-json' → fails.
    expect(await codeOf(openHandover(payload, '482715390629'))).toBe('wrong-passphrase');
    expect(await codeOf(openHandover(payload, ''))).toBe('passphrase-required');
    const changed = (at: number, value: number): Uint8Array => {
      const copy = payload.slice();
      copy[at] = value;
      return copy;
    };
    expect(await codeOf(openHandover(changed(payload.length - 1, payload.at(-1)! ^ 1), PASS))).toBe('wrong-passphrase');
    expect(await codeOf(openHandover(changed(20, payload[20]! ^ 1), PASS))).toBe('wrong-passphrase'); // salt
    expect(await codeOf(openHandover(changed(9, payload[9]! ^ 1), PASS))).toBe('wrong-passphrase'); // iterations (AAD)
    expect(await codeOf(openHandover(changed(0, 0x41), PASS))).toBe('wrong-format');
    expect(await codeOf(openHandover(changed(3, 2), PASS))).toBe('unsupported-version');
    expect(await codeOf(openHandover(payload.slice(0, 53), PASS))).toBe('wrong-format');
    expect(await codeOf(openHandover(new Uint8Array(0), PASS))).toBe('wrong-format');
    const iterationsTooHigh = payload.slice();
    new DataView(iterationsTooHigh.buffer).setUint32(6, 0xffffffff);
    expect(await codeOf(openHandover(iterationsTooHigh, PASS))).toBe('invalid-field');
    expect(
      await codeOf(
        openHandover(await craftPayload(await zlib(new TextEncoder().encode('{}')), CURRENT_SCHEMA_VERSION + 1), PASS),
      ),
    ).toBe('newer-version');
    // Encrypted under the right passphrase but not zlib data, or not UTF-8 text.
    expect(await codeOf(openHandover(await craftPayload(new Uint8Array([1, 2, 3, 4, 5])), PASS))).toBe('not-json');
    expect(await codeOf(openHandover(await craftPayload(await zlib(Uint8Array.of(0xff, 0xfe))), PASS))).toBe(
      'not-json',
    );
  });

  it('stops unpacking at the largest backup size (a small payload that inflates to 60 MB)', async () => {
    // 60 MiB of zeros deflates to about 60 KB; LIMITS.fileBytes is 50 MiB.
    // Mutation: drop the `total > maxBytes` check → resolves → fails.
    const bomb = await craftPayload(await zlib(new Uint8Array(60 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await codeOf(openHandover(bomb, PASS))).toBe('too-large');
  }, 30_000);
});
