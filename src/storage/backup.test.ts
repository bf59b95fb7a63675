/**
 * Backup tests: round trip (Blob attachment included), one-profile export, importing an older
 * version, preview then ONE-transaction apply, stale previews, and a generated corpus of 100+
 * corrupted or hostile files, each rejected with its code while the database stays
 * byte-for-byte the same.
 */
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, BackupError, exportBackup, prepareImport, type BackupErrorCode } from './backup';
import { canonicalJson, sha256Hex } from './canonical';
import { CURRENT_SCHEMA_VERSION, openShoreDb, type ShoreDb } from './db';
import { ConflictError, StorageError } from './errors';
import { makeShoreRepository, type ShoreRepository } from './repository';
import type { SnapshotV1 } from './schema/v1';
import {
  dumpDatabase,
  makeBudget,
  makeDebt,
  makeLogEntry,
  makePayment,
  makeNegotiation,
  makePlanSettings,
  momentAt,
  profileId,
} from './testSupport';

const P1 = profileId('p1');
const P2 = profileId('p2');
const NOW = '2026-11-28T12:00:00.000Z';
const EXPORTED_AT = '2026-11-28T20:00:00+08:00';
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 1, 2, 255]);

let factory: IDBFactory;
let db: ShoreDb;
let repo: ShoreRepository;

beforeEach(async () => {
  factory = new IDBFactory();
  db = await openShoreDb('backup', factory);
  repo = makeShoreRepository(db, { now: () => NOW });
  await populate(repo);
  return () => repo.close();
});

/** Two profiles with a record in every store, a Blob attachment and settings. */
async function populate(target: ShoreRepository): Promise<void> {
  let revision = (await target.putProfile({ id: P1, displayName: '张三', notes: '客户' }, null)).revision;
  revision = (await target.save('debts', makeDebt(P1, 'd1', 0), revision)).revision;
  revision = (
    await target.save(
      'debts',
      makeDebt(P1, 'd2', 1, {
        enteredRate: { unit: 'annual-percent', percent: '18', basis: 360 },
      }),
      revision,
    )
  ).revision;
  revision = (await target.save('budget', makeBudget(P1), revision)).revision;
  revision = (await target.save('planSettings', makePlanSettings(P1), revision)).revision;
  // Every schema v6 negotiation field on the first record, so the hostile corpus breaks each of them too.
  const negotiation = {
    ...makeNegotiation(P1, 'n1', momentAt(1)),
    agreedTerms: { fixedPayment: '300.00', months: 24, effectiveFrom: '2027-01-01', waivedAmount: '120.50' },
    confirmation: { channel: 'sms' as const, reference: 'GD-118' },
    payment: { outcome: 'kept' as const, amount: '300.00', dueDate: '2027-01-15' },
  };
  revision = (await target.save('negotiations', negotiation, revision)).revision;
  const entry = {
    ...makeLogEntry(P1, 'l1', momentAt(2)),
    attachments: [{ id: 'a1', name: '截图.png', type: 'image/png', size: 0 }],
  };
  revision = (
    await target.save('collectionLog', entry, revision, {
      attachments: [{ id: 'a1', name: '截图.png', type: 'image/png', blob: new Blob([PNG], { type: 'image/png' }) }],
    })
  ).revision;
  await target.save('payments', makePayment(P1, 'pay1'), revision);
  await target.putProfile({ id: P2, displayName: '李四', notes: '' }, null);
  await target.save('debts', makeDebt(P2, 'd3', 0), 1);
  await target.putSettings({
    language: 'zh-CN',
    activeProfileId: P1,
    preparerName: '王老师',
    lprOverride: { percent: '3.1', confirmedOn: '2026-11-20', effectiveFrom: '2026-11-20' },
  });
}

describe('export', () => {
  it('writes the envelope with a SHA-256 of the canonical data', async () => {
    const text = await exportBackup(db, { exportedAt: EXPORTED_AT });
    const file = JSON.parse(text) as {
      format: string;
      schemaVersion: number;
      exportedAt: string;
      checksum: string;
      data: { attachments: { base64: string }[] };
    };
    expect(file.format).toBe('shore-backup');
    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.exportedAt).toBe(EXPORTED_AT);
    expect(file.checksum).toBe(await sha256Hex(canonicalJson(file.data)));
    expect(file.data.attachments[0]?.base64).toBe(Buffer.from(PNG).toString('base64'));
  });

  it('exports one profile without settings or other profiles', async () => {
    const file = JSON.parse(await exportBackup(db, { exportedAt: EXPORTED_AT, profileId: P2 })) as {
      data: Record<string, unknown>;
    };
    expect(file.data.profiles).toHaveLength(1);
    expect(file.data.debts).toHaveLength(1);
    expect(file.data.collectionLog).toEqual([]);
    expect(file.data.settings).toBeNull();
  });
});

describe('import', () => {
  it('round-trips the whole database, Blob included, into an empty one', async () => {
    const text = await exportBackup(db, { exportedAt: EXPORTED_AT });
    const fresh = await openShoreDb('fresh', factory);
    const preview = await prepareImport(fresh, text);
    expect(preview.adds.map((profile) => profile.id)).toEqual([P1, P2]);
    expect(preview.replaces).toEqual([]);
    expect(preview.counts).toEqual({
      profiles: 2,
      debts: 3,
      budgets: 1,
      planSettings: 1,
      negotiations: 1,
      collectionLog: 1,
      attachments: 1,
      counsellorSessions: 0,
      payments: 1,
    });
    expect(preview.replacesSettings).toBe(true);
    await applyImport(fresh, preview);
    expect(await dumpDatabase(fresh)).toBe(await dumpDatabase(db));
    // The schema v6 fields come back as they were written.
    const freshRepo = makeShoreRepository(fresh);
    expect((await freshRepo.loadProfile(P1)).negotiations[0]).toMatchObject({
      agreedTerms: { waivedAmount: '120.50' },
      confirmation: { channel: 'sms', reference: 'GD-118' },
      payment: { outcome: 'kept', amount: '300.00', dueDate: '2027-01-15' },
    });
    expect((await freshRepo.getSettings()).lprOverride).toEqual({
      percent: '3.1',
      confirmedOn: '2026-11-20',
      effectiveFrom: '2026-11-20',
    });
    const blob = (await makeShoreRepository(fresh).getAttachment('a1'))?.blob;
    expect(blob?.type).toBe('image/png');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(PNG);
    fresh.close();
  });

  it('replaces a profile wholesale, bumps its revision past both, and keeps other profiles', async () => {
    const onlyP1 = await exportBackup(db, { exportedAt: EXPORTED_AT, profileId: P1 });
    const before = await repo.loadProfile(P1);
    // After the export the person adds a debt; importing the older file replaces it.
    await repo.save('debts', makeDebt(P1, 'late', 2), before.profile.revision);
    const preview = await prepareImport(db, onlyP1);
    expect(preview.replaces.map((profile) => profile.id)).toEqual([P1]);
    expect(preview.adds).toEqual([]);
    expect(preview.replacesSettings).toBe(false);
    await applyImport(db, preview, { replace: [P1] });
    const after = await repo.loadProfile(P1);
    expect(after.debts.map((debt) => debt.id)).toEqual(['d1', 'd2']);
    expect(after.profile.revision).toBe(before.profile.revision + 2);
    expect((await repo.loadProfile(P2)).debts).toHaveLength(1);
  });

  it('migrates a version 1 backup through the same chain', async () => {
    const dataV1: SnapshotV1 = {
      profiles: [{ id: 'old', displayName: '旧', notes: '', updatedAt: NOW }],
      debts: [
        {
          ...makeDebt(profileId('old'), 'od', 0),
          enteredRate: undefined,
          dailyRate: '0.0005',
        } as unknown as SnapshotV1['debts'][number],
      ],
      budgets: [],
      planSettings: [],
      negotiations: [],
      collectionLog: [
        {
          id: 'ol',
          profileId: 'old',
          at: momentAt(1),
          platform: 'x',
          callerNumber: '1',
          callerName: '',
          channel: 'sms',
          whatWasSaid: '',
          ruleIds: [],
          updatedAt: NOW,
        },
      ],
      settings: null,
    };
    const data = JSON.parse(canonicalJson(dataV1)) as unknown;
    const text = JSON.stringify({
      format: 'shore-backup',
      schemaVersion: 1,
      exportedAt: EXPORTED_AT,
      checksum: await sha256Hex(canonicalJson(data)),
      data,
    });
    const preview = await prepareImport(db, text);
    expect(preview.fileSchemaVersion).toBe(1);
    await applyImport(db, preview);
    const loaded = await repo.loadProfile(profileId('old'));
    expect(loaded.profile.revision).toBe(1);
    expect(loaded.debts[0]?.enteredRate).toEqual({ unit: 'daily-percent', percent: '0.05' });
    expect(loaded.collectionLog[0]).toMatchObject({ contacted: 'me', attachments: [] });
  });

  it('migrates a version 5 backup through 0006: packed details move into their fields, a malformed line stays', async () => {
    const file = JSON.parse(await exportBackup(db, { exportedAt: EXPORTED_AT, profileId: P1 })) as {
      data: { negotiations: Record<string, unknown>[]; debts: Record<string, unknown>[]; payments?: unknown[] };
    };
    // Version 5 had no payments store (schema v9 added it).
    delete file.data.payments;
    // Version 5 records: negotiations without the fields later versions added, debts with the
    // engine rate that version 8 stopped storing.
    const { confirmation: _c, payment: _p, recordedAt: _r, ...plain } = file.data.negotiations[0]!;
    const terms = { fixedPayment: '300.00', months: 24, effectiveFrom: '2027-01-01' };
    const data = {
      ...file.data,
      debts: file.data.debts.map((debt) => ({ ...debt, dailyRate: '0.0005' })),
      negotiations: [
        {
          ...plain,
          summary: '谈妥了\n[shore] {"waivedAmount":"120.50","evidence":{"channel":"sms","reference":"GD-118"}}',
          agreedTerms: terms,
        },
        { ...plain, id: 'n2', summary: '还了\n[shore] {"payment":{"outcome":"kept"', agreedTerms: terms },
      ],
    };
    const text = JSON.stringify({
      format: 'shore-backup',
      schemaVersion: 5,
      exportedAt: EXPORTED_AT,
      checksum: await sha256Hex(canonicalJson(data)),
      data,
    });
    const preview = await prepareImport(db, text);
    expect(preview.fileSchemaVersion).toBe(5);
    await applyImport(db, preview, { replace: [P1] });
    const [packed, malformed] = (await repo.loadProfile(P1)).negotiations;
    expect(packed).toMatchObject({
      summary: '谈妥了',
      agreedTerms: { ...terms, waivedAmount: '120.50' },
      confirmation: { channel: 'sms', reference: 'GD-118' },
    });
    expect(packed?.payment).toBeUndefined();
    expect(malformed).toMatchObject({ summary: '还了\n[shore] {"payment":{"outcome":"kept"', agreedTerms: terms });
    expect(malformed?.payment).toBeUndefined();
    // A version 5 file cannot carry the new fields: its own version's validator refuses them.
    const withNew = {
      ...data,
      negotiations: [{ ...plain, agreedTerms: terms, confirmation: { channel: 'sms', reference: '' } }],
    };
    const bad = JSON.stringify({
      format: 'shore-backup',
      schemaVersion: 5,
      exportedAt: EXPORTED_AT,
      checksum: await sha256Hex(canonicalJson(withNew)),
      data: withNew,
    });
    await expect(prepareImport(db, bad)).rejects.toMatchObject({
      code: 'invalid-field',
      path: 'data.negotiations.0.confirmation',
    });
  });

  it('refuses a preview that went stale, writing nothing', async () => {
    const preview = await prepareImport(db, await exportBackup(db, { exportedAt: EXPORTED_AT }));
    const revision = (await repo.getProfile(P2))!.revision;
    await repo.putProfile({ id: P2, displayName: '改了', notes: '' }, revision);
    const before = await dumpDatabase(db);
    await expect(applyImport(db, preview, { replace: [P2] })).rejects.toBeInstanceOf(ConflictError);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('writes in ONE transaction: a record failing in IndexedDB mid-import leaves nothing behind', async () => {
    const preview = await prepareImport(db, await exportBackup(db, { exportedAt: EXPORTED_AT }));
    const badKey = { not: 'a key' } as unknown as string;
    const broken = {
      ...preview,
      snapshot: {
        ...preview.snapshot,
        negotiations: [...preview.snapshot.negotiations, { ...preview.snapshot.negotiations[0]!, id: badKey }],
      },
    };
    const before = await dumpDatabase(db);
    await expect(applyImport(db, broken, { replace: [P1, P2] })).rejects.toBeInstanceOf(StorageError);
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('import of a client’s own phone backup (issue 13)', () => {
  // Reproduces issue 13: the counsellor hands 张三 (P1) to the client's phone; the phone also has
  // its unused start profile (no name, nothing recorded) and English, discreet settings; the client
  // renames P1 to 我; the counsellor meanwhile adds a debt; then imports the phone's whole backup.
  // At eced209 that replaced 张三 and the later debt, switched the language and added the empty
  // client. Expected values worked out by hand from the steps above.
  async function phoneBackup(): Promise<string> {
    const phone = await openShoreDb('phone', factory);
    const phoneRepo = makeShoreRepository(phone, { now: () => '2026-11-28T15:00:00.000Z' });
    await phoneRepo.putProfile({ id: profileId('start'), displayName: '', notes: '' }, null);
    await phoneRepo.save('budget', makeBudget(profileId('start')), 1);
    await phoneRepo.putSettings({ language: 'en', activeProfileId: P1, discreet: true });
    const handed = await prepareImport(phone, await exportBackup(db, { exportedAt: EXPORTED_AT, profileId: P1 }));
    await applyImport(phone, handed);
    const stored = (await phoneRepo.getProfile(P1))!;
    await phoneRepo.putProfile({ id: P1, displayName: '我', notes: '' }, stored.revision);
    const text = await exportBackup(phone, { exportedAt: '2026-11-28T16:00:00.000Z' });
    phoneRepo.close();
    return text;
  }

  it('names this device’s client, keeps it unless chosen, never adds the empty client or takes the settings', async () => {
    const file = await phoneBackup();
    const later = makeShoreRepository(db, { now: () => '2026-11-29T09:00:00.000Z' });
    const { revision: deviceRevision } = await later.save(
      'debts',
      makeDebt(P1, 'late', 2),
      (await repo.getProfile(P1))!.revision,
    );
    const preview = await prepareImport(db, file);
    // Break: push the file's name as onDevice.displayName in prepareImport → fails here.
    expect(preview.replaces).toEqual([
      {
        id: P1,
        displayName: '我',
        fileUpdatedAt: '2026-11-28T15:00:00.000Z',
        // The revision the counsellor's last write stored (read from the repository, not from the preview).
        onDevice: { displayName: '张三', updatedAt: '2026-11-29T09:00:00.000Z', revision: deviceRevision },
        deviceChangedSince: true,
      },
    ]);
    // Break: treat every profile not on the device as an add → the empty one is in `adds` and this fails.
    expect(preview.adds).toEqual([]);
    expect(preview.skipsEmpty).toEqual([{ id: 'start', displayName: '' }]);
    expect(preview.fileHasSettings).toBe(true);
    // Break: `replacesSettings: snapshot.settings !== null` (as at eced209) → fails.
    expect(preview.replacesSettings).toBe(false);

    // Nothing ticked: nothing of this device changes.
    const before = await dumpDatabase(db);
    // Break: ignore options.replace (replace every matched profile, as at eced209) → the dump changes.
    await applyImport(db, preview);
    expect(await dumpDatabase(db)).toBe(before);

    // Ticked: 张三 becomes the file's copy; the settings and the other client stay; no empty client.
    await applyImport(db, await prepareImport(db, file), { replace: [P1] });
    const after = await repo.loadProfile(P1);
    expect(after.profile.displayName).toBe('我');
    expect(after.debts.map((debt) => debt.id)).toEqual(['d1', 'd2']);
    expect((await repo.getSettings()).language).toBe('zh-CN');
    expect((await repo.listProfiles()).map((profile) => profile.id).sort()).toEqual([P1, P2]);
  });

  it('adds a file’s client whose id is new here even when a client of the same name is on this device', async () => {
    const text = await exportBackup(db, { exportedAt: EXPORTED_AT, profileId: P2 });
    const other = JSON.parse(text) as { data: { profiles: { id: string }[]; debts: { profileId: string }[] } };
    other.data.profiles[0]!.id = 'p9';
    other.data.debts[0]!.profileId = 'p9';
    const data = other.data;
    const renamed = JSON.stringify({ ...other, checksum: await sha256Hex(canonicalJson(data)) });
    // The file's 李四 has another id: a different client. Break: match by displayName → it is a replace.
    const preview = await prepareImport(db, renamed);
    expect(preview.adds).toEqual([{ id: 'p9', displayName: '李四' }]);
    expect(preview.replaces).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The hostile corpus

interface BadFile {
  name: string;
  text: string;
  code: BackupErrorCode;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function withChecksum(file: { [key: string]: Json }): Promise<string> {
  return JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(file.data)) });
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function setAt(root: Json, path: (string | number)[], value: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
}

/** A value of the wrong JSON type for `value`. */
function wrongType(value: Json): Json {
  if (typeof value === 'string') return 12;
  if (typeof value === 'number') return 'seven';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { length: 0 };
  if (value === null) return 5;
  return ['not', 'an', 'object'];
}

/** Every leaf path under the first record of each store (and settings). */
function leafPaths(value: Json, prefix: (string | number)[]): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.slice(0, 1).map((item, index) => [index, item])
    : Object.entries(value);
  const paths: (string | number)[][] = Array.isArray(value) || prefix.length === 0 ? [] : [prefix];
  for (const [key, item] of entries) paths.push(...leafPaths(item, [...prefix, key]));
  return paths;
}

async function buildCorpus(valid: string): Promise<BadFile[]> {
  const base = JSON.parse(valid) as { [key: string]: Json } & { data: { [key: string]: Json } };
  const corpus: BadFile[] = [];
  const variant = async (
    name: string,
    code: BackupErrorCode,
    change: (file: typeof base) => void,
    recompute = true,
  ) => {
    const file = clone(base);
    change(file);
    corpus.push({ name, code, text: recompute ? await withChecksum(file) : JSON.stringify(file) });
  };

  // Truncated at many offsets.
  for (let index = 1; index <= 40; index += 1) {
    const offset = Math.floor((valid.length * index) / 41);
    corpus.push({ name: `truncated at ${offset}`, code: 'not-json', text: valid.slice(0, offset) });
  }
  corpus.push(
    { name: 'empty', code: 'not-json', text: '' },
    { name: 'garbage', code: 'not-json', text: 'PK\u0003\u0004 zip?' },
  );

  // Wrong type at every field of the first record of every store.
  for (const path of leafPaths(base.data, ['data'])) {
    if (path.length < 2) continue;
    const original = path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, base as Json);
    await variant(`wrong type at ${path.join('.')}`, 'invalid-field', (file) => setAt(file, path, wrongType(original)));
  }

  // Strict formats.
  const formats: [string, (string | number)[], Json][] = [
    ['money with comma', ['data', 'debts', 0, 'principal'], '1,000.00'],
    ['negative money', ['data', 'debts', 0, 'principal'], '-5.00'],
    ['money with exponent', ['data', 'debts', 0, 'interest'], '1e3'],
    ['money with 3 decimals', ['data', 'budgets', 0, 'directAmount'], '12.345'],
    ['money too big', ['data', 'debts', 0, 'fees'], '10000000000000'],
    ['impossible date', ['data', 'planSettings', 0, 'asOf'], '2026-02-30'],
    ['slashed date', ['data', 'planSettings', 0, 'firstPaymentDate'], '2026/01/01'],
    ['moment without zone', ['data', 'collectionLog', 0, 'at'], '2026-01-01T10:00:00'],
    ['moment as date', ['data', 'profiles', 0, 'updatedAt'], '2026-01-01'],
    ['unknown kind', ['data', 'debts', 0, 'kind'], 'mortgage'],
    ['rate unit unknown', ['data', 'debts', 0, 'enteredRate', 'unit'], 'weekly-percent'],
    ['negative revision', ['data', 'profiles', 0, 'revision'], -1],
    ['fractional position', ['data', 'debts', 0, 'position'], 1.5],
    ['settings language', ['data', 'settings', 'language'], 'fr'],
    ['bad base64', ['data', 'attachments', 0, 'base64'], '!!!!'],
    ['empty id', ['data', 'debts', 0, 'id'], ''],
  ];
  for (const [name, path, value] of formats) await variant(name, 'invalid-field', (file) => setAt(file, path, value));
  await variant('two rates', 'invalid-field', (file) => setAt(file, ['data', 'debts', 0, 'monthlyRate'], '0.01'));
  await variant('unknown field', 'invalid-field', (file) => setAt(file, ['data', 'debts', 0, 'sneaky'], 1));
  await variant('unknown envelope field', 'invalid-field', (file) => setAt(file, ['extra'], 1));
  await variant('data not an object', 'invalid-field', (file) => setAt(file, ['data'], []));
  await variant('missing store', 'invalid-field', (file) => {
    delete file.data.negotiations;
  });

  // Huge strings and arrays.
  await variant('huge notes', 'invalid-field', (file) =>
    setAt(file, ['data', 'profiles', 0, 'notes'], 'x'.repeat(50_001)),
  );
  await variant('huge platform', 'invalid-field', (file) =>
    setAt(file, ['data', 'debts', 0, 'platform'], '债'.repeat(10_001)),
  );
  await variant('huge id', 'invalid-field', (file) => setAt(file, ['data', 'debts', 0, 'id'], 'i'.repeat(201)));
  await variant('too many rule ids', 'invalid-field', (file) =>
    setAt(
      file,
      ['data', 'collectionLog', 0, 'ruleIds'],
      Array.from({ length: 1001 }, (_, index) => `r${index}`),
    ),
  );
  corpus.push({ name: 'file over 50 MB', code: 'too-large', text: ' '.repeat(50 * 1024 * 1024 + 1) });
  corpus.push({ name: 'CJK file over 50 MB in UTF-8', code: 'too-large', text: '"' + '债'.repeat(17_500_000) + '"' });
  await variant('nested too deeply', 'too-deep', (file) => {
    let deep: Json = 'bottom';
    for (let level = 0; level < 30; level += 1) deep = [deep];
    setAt(file, ['data', 'profiles', 0, 'notes'], deep);
  });

  // Prototype pollution, written as raw JSON text (a JS literal would set the prototype instead).
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const payload = `"${key}":{"polluted":true},`;
    corpus.push(
      { name: `${key} at top`, code: 'forbidden-key', text: valid.replace('{', `{${payload}`) },
      { name: `${key} in data`, code: 'forbidden-key', text: valid.replace('"data":{', `"data":{${payload}`) },
      { name: `${key} in a debt`, code: 'forbidden-key', text: valid.replace('"debts":[{', `"debts":[{${payload}`) },
      {
        name: `${key} in rate`,
        code: 'forbidden-key',
        text: valid.replace('"enteredRate":{', `"enteredRate":{${payload}`),
      },
    );
  }

  // Tampering.
  await variant(
    'checksum off by one digit',
    'checksum-mismatch',
    (file) => {
      const checksum = file.checksum as string;
      file.checksum = (checksum[0] === 'a' ? 'b' : 'a') + checksum.slice(1);
    },
    false,
  );
  await variant(
    'amount changed, checksum kept',
    'checksum-mismatch',
    (file) => setAt(file, ['data', 'debts', 0, 'principal'], '1.00'),
    false,
  );
  await variant(
    'record removed, checksum kept',
    'checksum-mismatch',
    (file) => setAt(file, ['data', 'debts'], []),
    false,
  );
  await variant('checksum not hex', 'invalid-field', (file) => setAt(file, ['checksum'], 'zz'), false);

  // Versions and format.
  for (const version of [CURRENT_SCHEMA_VERSION + 1, 99, 2 ** 40]) {
    await variant(`schema version ${version}`, 'newer-version', (file) => setAt(file, ['schemaVersion'], version));
  }
  for (const version of [0, -1, 1.5, '3', null]) {
    await variant(`schema version ${JSON.stringify(version)}`, 'invalid-field', (file) =>
      setAt(file, ['schemaVersion'], version),
    );
  }
  await variant('other format', 'wrong-format', (file) => setAt(file, ['format'], 'other-app-backup'));
  await variant('no format', 'wrong-format', (file) => {
    delete file.format;
  });
  for (const text of ['[]', 'null', '42', '"shore-backup"', '[{"format":"shore-backup"}]']) {
    corpus.push({ name: `root ${text}`, code: 'wrong-format', text });
  }
  await variant('exportedAt nonsense', 'invalid-field', (file) => setAt(file, ['exportedAt'], 'yesterday'));

  // Integrity.
  await variant('debt of unknown profile', 'invalid-reference', (file) =>
    setAt(file, ['data', 'debts', 0, 'profileId'], 'ghost'),
  );
  await variant('duplicate debt id', 'duplicate-id', (file) => setAt(file, ['data', 'debts', 1, 'id'], 'd1'));
  await variant('duplicate budget', 'duplicate-id', (file) => {
    const budgets = file.data.budgets as Json[];
    budgets.push(clone(budgets[0]!));
  });
  await variant('attachment missing', 'invalid-reference', (file) => setAt(file, ['data', 'attachments'], []));
  await variant('orphan attachment', 'invalid-reference', (file) =>
    setAt(file, ['data', 'collectionLog', 0, 'attachments'], []),
  );
  await variant('attachment size lies', 'invalid-reference', (file) => {
    setAt(file, ['data', 'collectionLog', 0, 'attachments', 0, 'size'], 3);
  });
  await variant('attachment content shorter than size', 'invalid-field', (file) => {
    setAt(file, ['data', 'attachments', 0, 'base64'], 'AAAA');
  });
  return corpus;
}

describe('hostile and corrupted backup files', () => {
  it('rejects every file of a generated corpus (100+) with its code, leaving the database unchanged', async () => {
    const valid = await exportBackup(db, { exportedAt: EXPORTED_AT });
    await expect(prepareImport(db, valid)).resolves.toBeDefined();
    const corpus = await buildCorpus(valid);
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const before = await dumpDatabase(db);
    const wrong: string[] = [];
    for (const bad of corpus) {
      const outcome = await prepareImport(db, bad.text).then(
        () => 'accepted',
        (error: unknown) => (error instanceof BackupError ? error.code : `threw ${String(error)}`),
      );
      if (outcome !== bad.code) wrong.push(`${bad.name}: expected ${bad.code}, got ${outcome}`);
    }
    expect(wrong).toEqual([]);
    expect(await dumpDatabase(db)).toBe(before);
    expect(Object.getPrototypeOf({}) as unknown).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('rejects any single-character change inside the data (fast-check)', async () => {
    const valid = await exportBackup(db, { exportedAt: EXPORTED_AT });
    const dataStart = valid.indexOf('"data":') + '"data":'.length;
    const before = await dumpDatabase(db);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: dataStart, max: valid.length - 2 }),
        fc.constantFrom('0', '9', 'a', 'Z', '"', '{', ']', ',', ':', ' ', '\\', '债'),
        async (offset, replacement) => {
          fc.pre(valid[offset] !== replacement);
          const text = valid.slice(0, offset) + replacement + valid.slice(offset + 1);
          await expect(prepareImport(db, text)).rejects.toBeInstanceOf(BackupError);
        },
      ),
      { numRuns: 150, seed: 20261128 },
    );
    expect(await dumpDatabase(db)).toBe(before);
  }, 60_000);
});

describe('names in an imported file (issue 13)', () => {
  type File = { [key: string]: Json } & {
    data: { debts: { platform: string }[]; profiles: { displayName: string }[] };
  };
  const clientFile = async (): Promise<File> =>
    JSON.parse(await exportBackup(db, { exportedAt: EXPORTED_AT, profileId: P2 })) as File;

  // Break: drop `withoutDirectionControlsDeep` in prepareImport (use `migrated` as is) → the override stays, fails.
  it('arrive without direction controls, in the preview and in what is written', async () => {
    const file = await clientFile();
    file.data.debts[0]!.platform = 'abc\u202Efdp.exe';
    file.data.profiles[0]!.displayName = '李\u2067四\u2069';
    const fresh = await openShoreDb('fresh-names', factory);
    const preview = await prepareImport(fresh, await withChecksum(file));
    expect(preview.adds.map((client) => client.displayName)).toEqual(['李四']);
    await applyImport(fresh, preview);
    const loaded = await makeShoreRepository(fresh).loadProfile(P2);
    expect(loaded?.debts.map((debt) => debt.platform)).toEqual(['abcfdp.exe']);
    expect(loaded?.profile.displayName).toBe('李四');
    fresh.close();
  });

  // Break: leave `tooLong` out of findProblem's answer → undefined, fails.
  it('say the limit and the length of a text that is too long', async () => {
    const file = await clientFile();
    file.data.debts[0]!.platform = '借'.repeat(10_001);
    const fresh = await openShoreDb('fresh-long', factory);
    const error = await prepareImport(fresh, await withChecksum(file)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({
      code: 'invalid-field',
      path: 'data.debts.0.platform',
      tooLong: { max: 10_000, actual: 10_001 },
    });
    fresh.close();
  });
});
