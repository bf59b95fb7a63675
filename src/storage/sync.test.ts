/**
 * Cross-tab notices: two repositories ("tabs") over one fake-indexeddb factory, each with its
 * own BroadcastChannel; a committed write in one is heard in the other, a refused one is not.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openShoreDb } from './db';
import { makeShoreRepository } from './repository';
import { CHANGE_CHANNEL_NAME, isChangeNotice, openChangeChannel, type ChangeNotice } from './sync';
import { makeDebt, profileId } from './testSupport';

const P1 = profileId('p1');

function nextNotice(channel: ReturnType<typeof openChangeChannel>): Promise<ChangeNotice> {
  return new Promise((resolve) => {
    const stop = channel.subscribe((notice) => {
      stop();
      resolve(notice);
    });
  });
}

describe('BroadcastChannel change notices', () => {
  it('uses the shore-changes channel', () => {
    expect(CHANGE_CHANNEL_NAME).toBe('shore-changes');
  });

  it('tells the other tab which profile, revision and stores changed, after commit', async () => {
    const factory = new IDBFactory();
    const channelA = openChangeChannel('shore-changes-test-1');
    const channelB = openChangeChannel('shore-changes-test-1');
    const tabA = makeShoreRepository(await openShoreDb('sync', factory), { changes: channelA });
    const tabB = makeShoreRepository(await openShoreDb('sync', factory), { changes: channelB });

    const heardByB = nextNotice(channelB);
    await tabA.putProfile({ id: P1, displayName: 'A', notes: '' }, null);
    expect(await heardByB).toEqual({ profileId: P1, revision: 1, stores: ['profiles'] });

    const second = nextNotice(channelB);
    await tabA.save('debts', makeDebt(P1, 'd1', 0), 1);
    const notice = await second;
    expect(notice).toMatchObject({ profileId: P1, revision: 2 });
    expect(notice.stores).toContain('debts');
    // Tab B reloads on the notice and sees the committed data.
    expect((await tabB.loadProfile(P1)).debts).toHaveLength(1);

    // A refused (stale) write announces nothing; the next notice is B's own later write.
    const afterRefusal = nextNotice(channelA);
    await expect(tabA.save('debts', makeDebt(P1, 'd2', 1), 1)).rejects.toMatchObject({ code: 'conflict' });
    await tabB.putSettings({ language: 'en' });
    expect(await afterRefusal).toEqual({ profileId: null, revision: null, stores: ['settings'] });

    for (const channel of [channelA, channelB]) channel.close();
    tabA.close();
    tabB.close();
  });

  it('ignores malformed messages from other releases', () => {
    expect(isChangeNotice({ profileId: 'p', revision: 3, stores: ['debts'] })).toBe(true);
    expect(isChangeNotice({ profileId: 'p', revision: 3, stores: ['nope'] })).toBe(false);
    expect(isChangeNotice({ profileId: 1, revision: 3, stores: [] })).toBe(false);
    expect(isChangeNotice({ profileId: null, revision: 1.5, stores: [] })).toBe(false);
    expect(isChangeNotice('hello')).toBe(false);
    expect(isChangeNotice(null)).toBe(false);
  });

  it('drops malformed messages before listeners see them', async () => {
    const channel = openChangeChannel('shore-changes-test-2');
    const raw = new BroadcastChannel('shore-changes-test-2');
    const heard: ChangeNotice[] = [];
    channel.subscribe((notice) => heard.push(notice));
    raw.postMessage({ junk: true });
    raw.postMessage({ profileId: 'p', revision: 2, stores: ['debts'] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([{ profileId: 'p', revision: 2, stores: ['debts'] }]);
    raw.close();
    channel.close();
  });
});
