/**
 * Test support for the passphrase lock: a populated database, a logical dump through the
 * repository, and a raw scan of every stored value (Blobs and byte arrays included) for
 * plaintext. Not used by the app.
 */
import type { IDBPDatabase } from 'idb';
import { bytesToBase64, canonicalJson } from './canonical';
import type { ShoreDb } from './db';
import type { ShoreRepository } from './repository';
import {
  makeBudget,
  makeDebt,
  makeLogEntry,
  makeNegotiation,
  makePayment,
  makeKeptLetter,
  makePlanSettings,
  momentAt,
  profileId,
} from './testSupport';

export const LOCK_P1 = profileId('p1');
export const LOCK_P2 = profileId('p2');
export const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 1, 2, 255, 42, 42, 42, 42]);

/** Secrets populate() writes; none may appear in a sealed database. */
export const SECRETS = [
  '私下说赌过钱',
  '赵老师',
  '张三',
  '客户备注',
  '5000.00',
  '120.50',
  '6000',
  '工资',
  '房租',
  '提出停息挂账',
  '威胁联系家人',
  '王老师',
  '截图.png',
  '95188',
  'C-d1',
  '平台0',
  'askedPersonalAccount',
  '777.77',
  'GD-2026-118',
  'waivedAmount',
  '逾期未还',
  '654.32',
  '先还一部分',
  'lprOverride',
  '3.45',
  '草稿平台',
  '8888.88',
  'keptLetters',
  '致平台的信',
  '2450.00',
];

/** Two profiles with a record in every store, a Blob attachment and settings. */
export async function populate(target: ShoreRepository): Promise<void> {
  const P1 = LOCK_P1;
  let revision = (await target.putProfile({ id: P1, displayName: '张三', notes: '客户备注' }, null)).revision;
  revision = (await target.save('debts', makeDebt(P1, 'd1', 0), revision)).revision;
  revision = (await target.save('debts', makeDebt(P1, 'd2', 1), revision)).revision;
  revision = (await target.save('budget', makeBudget(P1), revision)).revision;
  // The letters kept with the plan settings (schema v14) are what the person sent: sealed.
  // Break: add 'keptLetters' to CLEAR_FIELDS.planSettings → lock.test's "encrypts every record in place" fails.
  const kept = { ...makeKeptLetter(), title: '致平台的信' };
  revision = (await target.save('planSettings', { ...makePlanSettings(P1), keptLetters: [kept] }, revision)).revision;
  // Schema v6 negotiation details (waived amount, confirmation evidence, payment) are personal content: sealed.
  const negotiation = {
    ...makeNegotiation(P1, 'n1', momentAt(1)),
    agreedTerms: { frozen: true, effectiveFrom: '2026-12-01', waivedAmount: '777.77' },
    confirmation: { channel: 'sms' as const, reference: 'GD-2026-118' },
    payment: { outcome: 'missed' as const, amount: '120.50' },
  };
  revision = (await target.save('negotiations', negotiation, revision)).revision;
  revision = (
    await target.save(
      'negotiations',
      { ...makeNegotiation(P1, 'n2', momentAt(3)), kind: 'note', summary: '逾期未还', payment: { outcome: 'kept' } },
      revision,
    )
  ).revision;
  const entry = {
    ...makeLogEntry(P1, 'l1', momentAt(2)),
    // Ticked facts are personal content: sealed like what was said (the key name is a secret above).
    facts: { askedPersonalAccount: true },
    attachments: [{ id: 'a1', name: '截图.png', type: 'image/png', size: 0 }],
  };
  revision = (
    await target.save('collectionLog', entry, revision, {
      attachments: [{ id: 'a1', name: '截图.png', type: 'image/png', blob: new Blob([PNG], { type: 'image/png' }) }],
    })
  ).revision;
  // A payment record (schema v9): amounts and notes are personal content, sealed like the rest.
  // Break: add 'amount' to CLEAR_FIELDS.payments → lock.test's "encrypts every record in place" fails.
  revision = (await target.save('payments', makePayment(P1, 'pay1'), revision)).revision;
  // The counsellor's private notes (schema v13): sealed like everything else.
  await target.save(
    'counsellorNotes',
    {
      profileId: P1,
      text: '私下说赌过钱',
      situation: '夜班',
      worries: ['family'],
      counsellorName: '赵老师',
      updatedAt: momentAt(4),
    },
    revision,
  );
  // An unsaved form (schema v12 drafts, issue 13): what was typed is personal content, sealed too.
  // Break: add 'value' to CLEAR_FIELDS.drafts → lock.test's "encrypts every record in place" fails.
  await target.putDraft(P1, 'debt:new', { name: '草稿平台', principal: '8888.88' });
  await target.putProfile({ id: LOCK_P2, displayName: '李四', notes: '' }, null);
  await target.save('debts', makeDebt(LOCK_P2, 'd3', 0), 1);
  await target.putSettings({
    language: 'zh-CN',
    activeProfileId: P1,
    preparerName: '王老师',
    lprOverride: { percent: '3.45', confirmedOn: '2026-11-20' },
  });
}

/**
 * Everything the repository returns, Blobs as base64: equal exactly when the data is. With
 * `asInFile`, without what no backup carries: unsaved form drafts (issue 13) and the counsellor's
 * private notes (issue 18).
 */
export async function logicalDump(repo: ShoreRepository, options: { asInFile?: boolean } = {}): Promise<string> {
  const profiles = await repo.listProfiles();
  const loaded = [];
  for (const profile of profiles) {
    const { counsellorNotes, ...rest } = await repo.loadProfile(profile.id);
    const data = options.asInFile === true ? rest : { ...rest, counsellorNotes };
    const files = [];
    for (const entry of data.collectionLog) {
      for (const file of await repo.listAttachments(entry.id)) {
        files.push({
          ...file,
          blob: bytesToBase64(new Uint8Array(await file.blob.arrayBuffer())),
          blobType: file.blob.type,
        });
      }
    }
    loaded.push(
      options.asInFile === true ? { ...data, files } : { ...data, files, drafts: await repo.loadDrafts(profile.id) },
    );
  }
  return canonicalJson({ settings: await repo.getSettings(), loaded });
}

/**
 * Every stored value of every store as text: strings and keys, and the bytes of Blobs and byte
 * arrays decoded as UTF-8 and as latin1 (money is stored as strings, so numbers are skipped).
 */
export async function rawTexts(database: ShoreDb): Promise<{ texts: string[]; byteArrays: Uint8Array[] }> {
  const db = database as unknown as IDBPDatabase;
  const texts: string[] = [];
  const byteArrays: Uint8Array[] = [];
  const visit = async (value: unknown): Promise<void> => {
    if (typeof value === 'string') texts.push(value);
    else if (value instanceof Blob) await visit(new Uint8Array(await value.arrayBuffer()));
    else if (value instanceof ArrayBuffer) await visit(new Uint8Array(value));
    else if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      byteArrays.push(bytes);
      texts.push(
        new TextDecoder('utf-8').decode(bytes),
        Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''),
      );
    } else if (Array.isArray(value)) for (const item of value) await visit(item);
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        texts.push(key);
        await visit(item);
      }
    }
  };
  for (const name of db.objectStoreNames) {
    const rows: unknown[] = await db.getAll(name);
    for (const row of rows) await visit(row);
  }
  return { texts, byteArrays };
}

/** True if `needle` occurs in `haystack` as a byte sequence. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let index = 0; index < needle.length; index += 1)
      if (haystack[start + index] !== needle[index]) continue outer;
    return true;
  }
  return false;
}
