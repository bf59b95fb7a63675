/**
 * The repository contract: one suite of tests every `ShoreRepository` must pass. It runs on the
 * IndexedDB repository (repository.test.ts, real idb over fake-indexeddb) and on the in-memory one
 * (memoryRepository.test.ts), so the two cannot drift apart: revisions and conflicts, validation,
 * the order reads return, the custom order kept in step, attachments, copies with fresh ids, and
 * "a refused write changes nothing". Tests and their support only; never used by the app.
 */
import { describe, expect, it } from 'vitest';
import type { DebtRecord } from '../domain/records';
import { ConflictError, InvalidRecordError, NotFoundError } from './errors';
import { logicalDump } from './lockTestSupport';
import type { ShoreRepository } from './records';
import {
  makeBudget,
  makeCounsellorSession,
  makeDebt,
  makeLogEntry,
  makeNegotiation,
  makePlanSettings,
  momentAt,
  profileId,
} from './testSupport';

export const CONTRACT_NOW = '2026-11-28T12:00:00.000Z';

export interface ContractSubject {
  readonly repo: ShoreRepository;
  /** Everything stored, as one string: equal before and after exactly when nothing was written. */
  dump(): Promise<string>;
}

/**
 * Opens an empty repository whose clock is `now()` (the suite moves it) and whose new ids are
 * `new-1`, `new-2`, ….
 */
export type OpenSubject = (now: () => string, newId: () => string) => Promise<ContractSubject>;

const P1 = profileId('p1');
const P2 = profileId('p2');
const COPY = profileId('p1-copy');

/** Register the contract suite for one implementation. */
export function describeRepositoryContract(name: string, open: OpenSubject): void {
  describe(`ShoreRepository contract: ${name}`, () => {
    let moment = CONTRACT_NOW;
    async function subject(): Promise<ContractSubject & { repo: ShoreRepository }> {
      moment = CONTRACT_NOW;
      let ids = 0;
      return open(
        () => moment,
        () => `new-${String(++ids)}`,
      );
    }
    const create = async (repo: ShoreRepository, id = P1): Promise<number> =>
      (await repo.putProfile({ id, displayName: '张三', notes: '客户备注' }, null)).revision;

    describe('profiles', () => {
      it('creates at revision 1, lists in id order, gets and updates with the expected revision', async () => {
        const { repo } = await subject();
        expect(await create(repo, P2)).toBe(1);
        await create(repo, P1);
        expect((await repo.listProfiles()).map((profile) => profile.id)).toEqual([P1, P2]);
        const result = await repo.putProfile({ id: P1, displayName: '李四', notes: 'x' }, 1);
        expect(result).toEqual({ profileId: P1, revision: 2, updatedAt: CONTRACT_NOW });
        expect(await repo.getProfile(P1)).toEqual({
          id: P1,
          displayName: '李四',
          notes: 'x',
          revision: 2,
          updatedAt: CONTRACT_NOW,
        });
        expect(await repo.getProfile(profileId('none'))).toBeUndefined();
      });

      it('refuses to create a profile that exists, or update with a stale revision', async () => {
        const { repo } = await subject();
        await create(repo);
        await expect(repo.putProfile({ id: P1, displayName: 'x', notes: '' }, null)).rejects.toBeInstanceOf(
          ConflictError,
        );
        await expect(repo.putProfile({ id: P1, displayName: 'x', notes: '' }, 7)).rejects.toMatchObject({
          code: 'conflict',
          expectedRevision: 7,
          actualRevision: 1,
        });
      });

      it('deletes a profile with everything it owns, keeping other profiles, and forgets it as active', async () => {
        const { repo } = await subject();
        await create(repo);
        await create(repo, P2);
        let revision = (await repo.save('debts', makeDebt(P1, 'd1', 0), 1)).revision;
        revision = (await repo.save('budget', makeBudget(P1), revision)).revision;
        revision = (await repo.save('planSettings', makePlanSettings(P1), revision)).revision;
        revision = (await repo.save('negotiations', makeNegotiation(P1, 'n1', momentAt(1)), revision)).revision;
        revision = (await repo.save('counsellorSession', makeCounsellorSession(P1), revision)).revision;
        const entry = {
          ...makeLogEntry(P1, 'l1', momentAt(2)),
          attachments: [{ id: 'a1', name: 's.png', type: 'image/png', size: 0 }],
        };
        revision = (
          await repo.save('collectionLog', entry, revision, {
            attachments: [{ id: 'a1', name: 's.png', type: 'image/png', blob: new Blob(['png']) }],
          })
        ).revision;
        await repo.save('debts', makeDebt(P2, 'd2', 0), 1);
        await repo.putSettings({ language: 'zh-CN', activeProfileId: P1 });

        await expect(repo.deleteProfile(P1, revision - 1)).rejects.toBeInstanceOf(ConflictError);
        await repo.deleteProfile(P1, revision);
        expect(await repo.getProfile(P1)).toBeUndefined();
        await expect(repo.loadProfile(P1)).rejects.toBeInstanceOf(NotFoundError);
        expect(await repo.getAttachment('a1')).toBeUndefined();
        expect(await repo.listAttachments('l1')).toEqual([]);
        // A profile later created under the same id starts empty: nothing of the old one is left.
        await create(repo, P1);
        const again = await repo.loadProfile(P1);
        expect([again.debts, again.negotiations, again.collectionLog]).toEqual([[], [], []]);
        expect([again.budget, again.planSettings, again.counsellorSession]).toEqual([undefined, undefined, undefined]);
        expect((await repo.loadProfile(P2)).debts).toHaveLength(1);
        expect(await repo.getSettings()).toEqual({ language: 'zh-CN' });
      });
    });

    describe('reads', () => {
      it('loads everything of one profile: debts by position, negotiations and the log by time', async () => {
        const { repo } = await subject();
        let revision = await create(repo);
        await create(repo, P2);
        revision = (await repo.save('debts', makeDebt(P1, 'b', 1), revision)).revision;
        revision = (await repo.save('debts', makeDebt(P1, 'a', 0), revision)).revision;
        await repo.save('debts', makeDebt(P2, 'other', 0), 1);
        revision = (await repo.save('budget', makeBudget(P1), revision)).revision;
        revision = (await repo.save('planSettings', makePlanSettings(P1), revision)).revision;
        revision = (await repo.save('negotiations', makeNegotiation(P1, 'n2', momentAt(20)), revision)).revision;
        revision = (await repo.save('negotiations', makeNegotiation(P1, 'n1', momentAt(10)), revision)).revision;
        revision = (await repo.save('collectionLog', makeLogEntry(P1, 'l2', momentAt(5)), revision)).revision;
        revision = (await repo.save('collectionLog', makeLogEntry(P1, 'l1', momentAt(3)), revision)).revision;

        const loaded = await repo.loadProfile(P1);
        expect(loaded.profile.revision).toBe(revision);
        expect(loaded.profile.updatedAt).toBe(CONTRACT_NOW);
        expect(loaded.debts.map((debt) => debt.id)).toEqual(['a', 'b']);
        expect(loaded.debts[0]).toEqual({ ...makeDebt(P1, 'a', 0), updatedAt: CONTRACT_NOW });
        expect(loaded.budget).toEqual({ ...makeBudget(P1), updatedAt: CONTRACT_NOW });
        expect(loaded.planSettings).toEqual({ ...makePlanSettings(P1), updatedAt: CONTRACT_NOW });
        expect(loaded.negotiations.map((record) => record.id)).toEqual(['n1', 'n2']);
        expect(loaded.collectionLog.map((entry) => entry.id)).toEqual(['l1', 'l2']);
      });

      it('orders events of the same moment by when they were recorded, then by id, across edits', async () => {
        const { repo } = await subject();
        let revision = await create(repo);
        const at = momentAt(1);
        // Recorded in this order; the ids sort the other way. Mutation: sort by `at` only (as the
        // in-memory repository once did) → insertion or id order decides and this fails.
        const first = { ...makeNegotiation(P1, 'z-agreement', at), recordedAt: '2026-11-28T09:00:00.000Z' };
        const second = { ...makeNegotiation(P1, 'a-confirmation', at), recordedAt: '2026-11-28T09:05:00.000Z' };
        const tie = { ...makeNegotiation(P1, 'm-note', at), recordedAt: '2026-11-28T09:05:00.000Z' };
        revision = (await repo.save('negotiations', tie, revision)).revision;
        revision = (await repo.save('negotiations', second, revision)).revision;
        revision = (await repo.save('negotiations', first, revision)).revision;
        // Editing the first writes it last, but it stays first.
        moment = '2026-11-29T08:00:00.000Z';
        await repo.save('negotiations', { ...first, summary: '改过' }, revision);
        const loaded = (await repo.loadProfile(P1)).negotiations;
        expect(loaded.map((record) => record.id)).toEqual(['z-agreement', 'a-confirmation', 'm-note']);
        expect(loaded[0]).toMatchObject({
          summary: '改过',
          recordedAt: '2026-11-28T09:00:00.000Z',
          updatedAt: '2026-11-29T08:00:00.000Z',
        });
      });

      it('rejects a missing profile with NotFoundError', async () => {
        const { repo } = await subject();
        await expect(repo.loadProfile(P1)).rejects.toBeInstanceOf(NotFoundError);
      });

      it('reads every profile for the client list as loadProfile does, without negotiations and the log', async () => {
        const { repo } = await subject();
        expect(await repo.loadClientDirectory()).toEqual([]);
        let revision = await create(repo);
        await create(repo, P2);
        revision = (await repo.save('debts', makeDebt(P1, 'b', 1), revision)).revision;
        revision = (await repo.save('debts', makeDebt(P1, 'a', 0), revision)).revision;
        revision = (await repo.save('budget', makeBudget(P1), revision)).revision;
        revision = (await repo.save('planSettings', makePlanSettings(P1), revision)).revision;
        revision = (await repo.save('negotiations', makeNegotiation(P1, 'n1', momentAt(10)), revision)).revision;
        await repo.save('collectionLog', makeLogEntry(P1, 'l1', momentAt(3)), revision);
        await repo.save('debts', makeDebt(P2, 'other', 0), 1);

        const directory = await repo.loadClientDirectory();
        expect(directory.map((entry) => entry.profile.id).sort()).toEqual([P1, P2]);
        for (const entry of directory) {
          const {
            negotiations,
            collectionLog,
            payments: _payments,
            ...expected
          } = await repo.loadProfile(entry.profile.id);
          expect(entry).toEqual(expected);
          expect(entry).not.toHaveProperty('negotiations');
          expect(entry).not.toHaveProperty('collectionLog');
          expect(entry).not.toHaveProperty('payments');
          if (entry.profile.id === P1) expect([negotiations.length, collectionLog.length]).toEqual([1, 1]);
        }
        expect(directory.find((entry) => entry.profile.id === P1)?.debts.map((debt) => debt.id)).toEqual(['a', 'b']);
      });

      it('hands out copies: changing what a read returned changes nothing stored', async () => {
        const { repo } = await subject();
        await create(repo);
        await repo.save('debts', makeDebt(P1, 'd1', 0), 1);
        const loaded = await repo.loadProfile(P1);
        loaded.debts[0]!.principal = '1.00';
        loaded.profile.displayName = 'changed';
        expect((await repo.loadProfile(P1)).debts[0]?.principal).toBe('5000.00');
        expect((await repo.getProfile(P1))?.displayName).toBe('张三');
      });
    });

    describe('records', () => {
      it('saves, updates and removes a debt, bumping the revision each time', async () => {
        const { repo } = await subject();
        await create(repo);
        expect((await repo.save('debts', makeDebt(P1, 'd1', 0), 1)).revision).toBe(2);
        expect((await repo.save('debts', makeDebt(P1, 'd1', 0, { principal: '1.00' }), 2)).revision).toBe(3);
        expect((await repo.loadProfile(P1)).debts[0]?.principal).toBe('1.00');
        expect((await repo.remove('debts', P1, 'd1', 3)).revision).toBe(4);
        expect((await repo.loadProfile(P1)).debts).toEqual([]);
        await expect(repo.remove('debts', P1, 'd1', 4)).rejects.toBeInstanceOf(NotFoundError);
      });

      it('keeps a custom order in step: a new debt appended once, a removed one dropped, no order left alone', async () => {
        const { repo } = await subject();
        let revision = await create(repo);
        revision = (await repo.save('debts', makeDebt(P1, 'd1', 0), revision)).revision;
        // No custom order yet: a new debt does not start one.
        revision = (await repo.save('debts', makeDebt(P1, 'd0', 1), revision)).revision;
        expect((await repo.loadProfile(P1)).planSettings).toBeUndefined();
        revision = (
          await repo.save(
            'planSettings',
            { ...makePlanSettings(P1), strategy: 'custom', customOrder: ['d1'] },
            revision,
          )
        ).revision;
        // An edit of a debt the order leaves out does not add it (the UI completes the order itself).
        revision = (await repo.save('debts', makeDebt(P1, 'd0', 1, { principal: '1.00' }), revision)).revision;
        // Mutation: append every saved debt, not only new ones → d0 joins the order below and this
        // fails; append none (as the in-memory repository once did) → d2 is missing and it fails.
        revision = (await repo.save('debts', makeDebt(P1, 'd2', 2), revision)).revision;
        revision = (await repo.save('debts', makeDebt(P1, 'd2', 2, { principal: '9.00' }), revision)).revision;
        expect((await repo.loadProfile(P1)).planSettings?.customOrder).toEqual(['d1', 'd2']);
        await repo.remove('debts', P1, 'd1', revision);
        expect((await repo.loadProfile(P1)).planSettings?.customOrder).toEqual(['d2']);
      });

      it('reorders by setting positions, and a failing reorder changes nothing', async () => {
        const subjectNow = await subject();
        const { repo } = subjectNow;
        let revision = await create(repo);
        for (const [position, id] of ['a', 'b', 'c'].entries()) {
          revision = (await repo.save('debts', makeDebt(P1, id, position), revision)).revision;
        }
        const before = await subjectNow.dump();
        await expect(repo.reorderDebts(P1, ['c', 'b', 'missing'], revision)).rejects.toBeInstanceOf(NotFoundError);
        expect(await subjectNow.dump()).toBe(before);
        await repo.reorderDebts(P1, ['c', 'a', 'b'], revision);
        const debts = (await repo.loadProfile(P1)).debts;
        expect(debts.map((debt) => [debt.id, debt.position])).toEqual([
          ['c', 0],
          ['a', 1],
          ['b', 2],
        ]);
      });

      it('refuses a record that breaks the format rules, or a stale revision, writing nothing', async () => {
        const subjectNow = await subject();
        const { repo } = subjectNow;
        await create(repo);
        const before = await subjectNow.dump();
        await expect(repo.save('debts', makeDebt(P1, 'd1', 0, { principal: '12.345' }), 1)).rejects.toMatchObject({
          code: 'invalid-record',
          path: 'principal',
        });
        // A debt still carrying the engine rate that schema v8 stopped storing is refused (strict shape).
        const withEngineRate = { ...makeDebt(P1, 'd1', 0), monthlyRate: '0.01' } as DebtRecord;
        await expect(repo.save('debts', withEngineRate, 1)).rejects.toBeInstanceOf(InvalidRecordError);
        const badStep = { ...makeCounsellorSession(P1), step: 'lunch' } as unknown as ReturnType<
          typeof makeCounsellorSession
        >;
        await expect(repo.save('counsellorSession', badStep, 1)).rejects.toBeInstanceOf(InvalidRecordError);
        await expect(repo.save('budget', makeBudget(P1), 2)).rejects.toBeInstanceOf(ConflictError);
        await expect(repo.save('debts', makeDebt(profileId('nobody'), 'd9', 0), 1)).rejects.toBeInstanceOf(
          NotFoundError,
        );
        expect(await subjectNow.dump()).toBe(before);
      });

      it('removes only a record of the profile named', async () => {
        const { repo } = await subject();
        await create(repo);
        await create(repo, P2);
        await repo.save('negotiations', makeNegotiation(P2, 'theirs', momentAt(1)), 1);
        await expect(repo.remove('negotiations', P1, 'theirs', 1)).rejects.toBeInstanceOf(NotFoundError);
        expect((await repo.loadProfile(P2)).negotiations).toHaveLength(1);
      });

      it('refuses a save whose record changed since the edit began, naming it (ifUnchangedSince)', async () => {
        const subjectNow = await subject();
        const { repo } = subjectNow;
        await create(repo);
        moment = '2026-11-28T12:01:00.000Z';
        const opened = (await repo.save('debts', makeDebt(P1, 'd1', 0), 1)).updatedAt;
        // Another tab saves the same debt.
        moment = '2026-11-28T12:02:00.000Z';
        await repo.save('debts', makeDebt(P1, 'd1', 0, { principal: '100.00' }), 2);
        const before = await subjectNow.dump();
        // Mutation: ignore ifUnchangedSince → this save lands (last writer wins) and both checks fail.
        const stale = repo.save('debts', makeDebt(P1, 'd1', 0, { principal: '999.00' }), 3, {
          ifUnchangedSince: opened,
        });
        await expect(stale).rejects.toMatchObject({ code: 'conflict', record: { store: 'debts', key: 'd1' } });
        expect(await subjectNow.dump()).toBe(before);
        // A save that began from what is stored now lands.
        await repo.save('debts', makeDebt(P1, 'd1', 0, { principal: '999.00' }), 3, {
          ifUnchangedSince: '2026-11-28T12:02:00.000Z',
        });
        expect((await repo.loadProfile(P1)).debts[0]?.principal).toBe('999.00');
      });

      it('stores attachments as Blobs with their entry, drops unlisted ones, and deletes them with it', async () => {
        const { repo } = await subject();
        await create(repo);
        const screenshot = new Blob([new Uint8Array([137, 80, 78, 71, 0, 255])], { type: 'image/png' });
        const entry = {
          ...makeLogEntry(P1, 'l1', momentAt(1)),
          attachments: [
            { id: 'a1', name: '截图.png', type: 'image/png', size: 0 },
            { id: 'a2', name: 'call.m4a', type: 'audio/mp4', size: 0 },
          ],
        };
        await repo.save('collectionLog', entry, 1, {
          attachments: [
            { id: 'a1', name: '截图.png', type: 'image/png', blob: screenshot },
            { id: 'a2', name: 'call.m4a', type: 'audio/mp4', blob: new Blob(['x']) },
          ],
        });
        const stored = await repo.getAttachment('a1');
        expect(stored).toMatchObject({
          id: 'a1',
          profileId: P1,
          logId: 'l1',
          name: '截图.png',
          type: 'image/png',
          size: 6,
        });
        expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71, 0, 255]));
        expect((await repo.loadProfile(P1)).collectionLog[0]?.attachments.map((ref) => ref.size)).toEqual([6, 1]);

        const kept = (await repo.loadProfile(P1)).collectionLog[0]!;
        await repo.save('collectionLog', { ...kept, attachments: kept.attachments.slice(0, 1) }, 2);
        expect((await repo.listAttachments('l1')).map((file) => file.id)).toEqual(['a1']);

        await repo.remove('collectionLog', P1, 'l1', 3);
        expect(await repo.getAttachment('a1')).toBeUndefined();
        expect((await repo.loadProfile(P1)).collectionLog).toEqual([]);
      });

      it('refuses an entry that lists an attachment it does not bring', async () => {
        const { repo } = await subject();
        await create(repo);
        const entry = {
          ...makeLogEntry(P1, 'l1', momentAt(1)),
          attachments: [{ id: 'ghost', name: 'x', type: 'x', size: 1 }],
        };
        await expect(repo.save('collectionLog', entry, 1)).rejects.toBeInstanceOf(NotFoundError);
        expect((await repo.getProfile(P1))?.revision).toBe(1);
      });

      it('lets exactly one of two writes racing on the same revision land', async () => {
        const { repo } = await subject();
        await create(repo);
        const results = await Promise.allSettled([
          repo.save('budget', makeBudget(P1), 1),
          repo.save('planSettings', makePlanSettings(P1), 1),
        ]);
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        expect(
          results.filter((result) => result.status === 'rejected' && result.reason instanceof ConflictError),
        ).toHaveLength(1);
        expect((await repo.getProfile(P1))?.revision).toBe(2);
      });
    });

    describe('duplicateProfile', () => {
      /** p1 with two debts (custom order), budget, settings, a negotiation, a log entry and a session. */
      async function seed(repo: ShoreRepository): Promise<void> {
        let revision = await create(repo);
        revision = (await repo.save('debts', makeDebt(P1, 'd1', 0), revision)).revision;
        revision = (await repo.save('debts', makeDebt(P1, 'd2', 1), revision)).revision;
        revision = (await repo.save('budget', makeBudget(P1), revision)).revision;
        const custom = { ...makePlanSettings(P1), strategy: 'custom' as const, customOrder: ['d2', 'd1'] };
        revision = (await repo.save('planSettings', custom, revision)).revision;
        revision = (await repo.save('negotiations', makeNegotiation(P1, 'n1', momentAt(1)), revision)).revision;
        revision = (await repo.save('collectionLog', makeLogEntry(P1, 'l1', momentAt(2)), revision)).revision;
        await repo.save('counsellorSession', makeCounsellorSession(P1), revision);
      }

      it('copies debts, budget, settings, negotiations and session under fresh ids; not the evidence log', async () => {
        const { repo } = await subject();
        await seed(repo);
        await repo.putProfile({ id: P1, displayName: '张三', notes: '客户备注', archived: true }, 8);
        const result = await repo.duplicateProfile(P1, { id: COPY, displayName: '张三（方案二）' });
        expect(result).toEqual({ profileId: COPY, revision: 1, updatedAt: CONTRACT_NOW });
        const original = await repo.loadProfile(P1);
        const copy = await repo.loadProfile(COPY);
        // Not archived: the copy is a fresh variant to work on.
        expect(copy.profile).toEqual({
          id: COPY,
          displayName: '张三（方案二）',
          notes: '客户备注',
          revision: 1,
          updatedAt: CONTRACT_NOW,
        });
        // Mutation: keep the source ids, or derive them from the copy's id (as the in-memory
        // repository once did: "p1-copy-d1") → the ids, the order and the review balances fail.
        expect(copy.debts.map((debt) => debt.id)).toEqual(['new-1', 'new-2']);
        expect(copy.debts.map(({ id: _id, profileId: _p, updatedAt: _u, ...rest }) => rest)).toEqual(
          original.debts.map(({ id: _id, profileId: _p, updatedAt: _u, ...rest }) => rest),
        );
        expect(copy.planSettings?.customOrder).toEqual(['new-2', 'new-1']);
        expect(copy.budget?.income).toEqual(original.budget?.income);
        expect(copy.negotiations.map((record) => record.id)).toEqual(['new-3']);
        expect(copy.collectionLog).toEqual([]);
        expect(copy.counsellorSession?.step).toBe('budget');
        expect(copy.counsellorSession?.reviews[0]?.balances[0]?.debtId).toBe('new-1');
        // The original is untouched, and editing the copy leaves it alone.
        expect(original.debts.map((debt) => debt.id)).toEqual(['d1', 'd2']);
        expect(original.collectionLog).toHaveLength(1);
        await repo.save('debts', { ...copy.debts[0]!, principal: '1.00' }, 1);
        expect((await repo.loadProfile(P1)).debts[0]?.principal).toBe('5000.00');
      });

      it('refuses an id that exists and a missing source, writing nothing', async () => {
        const subjectNow = await subject();
        const { repo } = subjectNow;
        await seed(repo);
        await repo.putProfile({ id: COPY, displayName: 'x', notes: '' }, null);
        const before = await subjectNow.dump();
        await expect(repo.duplicateProfile(P1, { id: COPY, displayName: 'y' })).rejects.toBeInstanceOf(ConflictError);
        await expect(
          repo.duplicateProfile(profileId('nobody'), { id: profileId('z'), displayName: 'z' }),
        ).rejects.toBeInstanceOf(NotFoundError);
        expect(await subjectNow.dump()).toBe(before);
      });
    });

    describe('settings and wiping', () => {
      it('tells a first visit from stored settings, returns the defaults, then what was stored', async () => {
        const { repo } = await subject();
        expect(await repo.hasStoredSettings()).toBe(false);
        expect(await repo.getSettings()).toEqual({ language: 'zh-CN' });
        await repo.putSettings({ language: 'zh-CN' });
        expect(await repo.hasStoredSettings()).toBe(true);
        await repo.putSettings({ language: 'en', preparerName: '李老师' });
        expect(await repo.getSettings()).toEqual({ language: 'en', preparerName: '李老师' });
      });

      it("keeps a counsellor's LPR figure (schema v6), refusing a malformed one", async () => {
        const { repo } = await subject();
        const lprOverride = { percent: '3.1', confirmedOn: '2026-11-20', effectiveFrom: '2026-10-21' };
        await repo.putSettings({ language: 'en', lprOverride });
        expect(await repo.getSettings()).toEqual({ language: 'en', lprOverride });
        for (const bad of [
          { percent: '0', confirmedOn: '2026-11-20' },
          { percent: '3.12345', confirmedOn: '2026-11-20' },
          { percent: '100', confirmedOn: '2026-11-20' },
          { percent: '3.1', confirmedOn: '2026-02-30' },
          { percent: '3.1', confirmedOn: '2026-11-20', effectiveFrom: '20/10/2026' },
        ]) {
          await expect(repo.putSettings({ language: 'en', lprOverride: bad })).rejects.toBeInstanceOf(
            InvalidRecordError,
          );
        }
        expect(await repo.getSettings()).toEqual({ language: 'en', lprOverride });
      });

      it('wipes every person’s data, settings included', async () => {
        const { repo } = await subject();
        await create(repo);
        await repo.save('debts', makeDebt(P1, 'd1', 0), 1);
        await repo.putSettings({ language: 'en' });
        await repo.wipeAll();
        expect(await repo.listProfiles()).toEqual([]);
        expect(await repo.hasStoredSettings()).toBe(false);
        expect(await repo.getSettings()).toEqual({ language: 'zh-CN' });
      });
    });

    describe('drafts (issue 13)', () => {
      // Break: putDraft keys rows by formKey alone (no profile) → p2's draft replaces p1's → fails.
      it('keeps one draft per profile and form, replaces it, and forgets it', async () => {
        const { repo } = await subject();
        await create(repo);
        await create(repo, P2);
        await repo.putDraft(P1, 'debt:new', { name: '借呗', principal: '17777' });
        await repo.putDraft(P2, 'debt:new', { name: '花呗' });
        moment = '2026-11-28T12:00:05.000Z';
        await repo.putDraft(P1, 'budget', { amount: '2000' });
        await repo.putDraft(P1, 'debt:new', { name: '借呗', principal: '17777.5' });
        expect(await repo.loadDrafts(P1)).toEqual([
          { formKey: 'budget', value: { amount: '2000' }, updatedAt: '2026-11-28T12:00:05.000Z' },
          { formKey: 'debt:new', value: { name: '借呗', principal: '17777.5' }, updatedAt: '2026-11-28T12:00:05.000Z' },
        ]);
        expect(await repo.loadDrafts(P2)).toEqual([
          { formKey: 'debt:new', value: { name: '花呗' }, updatedAt: CONTRACT_NOW },
        ]);
        await repo.deleteDraft(P1, 'debt:new');
        await repo.deleteDraft(P1, 'never-kept');
        expect((await repo.loadDrafts(P1)).map((draft) => draft.formKey)).toEqual(['budget']);
      });

      // Break: putDraft calls planPutProfile (bumping the revision) → the revision is 2 → fails.
      it('is not a profile write: the revision stays, and a saved record is untouched', async () => {
        const { repo } = await subject();
        await create(repo);
        await repo.putDraft(P1, 'debt:new', { name: '借呗' });
        expect((await repo.getProfile(P1))?.revision).toBe(1);
        // The next write with revision 1 still lands.
        await repo.save('debts', makeDebt(P1, 'd1', 0), 1);
      });

      // Break: drop the FORM_KEY check in draftRow → a key holding typed text is stored → fails.
      it('refuses a form key that is not a plain name, and a value that is not plain JSON or too long', async () => {
        const subjectNow = await subject();
        const { repo } = subjectNow;
        await create(repo);
        const before = await subjectNow.dump();
        await expect(repo.putDraft(P1, '张三的债', {})).rejects.toBeInstanceOf(InvalidRecordError);
        await expect(repo.putDraft(P1, 'x', { big: 1n })).rejects.toBeInstanceOf(InvalidRecordError);
        await expect(repo.putDraft(P1, 'x', 'y'.repeat(200_001))).rejects.toBeInstanceOf(InvalidRecordError);
        expect(await subjectNow.dump()).toBe(before);
      });

      // Break: drop 'drafts' from ownedKeys → the deleted profile's draft stays → fails.
      it('goes with its profile, and with everything on wipe', async () => {
        const { repo } = await subject();
        await create(repo);
        await create(repo, P2);
        await repo.putDraft(P1, 'scripts', { name: '张三' });
        await repo.putDraft(P2, 'scripts', { name: '李四' });
        await repo.deleteProfile(P1, 1);
        expect(await repo.loadDrafts(P1)).toEqual([]);
        expect(await repo.loadDrafts(P2)).toHaveLength(1);
        await repo.wipeAll();
        expect(await repo.loadDrafts(P2)).toEqual([]);
      });
    });
  });
}

/** A dump through the repository's own reads (for implementations with no storage to dump). */
export function dumpThrough(repo: ShoreRepository): Promise<string> {
  return logicalDump(repo);
}
