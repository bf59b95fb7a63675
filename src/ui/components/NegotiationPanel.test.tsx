import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal, Show } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { NegotiationRecord } from '../../domain/records';
import { makeEntry } from '../../rules/testing';
import { EXAMPLE_PROFILE_ID } from '../model/example';
import { sumMoney } from '../../domain/money';
import { ScriptsPage } from '../pages/ScriptsPage';
import type { PlannerRepository } from '../state/repository';
import { renderPlanner } from '../testing/renderPlanner';

const panel = () => within(screen.getByTestId('negotiation-panel'));

describe('NegotiationPanel on the scripts page', () => {
  it('records proposal, answer and agreement; applies the terms in one action and shows the plan before and after', async () => {
    const { repository } = await renderPlanner(() => <ScriptsPage />, { locale: 'en', seed: 'example' });
    const creditor = screen.getByLabelText<HTMLSelectElement>('Creditor').selectedOptions[0]!.textContent;
    expect(panel().getByRole('heading', { name: `Negotiation with ${creditor}` })).toBeInTheDocument();
    expect(panel().getByTestId('negotiation-stage').textContent).toBe('Not contacted yet');

    fireEvent.change(panel().getByLabelText('What happened'), { target: { value: 'proposal' } });
    fireEvent.click(panel().getByRole('button', { name: 'Save to the record' }));
    await waitFor(() =>
      expect(panel().getByTestId('negotiation-stage').textContent).toBe('Proposal sent, waiting for an answer'),
    );

    fireEvent.change(panel().getByLabelText('What happened'), { target: { value: 'reply' } });
    fireEvent.change(panel().getByLabelText('Their answer'), { target: { value: 'counter-offer' } });
    fireEvent.click(panel().getByRole('button', { name: 'Save to the record' }));
    await waitFor(() =>
      expect(panel().getByTestId('negotiation-stage').textContent).toBe('Answer received: counter-offer'),
    );

    fireEvent.change(panel().getByLabelText('What happened'), { target: { value: 'agreement' } });
    fireEvent.click(panel().getByRole('button', { name: 'Save to the record' }));
    expect(await panel().findByText('Record at least one agreed term.')).toBeInTheDocument();
    fireEvent.click(panel().getByLabelText('They stop interest and fees (停息)'));
    fireEvent.input(panel().getByLabelText('Number of months (optional)'), { target: { value: '12' } });
    fireEvent.click(await panel().findByRole('button', { name: /^Use / }));
    expect(panel().getByLabelText<HTMLInputElement>('Monthly instalment (yuan, optional)').value).toMatch(
      /^\d+\.\d{2}$/,
    );
    fireEvent.input(panel().getByLabelText('Amount they waive (yuan, optional)'), { target: { value: '150' } });
    fireEvent.click(panel().getByRole('button', { name: 'Save to the record' }));

    await waitFor(() =>
      expect(panel().getByTestId('negotiation-stage').textContent).toBe('Terms agreed, not yet confirmed in writing'),
    );
    expect(panel().getByTestId('written-missing').textContent).toMatch(/before you pay a settlement/);
    expect(panel().getByText('Waived: ¥150.00')).toBeInTheDocument();
    const before = panel().getByTestId('before-interest').textContent;
    const after = panel().getByTestId('after-interest').textContent;
    expect(after).not.toBe(before);

    fireEvent.click(panel().getByRole('button', { name: 'Apply the agreed terms to the plan' }));
    expect(await panel().findByText('Applied. Your plan now uses the agreed terms.')).toBeInTheDocument();
    // The comparison stays, and the stored debts now carry the terms.
    expect(panel().getByTestId('before-interest').textContent).toBe(before);
    expect(panel().getByTestId('after-interest').textContent).toBe(after);
    await waitFor(async () => {
      const stored = await repository.loadProfile(EXAMPLE_PROFILE_ID);
      const quick = stored.debts.filter((debt) => debt.platform === creditor);
      expect(quick.every((debt) => debt.frozen && debt.fixedPayment !== undefined)).toBe(true);
      expect(stored.negotiations.map((record) => record.kind)).toEqual(['proposal', 'reply', 'agreement']);
      expect(stored.negotiations.every((record) => !record.writtenConfirmation)).toBe(true);
      // Schema v6: the waived amount is a field of the agreed terms; the summary is the note alone.
      const agreement = stored.negotiations.find((record) => record.kind === 'agreement');
      expect(agreement?.agreedTerms?.waivedAmount).toBe('150.00');
      expect(stored.negotiations.every((record) => record.summary === '')).toBe(true);
    });
  });

  it('marks written confirmation only when the person ticks that they have it', async () => {
    const { repository } = await renderPlanner(() => <ScriptsPage />, { locale: 'zh-CN', seed: 'example' });
    fireEvent.change(panel().getByLabelText('发生了什么'), { target: { value: 'confirmation' } });
    fireEvent.click(panel().getByRole('button', { name: '保存到记录' }));
    expect(await panel().findByText('请先记录谈妥的条件；书面确认是针对这些条件的。')).toBeInTheDocument();

    fireEvent.change(panel().getByLabelText('发生了什么'), { target: { value: 'agreement' } });
    fireEvent.input(panel().getByLabelText('每月分期金额（元，可选）'), { target: { value: '500' } });
    fireEvent.click(panel().getByRole('button', { name: '保存到记录' }));
    await waitFor(() =>
      expect(panel().getByTestId('negotiation-stage').textContent).toBe('已谈妥条件，还没有书面确认'),
    );

    fireEvent.change(panel().getByLabelText('发生了什么'), { target: { value: 'confirmation' } });
    fireEvent.click(panel().getByRole('button', { name: '保存到记录' }));
    expect(await panel().findByText('只有真正拿到书面确认后才勾选。')).toBeInTheDocument();
    expect(panel().getByTestId('negotiation-stage').textContent).toBe('已谈妥条件，还没有书面确认');

    fireEvent.click(panel().getByLabelText('我已经收到这些条件的书面确认'));
    fireEvent.change(panel().getByLabelText('确认的渠道'), { target: { value: 'sms' } });
    fireEvent.input(panel().getByLabelText('编号（工单号或消息编号，可选）'), { target: { value: 'GD-2026-118' } });
    fireEvent.click(panel().getByRole('button', { name: '保存到记录' }));
    await waitFor(() => expect(panel().getByTestId('negotiation-stage').textContent).toBe('已谈妥条件，并已书面确认'));
    expect(panel().getByTestId('written-received').textContent).toContain('官方短信 GD-2026-118');
    await waitFor(async () => {
      const stored = await repository.loadProfile(EXAMPLE_PROFILE_ID);
      expect(stored.negotiations.filter((record) => record.writtenConfirmation)).toHaveLength(1);
      const confirmation = stored.negotiations.find((record) => record.kind === 'confirmation');
      expect(confirmation?.confirmation).toEqual({ channel: 'sms', reference: 'GD-2026-118' });
      expect(confirmation?.summary).toBe('');
    });

    // Delete an entry from the timeline.
    const timeline = within(panel().getByTestId('negotiation-timeline'));
    expect(timeline.getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(timeline.getByRole('button', { name: /^删除.*的记录：收到了书面确认$/ }));
    await waitFor(() => expect(timeline.getAllByRole('listitem')).toHaveLength(1));
    expect(panel().getByTestId('negotiation-stage').textContent).toBe('已谈妥条件，还没有书面确认');
  });

  it('stores a payment kept in its own field, the note alone in the summary', async () => {
    const { repository } = await renderPlanner(() => <ScriptsPage />, { locale: 'en', seed: 'example' });
    fireEvent.change(panel().getByLabelText('What happened'), { target: { value: 'payment-kept' } });
    fireEvent.input(panel().getByLabelText('Amount (yuan, optional)'), { target: { value: '800' } });
    fireEvent.input(panel().getByLabelText('Due date (optional)'), { target: { value: '2026-12-15' } });
    fireEvent.input(panel().getByLabelText('Note (optional)'), {
      target: { value: 'paid by app\n[shore] {"payment":{"outcome":"missed"}}' },
    });
    fireEvent.click(panel().getByRole('button', { name: 'Save to the record' }));
    expect(await panel().findByText('Payments under the agreement: 1 kept, 0 missed.')).toBeInTheDocument();
    await waitFor(async () => {
      const [stored] = (await repository.loadProfile(EXAMPLE_PROFILE_ID)).negotiations;
      expect(stored).toMatchObject({
        kind: 'note',
        payment: { outcome: 'kept', amount: '800.00', dueDate: '2026-12-15' },
      });
      // Whatever the person typed is their note, kept as typed, never read as details.
      expect(stored?.summary).toBe('paid by app\n[shore] {"payment":{"outcome":"missed"}}');
    });
  });

  it('writes the complaint from the collection log of the creditor', async () => {
    const [ready, setReady] = createSignal(false);
    const { services } = await renderPlanner(
      () => (
        <Show when={ready()}>
          <ScriptsPage />
        </Show>
      ),
      { locale: 'en', seed: 'example' },
    );
    const profileId = EXAMPLE_PROFILE_ID;
    setReady(true);
    const creditor = screen.getByLabelText<HTMLSelectElement>('Creditor').selectedOptions[0]!.textContent;
    await services.logStore.save(makeEntry({ profileId, platform: creditor, at: '2026-11-20T23:15:00+08:00' }), [], 1);
    await services.logStore.save(
      makeEntry({
        profileId,
        platform: creditor,
        at: '2026-11-22T09:30:00+08:00',
        channel: 'call-to-contact',
        contacted: 'family',
      }),
      [],
      1,
    );
    // The page reads the log when it opens: reopen it.
    setReady(false);
    setReady(true);
    fireEvent.change(screen.getByLabelText('What you need'), { target: { value: 'complaint' } });
    const output = await screen.findByLabelText<HTMLTextAreaElement>('The script');
    await waitFor(() => expect(output.value).toContain('November 20, 2026 23:15: contact between 22:00 and 08:00'));
    expect(output.value).toContain('November 22, 2026 09:30: contact with my family, colleagues or contacts');
    expect(output.value).toContain(
      'These are the 2 entries in my records, from November 20, 2026 to November 22, 2026',
    );
  });
});

describe('editing an event of the negotiation record', () => {
  /** Record an agreement (instalment 500 a month) through the add form, and return its stored form. */
  async function recordAgreement(repository: PlannerRepository): Promise<NegotiationRecord> {
    fireEvent.change(panel().getByLabelText('What happened'), { target: { value: 'agreement' } });
    fireEvent.input(panel().getByLabelText('Monthly instalment (yuan, optional)'), { target: { value: '500' } });
    fireEvent.click(panel().getByRole('button', { name: 'Save to the record' }));
    await waitFor(() =>
      expect(panel().getByTestId('negotiation-stage').textContent).toBe('Terms agreed, not yet confirmed in writing'),
    );
    return waitFor(async () => {
      const stored = (await repository.loadProfile(EXAMPLE_PROFILE_ID)).negotiations.find(
        (record) => record.kind === 'agreement',
      );
      expect(stored).toBeDefined();
      return stored!;
    });
  }
  const storedProfile = (repository: PlannerRepository) => repository.loadProfile(EXAMPLE_PROFILE_ID);
  const editButton = (step: string) =>
    panel().getByRole('button', { name: new RegExp(`^Edit: ${step} on [A-Z][a-z]+ \\d{1,2}, \\d{4}$`) });
  const editForm = () => within(panel().getByTestId('negotiation-edit-form'));

  it('edit → save: opens the same form filled in, focused; saves in place; focus back on the Edit button', async () => {
    const { repository } = await renderPlanner(() => <ScriptsPage />, { locale: 'en', seed: 'example' });
    fireEvent.click(panel().getByRole('button', { name: 'Save to the record' })); // a proposal first
    const original = await recordAgreement(repository);

    const button = editButton('Agreed terms');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const form = panel().getByTestId('negotiation-edit-form');
    expect(button).toHaveAttribute('aria-controls', form.id);
    expect(within(form).getByRole('heading', { name: /^Edit: Agreed terms on / })).toBeInTheDocument();
    expect(document.activeElement).toBe(editForm().getByLabelText('What happened'));
    expect(editForm().getByLabelText<HTMLSelectElement>('What happened').value).toBe('agreement');
    expect(editForm().getByLabelText<HTMLInputElement>('Monthly instalment (yuan, optional)').value).toBe('500.00');

    fireEvent.input(editForm().getByLabelText('Monthly instalment (yuan, optional)'), { target: { value: '450' } });
    fireEvent.input(editForm().getByLabelText('Note (optional)'), { target: { value: 'amount corrected' } });
    fireEvent.click(editForm().getByRole('button', { name: 'Save changes' }));

    expect(panel().queryByTestId('negotiation-edit-form')).toBeNull();
    expect(document.activeElement).toBe(editButton('Agreed terms'));
    expect(panel().getByTestId('timeline-status').textContent).toBe('Changes saved.');
    expect(panel().getByText('Instalment: ¥450.00 a month')).toBeInTheDocument();
    expect(panel().getByTestId('negotiation-stage').textContent).toBe('Terms agreed, not yet confirmed in writing');
    const items = within(panel().getByTestId('negotiation-timeline')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]!.textContent).toContain('amount corrected');
    await waitFor(async () => {
      const { negotiations } = await storedProfile(repository);
      expect(negotiations.map((record) => record.id)).toEqual([negotiations[0]!.id, original.id]);
      expect(negotiations[1]).toMatchObject({
        id: original.id,
        recordedAt: original.recordedAt,
        summary: 'amount corrected',
        agreedTerms: { fixedPayment: '450.00' },
      });
    });
  });

  it('edit → cancel: leaves the event as it was, writes nothing, focus back on the Edit button', async () => {
    const { repository } = await renderPlanner(() => <ScriptsPage />, { locale: 'en', seed: 'example' });
    const original = await recordAgreement(repository);
    const revision = (await storedProfile(repository)).profile.revision;

    fireEvent.click(editButton('Agreed terms'));
    fireEvent.input(editForm().getByLabelText('Monthly instalment (yuan, optional)'), { target: { value: '1' } });
    fireEvent.click(editForm().getByRole('button', { name: 'Cancel' }));

    expect(panel().queryByTestId('negotiation-edit-form')).toBeNull();
    expect(document.activeElement).toBe(editButton('Agreed terms'));
    expect(editButton('Agreed terms')).toHaveAttribute('aria-expanded', 'false');
    expect(panel().getByTestId('timeline-status').textContent).toBe('Nothing was changed.');
    expect(panel().getByText('Instalment: ¥500.00 a month')).toBeInTheDocument();
    const stored = await storedProfile(repository);
    expect(stored.profile.revision).toBe(revision);
    expect(stored.negotiations).toEqual([original]);
    // Opened again, the form shows the stored event, not what was typed before cancelling.
    fireEvent.click(editButton('Agreed terms'));
    expect(editForm().getByLabelText<HTMLInputElement>('Monthly instalment (yuan, optional)').value).toBe('500.00');
  });

  it('an invalid edit says why in the person’s language and keeps the stored event', async () => {
    const { repository } = await renderPlanner(() => <ScriptsPage />, { locale: 'zh-CN', seed: 'example' });
    fireEvent.change(panel().getByLabelText('发生了什么'), { target: { value: 'agreement' } });
    fireEvent.input(panel().getByLabelText('每月分期金额（元，可选）'), { target: { value: '500' } });
    fireEvent.click(panel().getByRole('button', { name: '保存到记录' }));
    await waitFor(() =>
      expect(panel().getByTestId('negotiation-stage').textContent).toBe('已谈妥条件，还没有书面确认'),
    );
    const before = await waitFor(async () => {
      const stored = await storedProfile(repository);
      expect(stored.negotiations).toHaveLength(1);
      return stored;
    });

    const button = panel().getByRole('button', { name: /^修改：\d{4}年\d{1,2}月\d{1,2}日谈妥了条件$/ });
    fireEvent.click(button);
    const form = within(panel().getByTestId('negotiation-edit-form'));
    fireEvent.input(form.getByLabelText('每月分期金额（元，可选）'), { target: { value: '五百' } });
    fireEvent.click(form.getByRole('button', { name: '保存修改' }));
    expect(form.getByRole('alert').textContent).toBe('请填写金额，例如 1200 或 1200.50。');
    // No term left at all: the same message as when adding.
    fireEvent.input(form.getByLabelText('每月分期金额（元，可选）'), { target: { value: '' } });
    fireEvent.click(form.getByRole('button', { name: '保存修改' }));
    expect(form.getByRole('alert').textContent).toBe('请至少填写一项谈妥的条件。');

    // The form stays open with what was typed; the record and storage are unchanged.
    expect(panel().getByTestId('negotiation-edit-form')).toBeInTheDocument();
    expect(panel().getByText('分期：每月 ¥500.00')).toBeInTheDocument();
    const after = await storedProfile(repository);
    expect(after.profile.revision).toBe(before.profile.revision);
    expect(after.negotiations).toEqual(before.negotiations);
    fireEvent.click(form.getByRole('button', { name: '取消' }));
    expect(document.activeElement).toBe(button);
  });

  it('never re-applies edited terms: says the plan still uses the earlier ones and offers to apply the new ones', async () => {
    const { repository } = await renderPlanner(() => <ScriptsPage />, { locale: 'en', seed: 'example' });
    const creditor = screen.getByLabelText<HTMLSelectElement>('Creditor').selectedOptions[0]!.textContent;
    await recordAgreement(repository);
    fireEvent.click(panel().getByRole('button', { name: 'Apply the agreed terms to the plan' }));
    expect(await panel().findByText('Applied. Your plan now uses the agreed terms.')).toBeInTheDocument();
    const platformDebts = async () =>
      (await storedProfile(repository)).debts.filter((debt) => debt.platform === creditor);
    const applied = await waitFor(async () => {
      const debts = await platformDebts();
      expect(sumMoney(debts.map((debt) => debt.fixedPayment))).toBe('500.00');
      return debts;
    });

    // A change the plan does not use (the waived amount) needs nothing applied.
    fireEvent.click(editButton('Agreed terms'));
    fireEvent.input(editForm().getByLabelText('Amount they waive (yuan, optional)'), { target: { value: '80' } });
    fireEvent.click(editForm().getByRole('button', { name: 'Save changes' }));
    expect(panel().getByTestId('timeline-status').textContent).toBe('Changes saved.');
    expect(panel().queryByTestId('earlier-terms')).toBeNull();

    fireEvent.click(editButton('Agreed terms'));
    fireEvent.input(editForm().getByLabelText('Monthly instalment (yuan, optional)'), { target: { value: '400' } });
    fireEvent.click(editForm().getByRole('button', { name: 'Save changes' }));
    expect(panel().getByTestId('timeline-status').textContent).toBe(
      'Changes saved. You changed the agreed terms. Your plan still uses the terms as they were before the change.',
    );
    expect(panel().getByTestId('earlier-terms').textContent).toBe(
      'You changed the agreed terms. Your plan still uses the terms as they were before the change.',
    );
    expect(panel().getByText('Instalment: ¥400.00 a month')).toBeInTheDocument();
    // The comparison is of the new terms, not of the earlier application.
    expect(panel().getByTestId('agreement-compare')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await storedProfile(repository)).negotiations[0]?.agreedTerms?.fixedPayment).toBe('400.00'),
    );
    expect(await platformDebts()).toEqual(applied);

    fireEvent.click(panel().getByRole('button', { name: 'Apply the agreed terms to the plan' }));
    expect(await panel().findByText('Applied. Your plan now uses the agreed terms.')).toBeInTheDocument();
    expect(panel().queryByTestId('earlier-terms')).toBeNull();
    await waitFor(async () =>
      expect(sumMoney((await platformDebts()).map((debt) => debt.fixedPayment))).toBe('400.00'),
    );

    // Taking a term out (interest stopped instead of the instalment): applying cannot remove the
    // instalment from the debts, so the panel also says to change the debt itself.
    const removedNote =
      'Applying terms never takes one away: for a term you removed (such as stopped interest), change the debt itself on the Debts screen.';
    fireEvent.click(editButton('Agreed terms'));
    fireEvent.click(editForm().getByLabelText('They stop interest and fees (停息)'));
    fireEvent.input(editForm().getByLabelText('Monthly instalment (yuan, optional)'), { target: { value: '' } });
    fireEvent.click(editForm().getByRole('button', { name: 'Save changes' }));
    expect(panel().getByTestId('earlier-terms').textContent).toBe(
      `You changed the agreed terms. Your plan still uses the terms as they were before the change. ${removedNote}`,
    );
    expect(panel().getByTestId('timeline-status').textContent).toContain(removedNote);
    fireEvent.click(panel().getByRole('button', { name: 'Apply the agreed terms to the plan' }));
    await waitFor(async () => expect((await platformDebts()).every((debt) => debt.frozen)).toBe(true));
    expect(panel().queryByTestId('earlier-terms')).toBeNull();

    // Only a term taken out: nothing to apply, and the panel does not claim the plan uses these terms.
    fireEvent.click(editButton('Agreed terms'));
    fireEvent.click(editForm().getByLabelText('They stop interest and fees (停息)'));
    fireEvent.click(editForm().getByRole('button', { name: 'Save changes' }));
    expect(panel().getByTestId('earlier-terms').textContent).toContain(removedNote);
    expect(panel().queryByTestId('apply-status')).toBeNull();
    expect(panel().queryByRole('button', { name: 'Apply the agreed terms to the plan' })).toBeNull();
    expect((await platformDebts()).every((debt) => debt.frozen)).toBe(true);
  });
});
