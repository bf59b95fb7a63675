/**
 * Encrypted backups and the import fuzz: passphrase round trip (also into a locked database),
 * 'passphrase-required' / 'wrong-passphrase', no plaintext in the encrypted file, and thousands
 * of random and mutated files (encrypted and not): no crash, only BackupError, nothing written.
 */
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport, BackupError, exportBackup, prepareImport } from './backup';
import { openShoreDb, type ShoreDb } from './db';
import { createVault, type Vault } from './lock';
import { LOCK_P1, logicalDump, populate, SECRETS } from './lockTestSupport';
import { makeShoreRepository } from './repository';
import { dumpDatabase } from './testSupport';

const EXPORTED_AT = '2026-11-28T20:00:00+08:00';
const FAST = 1_000;

async function populated(): Promise<{ db: ShoreDb; repo: ReturnType<typeof makeShoreRepository>; vault: Vault }> {
  const db = await openShoreDb('b', new IDBFactory());
  const vault = createVault(db, { unsafeIterationsForTests: FAST });
  const repo = makeShoreRepository(db, { now: () => '2026-11-28T12:00:00.000Z' });
  await populate(repo);
  return { db, repo, vault };
}

describe('encrypted backups', () => {
  it('round-trip with the passphrase, hold no plaintext, and need it on import', async () => {
    const { db, repo } = await populated();
    const text = await exportBackup(db, {
      exportedAt: EXPORTED_AT,
      passphrase: '备份口令',
      unsafeIterationsForTests: FAST,
    });
    const file = JSON.parse(text) as { format: string; schemaVersion: number; encrypted: Record<string, unknown> };
    expect(Object.keys(file).sort()).toEqual(['encrypted', 'format', 'schemaVersion']);
    expect(Object.keys(file.encrypted).sort()).toEqual(['check', 'checkIv', 'ciphertext', 'iterations', 'iv', 'salt']);
    expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);

    const target = await openShoreDb('t', new IDBFactory());
    await expect(prepareImport(target, text)).rejects.toMatchObject({ code: 'passphrase-required' });
    await expect(prepareImport(target, text, { passphrase: 'nope' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    const preview = await prepareImport(target, text, { passphrase: '备份口令' });
    await applyImport(target, preview);
    // Backups carry no drafts (issue 13) and no counsellor's notes (issue 18): everything else round-trips.
    const imported = makeShoreRepository(target);
    expect(await imported.loadDrafts(LOCK_P1)).toEqual([]);
    expect((await imported.loadProfile(LOCK_P1)).counsellorNotes).toBeUndefined();
    expect(await logicalDump(imported, { asInFile: true })).toBe(await logicalDump(repo, { asInFile: true }));
  });

  // Issue 13: at eced209 a changed or damaged file opened with the RIGHT passphrase said
  // 'wrong-passphrase'. Break: throw 'wrong-passphrase' where 'damaged' is thrown → fails.
  it('says a changed or damaged file is damaged when the passphrase is right, and wrong only when it is wrong', async () => {
    const { db } = await populated();
    const text = await exportBackup(db, {
      exportedAt: EXPORTED_AT,
      passphrase: '备份口令',
      unsafeIterationsForTests: FAST,
    });
    const file = JSON.parse(text) as { encrypted: { ciphertext: string } };
    // Flip one bit of the ciphertext's first byte (base64 'A' ↔ 'B' changes the lowest bit of 6).
    const first = file.encrypted.ciphertext[0] === 'A' ? 'B' : 'A';
    const tampered = JSON.stringify({
      ...file,
      encrypted: { ...file.encrypted, ciphertext: first + file.encrypted.ciphertext.slice(1) },
    });
    const target = await openShoreDb('t', new IDBFactory());
    await expect(prepareImport(target, tampered, { passphrase: '备份口令' })).rejects.toMatchObject({
      code: 'damaged',
    });
    await expect(prepareImport(target, tampered, { passphrase: '不对' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    // A file written before the key check (no check fields) cannot tell the two apart.
    const {
      check: _check,
      checkIv: _checkIv,
      ...old
    } = (JSON.parse(tampered) as { encrypted: Record<string, string> }).encrypted;
    const before = JSON.stringify({ ...JSON.parse(tampered), encrypted: old });
    await expect(prepareImport(target, before, { passphrase: '备份口令' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
  });

  it('exports from and imports into a database whose lock is on (rows sealed on the way in)', async () => {
    const { db, repo, vault: source } = await populated();
    await source.enable('lock');
    const text = await exportBackup(db, { exportedAt: EXPORTED_AT });
    source.lock();
    await expect(exportBackup(db, { exportedAt: EXPORTED_AT })).rejects.toMatchObject({ code: 'locked' });

    const target = await openShoreDb('t', new IDBFactory());
    const vault = createVault(target, { unsafeIterationsForTests: FAST });
    await vault.enable('other');
    await applyImport(target, await prepareImport(target, text));
    const rows: unknown[] = await target.getAll('debts');
    expect(rows.every((row) => typeof row === 'object' && row !== null && 'sealed' in row)).toBe(true);
    await source.unlock('lock');
    // Backups carry no drafts (issue 13) and no counsellor's notes (issue 18): everything else round-trips.
    const imported = makeShoreRepository(target);
    expect(await imported.loadDrafts(LOCK_P1)).toEqual([]);
    expect((await imported.loadProfile(LOCK_P1)).counsellorNotes).toBeUndefined();
    expect(await logicalDump(imported, { asInFile: true })).toBe(await logicalDump(repo, { asInFile: true }));
  });
});

describe('import fuzz: random and mutated files', () => {
  it('never crashes, rejects only with BackupError, and never writes (thousands of files)', async () => {
    const { db } = await populated();
    const plain = await exportBackup(db, { exportedAt: EXPORTED_AT });
    const encrypted = await exportBackup(db, {
      exportedAt: EXPORTED_AT,
      passphrase: 'p',
      unsafeIterationsForTests: FAST,
    });
    const target = await openShoreDb('target', new IDBFactory());
    const before = await dumpDatabase(target);
    const mutate = (text: string): fc.Arbitrary<string> =>
      fc.oneof(
        fc
          .tuple(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
          .map(([at, s]) => text.slice(0, at) + s + text.slice(at + 1)),
        fc.nat(text.length).map((at) => text.slice(0, at)),
        fc.tuple(fc.nat(text.length - 1), fc.nat(200)).map(([at, n]) => text.slice(0, at) + text.slice(at + n)),
        fc.tuple(fc.nat(text.length - 1), fc.nat(text.length - 1)).map(([a, b]) => text.slice(0, a) + text.slice(b)),
      );
    const files = fc.oneof(
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
      {
        weight: 1,
        arbitrary: fc
          .jsonValue({ maxDepth: 3 })
          .map((encryptedValue) =>
            JSON.stringify({ format: 'shore-backup', schemaVersion: 3, encrypted: encryptedValue }),
          ),
      },
      { weight: 4, arbitrary: mutate(plain) },
      { weight: 4, arbitrary: mutate(encrypted) },
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom(undefined, 'p', 'x'), async (text, passphrase) => {
        const outcome = await prepareImport(target, text, { passphrase }).then(
          () => 'accepted',
          (error: unknown) => (error instanceof BackupError ? error.code : `threw ${String(error)}`),
        );
        if (outcome === 'accepted') accepted += 1;
        expect(outcome.startsWith('threw')).toBe(false);
      }),
      { numRuns: 3_000, seed: 20261130 },
    );
    expect(await dumpDatabase(target)).toBe(before);
    console.info(`fuzz: 3000 files, ${accepted} accepted (harmless mutations such as whitespace)`);
  }, 120_000);
});
