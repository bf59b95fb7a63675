/**
 * Counsellor mode in jsdom over the in-memory repository: the session saves its step and resumes
 * there, quick entry adds debts and flags bad input, and the client list duplicates, archives
 * and deletes through the provider.
 */
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../domain/records';
import { renderPlanner } from '../testing/renderPlanner';
import { ClientsPage } from './ClientsPage';
import { SessionPage } from './SessionPage';

const EXAMPLE = 'example' as ProfileId;

describe('SessionPage', () => {
  it('saves the step it moves to, so the session resumes there', async () => {
    const { repository, unmount } = await renderPlanner(() => <SessionPage />, { seed: 'example' });
    expect(screen.getByTestId('session-step')).toHaveTextContent('Situation and worries');
    fireEvent.input(screen.getByLabelText('Their situation, in their own words'), {
      target: { value: 'Night shifts; two children' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(screen.getByTestId('session-step')).toHaveTextContent('Debts'));
    await waitFor(async () => expect((await repository.loadProfile(EXAMPLE)).counsellorSession?.step).toBe('debts'));
    const stored = await repository.loadProfile(EXAMPLE);
    // Issue 18: the situation is the counsellor's private note, not part of the session.
    expect(stored.counsellorNotes?.situation).toBe('Night shifts; two children');
    expect(stored.counsellorSession?.completed).toEqual(['situation']);
    unmount();
  });

  it('adds platforms one after another and names the fields to check', async () => {
    const { repository } = await renderPlanner(() => <SessionPage />, { seed: 'example' });
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const form = await screen.findByTestId('quick-debt');
    const before = (await repository.loadProfile(EXAMPLE)).debts.length;
    fireEvent.input(within(form).getByLabelText('Platform'), { target: { value: 'NewLend' } });
    fireEvent.input(within(form).getByLabelText('Principal owed now'), { target: { value: '12x' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add, then enter the next platform' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Please check: Principal owed now、Rate (%).');
    fireEvent.input(within(form).getByLabelText('Principal owed now'), { target: { value: '1,200' } });
    fireEvent.input(within(form).getByLabelText('Rate (%)'), { target: { value: '0.05' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add, then enter the next platform' }));
    expect(within(form).getByRole('status')).toHaveTextContent('Added NewLend.');
    expect(within(form).getByLabelText('Platform')).toHaveValue('');
    await waitFor(async () => expect((await repository.loadProfile(EXAMPLE)).debts).toHaveLength(before + 1));
    const added = (await repository.loadProfile(EXAMPLE)).debts.find((debt) => debt.platform === 'NewLend');
    expect(added).toMatchObject({ principal: '1200.00', enteredRate: { unit: 'daily-percent', percent: '0.05' } });
  });
});

describe('ClientsPage', () => {
  it('duplicates, archives and deletes clients through the provider', async () => {
    const { repository } = await renderPlanner(() => <ClientsPage />, { seed: 'example' });
    const card = await screen.findByTestId('client-card');
    expect(within(card).getByText('Open now')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: /^Duplicate / }));
    await waitFor(() => expect(screen.getAllByTestId('client-card')).toHaveLength(2));
    const profiles = await repository.listProfiles();
    const copy = profiles.find((profile) => profile.id !== EXAMPLE)!;
    expect(copy.displayName).toMatch(/\(variant\)$/);
    const [original, copied] = await Promise.all([repository.loadProfile(EXAMPLE), repository.loadProfile(copy.id)]);
    expect(copied.debts.map((debt) => debt.principal)).toEqual(original.debts.map((debt) => debt.principal));
    expect(copied.debts.map((debt) => debt.id)).not.toEqual(original.debts.map((debt) => debt.id));

    const copyCard = screen
      .getAllByTestId('client-card')
      .find((element) => element.textContent?.includes('(variant)'))!;
    fireEvent.click(within(copyCard).getByRole('button', { name: /^Archive / }));
    await waitFor(() => expect(screen.getAllByTestId('client-card')).toHaveLength(1));
    expect((await repository.listProfiles()).find((profile) => profile.id === copy.id)?.archived).toBe(true);

    fireEvent.click(screen.getByLabelText('Show archived clients'));
    await waitFor(() => expect(screen.getAllByTestId('client-card')).toHaveLength(2));
    const archivedCard = screen
      .getAllByTestId('client-card')
      .find((element) => element.textContent?.includes('Archived'))!;
    fireEvent.click(within(archivedCard).getByRole('button', { name: /^Delete / }));
    fireEvent.click(within(archivedCard).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.getAllByTestId('client-card')).toHaveLength(1));
    expect((await repository.listProfiles()).map((profile) => profile.id)).toEqual([EXAMPLE]);
  });
});

describe('CounsellorNotesPanel', () => {
  // Issue 13: Chromium saves what is typed in a field into its tab-restore files (Sessions/) unless the field, or
  // the form around it, says autocomplete="off" (platform/formRestore.ts marks forms only: a field outside any form
  // is not covered). The private notes' text fields were outside any form, unmarked (main at 189bfbf).
  // Break: drop the form's autocomplete="off" in CounsellorNotesPanel.tsx → "situation" and "privateNotes" are
  // listed and this fails (seen); the counsellor's name has its own autocomplete="off" (Field.tsx).
  it('keeps every text field of the private notes out of the browser’s tab-restore files', async () => {
    await renderPlanner(() => <SessionPage />, { seed: 'example' });
    const panel = screen.getByTestId('counsellor-notes');
    const fields = [...panel.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')].filter(
      (field) => field.type !== 'checkbox',
    );
    expect(fields.map((field) => field.name).sort()).toEqual(['counsellorName', 'privateNotes', 'situation']);
    const unmarked = fields.filter(
      (field) => field.getAttribute('autocomplete') !== 'off' && field.form?.getAttribute('autocomplete') !== 'off',
    );
    expect(unmarked.map((field) => field.name)).toEqual([]);
  });
});
