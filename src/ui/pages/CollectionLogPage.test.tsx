import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../domain/records';
import { CollectionLogPage } from './CollectionLogPage';
import { bindLogStore, memoryLogStore } from '../state/collectionLogStore';
import { RightsPage } from './RightsPage';

let n = 0;
const newId = () => `id${++n}`;
/** A memory log whose writes run at once (the app runs them in the planner's write queue). */
const memoryStore = () => bindLogStore(memoryLogStore(), (write) => write(1).then(() => undefined));

describe('CollectionLogPage', () => {
  it('logs a night call to a family member with a ticked threat and shows its flags', async () => {
    const store = memoryStore();
    render(() => (
      <CollectionLogPage locale="en" profileId={'p1' as ProfileId} store={store} now={() => new Date(2026, 10, 28, 22, 0)} newId={newId} />
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
    expect(rules).toEqual(expect.arrayContaining(['third-party-contact', 'third-party-disclosure', 'night-contact', 'threat-insult']));
    expect(entry).toHaveTextContent('<b>not html</b>');
    expect(entry.querySelector('b')).toBeNull();
    expect(entry).toHaveTextContent('shot.png');
    const stored = await store.list('p1' as ProfileId);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.facts).toEqual({ threatened: true });
    expect(stored[0]?.ruleIds).toEqual([]);
    expect(stored[0]?.at).toMatch(/^2026-11-28T22:00:00[+-]\d{2}:\d{2}$/);
    const blobId = stored[0]?.attachments[0]?.id ?? '';
    expect(await store.attachmentBlob(blobId)).toBeInstanceOf(Blob);
  });

  it('shows no flags for a daytime call to me, in Chinese, and asks for a platform', async () => {
    const store = memoryStore();
    render(() => (
      <CollectionLogPage locale="zh-CN" profileId={'p1' as ProfileId} store={store} now={() => new Date(2026, 10, 28, 21, 59)} newId={newId} />
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
    const store = memoryStore();
    render(() => (
      <CollectionLogPage locale="en" profileId={'p1' as ProfileId} store={store} now={() => new Date(2026, 10, 28, 14, 5)} newId={newId} />
    ));
    fireEvent.input(screen.getByLabelText('Platform'), { target: { value: 'QuickLoan' } });
    fireEvent.input(screen.getByLabelText('What was said'), { target: { value: 'pay today' } });
    fireEvent.click(screen.getByLabelText('The call did not connect (missed or rejected)'));
    fireEvent.change(screen.getByLabelText('Screenshots or recordings'), { target: { files: [new File(['one'], 'one.png', { type: 'image/png' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    const first = await screen.findByTestId('log-entry');
    expect(first.querySelector('[data-rule]')).toBeNull();
    const [saved] = await store.list('p1' as ProfileId);
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
    fireEvent.change(screen.getByLabelText('Add more screenshots or recordings'), { target: { files: [new File(['two'], 'two.m4a', { type: 'audio/mp4' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved. Flags are shown below.')).toHaveAttribute('role', 'status');

    await waitFor(async () => expect((await store.list('p1' as ProfileId))[0]?.contacted).toBe('employer'));
    const stored = await store.list('p1' as ProfileId);
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
    await waitFor(async () => expect((await store.list('p1' as ProfileId))[0]?.attachments.map((a) => a.name)).toEqual(['two.m4a']));
    expect(await store.attachmentBlob(firstFile)).toBeUndefined();
  });

  it('cancels an edit without changing anything, in Chinese', async () => {
    const store = memoryStore();
    render(() => (
      <CollectionLogPage locale="zh-CN" profileId={'p1' as ProfileId} store={store} now={() => new Date(2026, 10, 28, 9, 0)} newId={newId} />
    ));
    fireEvent.input(screen.getByLabelText('平台'), { target: { value: '某某贷' } });
    fireEvent.input(screen.getByLabelText('对方说了什么'), { target: { value: '原话' } });
    fireEvent.click(screen.getByRole('button', { name: '保存记录' }));
    await screen.findByTestId('log-entry');
    const before = await store.list('p1' as ProfileId);

    fireEvent.click(screen.getByRole('button', { name: /^修改 2026-11-28 09:00/ }));
    fireEvent.input(screen.getByLabelText('对方说了什么'), { target: { value: '改掉的话' } });
    fireEvent.click(screen.getByRole('button', { name: '取消修改' }));
    expect(screen.getByRole('heading', { name: '记录一次联系' })).toBeInTheDocument();
    expect(screen.getByLabelText('对方说了什么')).toHaveValue('');
    expect(await store.list('p1' as ProfileId)).toEqual(before);
    expect(screen.getByTestId('log-entry')).toHaveTextContent('原话');
  });
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
