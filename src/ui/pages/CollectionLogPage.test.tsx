import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { CollectionLogRecord, ProfileId } from '../../domain/records';
import { makeEntry } from '../../rules/testing';
import type { ProfileSnapshot } from '../model/example';
import { logStoreOf, type CollectionLogStore } from '../state/logStore';
import { usePlanner } from '../state/PlannerProvider';
import { FIXED_CLOCK, renderPlanner } from '../testing/renderPlanner';
import { CollectionLogPage } from './CollectionLogPage';
import { RightsPage } from './RightsPage';

let n = 0;
const newId = () => `id${++n}`;
const P1 = 'p1' as ProfileId;
const T = FIXED_CLOCK.now();
/** Profile p1 with no debts: the log's entries belong to it. */
const EMPTY_P1: ProfileSnapshot = {
  profile: { id: P1, displayName: '', notes: '', updatedAt: T, revision: 0 },
  debts: [],
  budget: { profileId: P1, mode: 'direct', income: [], expenses: [], directAmount: '0.00', updatedAt: T },
  settings: {
    profileId: P1,
    strategy: 'avalanche',
    customOrder: [],
    asOf: '2026-11-28',
    firstPaymentDate: '2026-12-05',
    updatedAt: T,
  },
};

/**
 * The page over the app's real data path: a planner over an in-memory repository holding p1, its
 * log store (logStoreOf) as the app builds it. `page` renders the page with that store.
 */
async function renderLogPage(
  locale: 'zh-CN' | 'en',
  page: (store: CollectionLogStore) => JSX.Element,
): Promise<CollectionLogStore> {
  let store: CollectionLogStore | undefined;
  function Page() {
    const own = logStoreOf(usePlanner(), 'memory');
    store = own;
    return page(own);
  }
  await renderPlanner(() => <Page />, { locale, seed: EMPTY_P1 });
  if (!store) throw new Error('the log page was not rendered');
  return store;
}

describe('CollectionLogPage', () => {
  it('logs a night call to a family member with a ticked threat and shows its flags', async () => {
    const store = await renderLogPage('en', (logStore) => (
      <CollectionLogPage
        locale="en"
        profileId={P1}
        store={logStore}
        now={() => new Date(2026, 10, 28, 22, 0)}
        newId={newId}
      />
    ));
    expect(screen.getByLabelText('Time')).toHaveValue('22:00');
    fireEvent.input(screen.getByLabelText('Platform'), { target: { value: 'QuickLoan' } });
    fireEvent.change(screen.getByLabelText('Who was contacted'), { target: { value: 'family' } });
    fireEvent.input(screen.getByLabelText('What was said'), { target: { value: '<b>not html</b> he owes money' } });
    fireEvent.click(screen.getByLabelText('They threatened me or my family'));
    const file = new File(['png'], 'shot.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Screenshots or recordings'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));

    const entry = await screen.findByTestId('log-entry');
    const rules = [...entry.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule'));
    expect(rules).toEqual(
      expect.arrayContaining(['third-party-contact', 'third-party-disclosure', 'night-contact', 'threat-insult']),
    );
    expect(entry).toHaveTextContent('<b>not html</b>');
    expect(entry.querySelector('b')).toBeNull();
    expect(entry).toHaveTextContent('shot.png');
    const stored = store.entries();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.facts).toEqual({ threatened: true });
    expect(stored[0]?.ruleIds).toEqual([]);
    expect(stored[0]?.at).toMatch(/^2026-11-28T22:00:00[+-]\d{2}:\d{2}$/);
    const blobId = stored[0]?.attachments[0]?.id ?? '';
    expect(await store.attachmentBlob(blobId)).toBeInstanceOf(Blob);
  });

  it('shows no flags for a daytime call to me, in Chinese, and asks for a platform', async () => {
    await renderLogPage('zh-CN', (logStore) => (
      <CollectionLogPage
        locale="zh-CN"
        profileId={P1}
        store={logStore}
        now={() => new Date(2026, 10, 28, 21, 59)}
        newId={newId}
      />
    ));
    fireEvent.click(screen.getByRole('button', { name: '保存记录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('请填写平台名称');
    fireEvent.input(screen.getByLabelText('平台'), { target: { value: '某某贷' } });
    fireEvent.click(screen.getByRole('button', { name: '保存记录' }));
    const entry = await screen.findByTestId('log-entry');
    expect(entry).toHaveTextContent('没有发现可能涉及的规则');
    await waitFor(() => expect(screen.getByTestId('platform-counts')).toHaveTextContent('某某贷'));
  });
});

describe('CollectionLogPage editing', () => {
  it('changes an entry in place, keeps its file unless unticked, and adds new ones', async () => {
    const store = await renderLogPage('en', (logStore) => (
      <CollectionLogPage
        locale="en"
        profileId={P1}
        store={logStore}
        now={() => new Date(2026, 10, 28, 14, 5)}
        newId={newId}
      />
    ));
    fireEvent.input(screen.getByLabelText('Platform'), { target: { value: 'QuickLoan' } });
    fireEvent.input(screen.getByLabelText('What was said'), { target: { value: 'pay today' } });
    fireEvent.click(screen.getByLabelText('The call did not connect (missed or rejected)'));
    fireEvent.change(screen.getByLabelText('Screenshots or recordings'), {
      target: { files: [new File(['one'], 'one.png', { type: 'image/png' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    const first = await screen.findByTestId('log-entry');
    expect(first.querySelector('[data-rule]')).toBeNull();
    const [saved] = store.entries();
    const firstFile = saved?.attachments[0]?.id ?? '';

    fireEvent.click(screen.getByRole('button', { name: /^Change the entry of 2026-11-28 14:05/ }));
    expect(screen.getByRole('heading', { name: 'Change this entry' })).toBe(document.activeElement);
    expect(screen.getByTestId('editing-note')).toHaveTextContent('2026-11-28 14:05 (QuickLoan)');
    expect(screen.getByLabelText('What was said')).toHaveValue('pay today');
    expect(screen.getByLabelText('The call did not connect (missed or rejected)')).toBeChecked();
    expect(screen.getByLabelText('Keep one.png')).toBeChecked();

    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '23:10' } });
    fireEvent.change(screen.getByLabelText('Who was contacted'), { target: { value: 'employer' } });
    fireEvent.click(screen.getByLabelText('They threatened me or my family'));
    fireEvent.change(screen.getByLabelText('Add more screenshots or recordings'), {
      target: { files: [new File(['two'], 'two.m4a', { type: 'audio/mp4' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved. Flags are shown below.')).toHaveAttribute('role', 'status');

    await waitFor(() => expect(store.entries()[0]?.contacted).toBe('employer'));
    const stored = store.entries();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(saved?.id);
    expect(stored[0]?.at).toMatch(/^2026-11-28T23:10:00[+-]\d{2}:\d{2}$/);
    expect(stored[0]?.facts).toEqual({ connected: false, threatened: true });
    expect(stored[0]?.attachments.map((a) => a.name)).toEqual(['one.png', 'two.m4a']);
    expect(await store.attachmentBlob(firstFile)).toBeInstanceOf(Blob);
    const entry = screen.getByTestId('log-entry');
    const rules = [...entry.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule'));
    expect(rules).toEqual(expect.arrayContaining(['night-contact', 'third-party-contact', 'threat-insult']));
    expect(screen.getByRole('heading', { name: 'Log a contact' })).toBeInTheDocument();

    // Second edit: untick the first file; it is removed from the entry and from the store.
    fireEvent.click(screen.getByRole('button', { name: /^Change the entry of 2026-11-28 23:10/ }));
    fireEvent.click(screen.getByLabelText('Keep one.png'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(store.entries()[0]?.attachments.map((a) => a.name)).toEqual(['two.m4a']));
    expect(await store.attachmentBlob(firstFile)).toBeUndefined();
  });

  it('cancels an edit without changing anything, in Chinese', async () => {
    const store = await renderLogPage('zh-CN', (logStore) => (
      <CollectionLogPage
        locale="zh-CN"
        profileId={P1}
        store={logStore}
        now={() => new Date(2026, 10, 28, 9, 0)}
        newId={newId}
      />
    ));
    fireEvent.input(screen.getByLabelText('平台'), { target: { value: '某某贷' } });
    fireEvent.input(screen.getByLabelText('对方说了什么'), { target: { value: '原话' } });
    fireEvent.click(screen.getByRole('button', { name: '保存记录' }));
    await screen.findByTestId('log-entry');
    const before = store.entries();

    fireEvent.click(screen.getByRole('button', { name: /^修改 2026-11-28 09:00/ }));
    fireEvent.input(screen.getByLabelText('对方说了什么'), { target: { value: '改掉的话' } });
    fireEvent.click(screen.getByRole('button', { name: '取消修改' }));
    expect(screen.getByRole('heading', { name: '记录一次联系' })).toBeInTheDocument();
    expect(screen.getByLabelText('对方说了什么')).toHaveValue('');
    expect(store.entries()).toEqual(before);
    expect(screen.getByTestId('log-entry')).toHaveTextContent('原话');
  });
});

/** A stored entry: a call to me on this platform at this moment. */
function loggedCall(id: string, at: string, platform: string): CollectionLogRecord {
  return makeEntry({ id, at, platform, updatedAt: at });
}

/** Each table's column headers, in order: on a phone every cell shows its header from data-label. */
const COUNT_TABLE_HEADERS = {
  'zh-CN': {
    filterPlatform: '筛选平台',
    showDossier: '显示证据材料',
    timeline: ['日期', '联系次数', '拨通的电话', '未接通', '联系他人'],
    counts: ['平台', '联系次数', '拨通的电话', '单日最多拨通', '联系他人', '夜间', '有提示的记录'],
    dossier: ['平台', '日期', '联系次数', '拨通的电话', '未接通', '联系他人'],
  },
  en: {
    filterPlatform: 'Show platform',
    showDossier: 'Show dossier',
    timeline: ['Day', 'Contacts', 'Connected calls', 'Unanswered calls', 'Contacts to others'],
    counts: [
      'Platform',
      'Contacts',
      'Connected calls',
      'Most connected calls in a day',
      'Contacts to others',
      'At night',
      'Entries with flags',
    ],
    dossier: ['Platform', 'Day', 'Contacts', 'Connected calls', 'Unanswered calls', 'Contacts to others'],
  },
} as const;

describe('CollectionLogPage count tables', () => {
  it.each(['zh-CN', 'en'] as const)(
    'labels every cell with its own column header and keeps explicit table roles, in %s',
    async (locale) => {
      const store = await renderLogPage(locale, (logStore) => (
        <CollectionLogPage
          locale={locale}
          profileId={P1}
          store={logStore}
          now={() => new Date(2026, 10, 30, 9, 0)}
          newId={newId}
        />
      ));
      await store.save(loggedCall('c1', '2026-11-28T10:00:00+08:00', 'Alpha贷'), []);
      await store.save(loggedCall('c2', '2026-11-29T11:00:00+08:00', 'Alpha贷'), []);
      await store.save(loggedCall('c3', '2026-11-29T12:00:00+08:00', 'Beta花'), []);
      const text = COUNT_TABLE_HEADERS[locale];
      const counts = await screen.findByTestId('platform-counts');
      fireEvent.change(screen.getByLabelText(text.filterPlatform), { target: { value: 'Alpha贷' } });
      fireEvent.click(screen.getByRole('button', { name: text.showDossier }));
      const dossier = screen.getByTestId('dossier-print').querySelector('table');
      const tables = [
        { table: screen.getByTestId('log-timeline'), headers: text.timeline, rows: 2 },
        { table: counts, headers: text.counts, rows: 2 },
        { table: dossier, headers: text.dossier, rows: 3 },
      ];
      for (const { table, headers, rows } of tables) {
        expect(table).toHaveAttribute('role', 'table');
        expect(
          [...(table?.querySelectorAll('thead th') ?? [])].map((th) => [th.textContent, th.getAttribute('role')]),
        ).toEqual(headers.map((header) => [header, 'columnheader']));
        const bodyRows = [...(table?.querySelectorAll('tbody tr') ?? [])];
        expect(bodyRows).toHaveLength(rows);
        for (const row of bodyRows) {
          expect(row).toHaveAttribute('role', 'row');
          expect([...row.children].map((cell) => cell.getAttribute('data-label'))).toEqual(headers);
          expect(
            [...row.children].every((cell) => ['cell', 'rowheader'].includes(cell.getAttribute('role') ?? '')),
          ).toBe(true);
        }
      }
    },
  );
});

describe('RightsPage', () => {
  it('renders sections with sources, the LPR date and the crisis note', () => {
    render(() => <RightsPage locale="en" />);
    expect(screen.getByTestId('crisis-note')).toHaveTextContent('110');
    expect(screen.getByTestId('lpr-statement')).toHaveTextContent('last confirmed 2025-05-20');
    expect(screen.getAllByText(/Sources:/).length).toBeGreaterThan(10);
    expect(screen.getByRole('heading', { name: 'Things never to do' })).toBeInTheDocument();
  });
});
