import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../domain/records';
import { CollectionLogPage } from './CollectionLogPage';
import { memoryLogStore } from '../state/collectionLogStore';
import { RightsPage } from './RightsPage';

let n = 0;
const newId = () => `id${++n}`;

describe('CollectionLogPage', () => {
  it('logs a night call to a family member with a ticked threat and shows its flags', async () => {
    const store = memoryLogStore();
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
    expect(stored[0]?.ruleIds).toContain('fact:threatened');
    expect(stored[0]?.at).toMatch(/^2026-11-28T22:00:00[+-]\d{2}:\d{2}$/);
    const blobId = stored[0]?.attachments[0]?.id ?? '';
    expect(await store.attachmentBlob(blobId)).toBeInstanceOf(Blob);
  });

  it('shows no flags for a daytime call to me, in Chinese, and asks for a platform', async () => {
    const store = memoryLogStore();
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

describe('RightsPage', () => {
  it('renders sections with sources, the LPR date and the crisis note', () => {
    render(() => <RightsPage locale="en" />);
    expect(screen.getByTestId('crisis-note')).toHaveTextContent('110');
    expect(screen.getByTestId('lpr-statement')).toHaveTextContent('last confirmed 2025-05-20');
    expect(screen.getAllByText(/Sources:/).length).toBeGreaterThan(10);
    expect(screen.getByRole('heading', { name: 'Things never to do' })).toBeInTheDocument();
  });
});
