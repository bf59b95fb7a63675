/**
 * The handover pack's help channels follow the client's lenders (issue 15): 12378 only when a
 * debt is with a bank (credit cards) or a consumer finance company.
 */
import { screen } from '@solidjs/testing-library';
import { Show } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { CounsellorSession, ProfileId } from '../../domain/records';
import { makeExampleProfile } from '../model/example';
import { usePlanner } from '../state/PlannerProvider';
import { FIXED_CLOCK, renderPlanner } from '../testing/renderPlanner';
import { HandoverPack } from './HandoverPack';

const SESSION: CounsellorSession = {
  profileId: 'example' as ProfileId,
  step: 'handover',
  completed: [],
  scripts: [],
  weekDone: [],
  reviews: [],
  updatedAt: FIXED_CLOCK.now(),
};

function Pack() {
  const planner = usePlanner();
  const plan = () => {
    const run = planner.chosen().run;
    return run.ok ? run.plan : null;
  };
  return <Show when={plan()}>{(ready) => <HandoverPack plan={ready()} session={SESSION} />}</Show>;
}

const helpText = () => screen.getByTestId('pack-help').textContent ?? '';

describe('HandoverPack help channels', () => {
  it('offers 12378 when the client owes a card issuer or a consumer finance company', async () => {
    // The example holds a credit card and a consumer-finance debt.
    const view = await renderPlanner(() => <Pack />, { seed: 'example' });
    expect(helpText()).toContain('12378');
    expect(helpText()).toContain('12321');
    view.unmount();
  });

  it('leaves 12378 out when every debt is an online loan of unknown lender', async () => {
    // Mutation: channels not filtered by the client's lenders → 12378 listed → fails.
    const example = makeExampleProfile('en', FIXED_CLOCK.today(), FIXED_CLOCK.now());
    const onlineOnly = { ...example, debts: example.debts.map((debt) => ({ ...debt, kind: 'online-loan' as const })) };
    const view = await renderPlanner(() => <Pack />, { seed: onlineOnly });
    expect(helpText()).not.toContain('12378');
    expect(helpText()).toContain('12321');
    expect(helpText()).toContain('110');
    view.unmount();
  });
});
