/**
 * The writes of plan against reality (issue 17), over the planner: record a payment paid or
 * missed, a new charge, delete a record, and restart the plan from reconciled balances. The first
 * record keeps the plan as it is then as the baseline progress compares against.
 */
import { unwrap } from 'solid-js/store';
import type { PaymentRecord } from '../../domain/records';
import type { PlatformKey } from '../../domain/platform';
import { platformValueOf } from '../../domain/platform';
import { makeBaseline } from '../model/progress';
import { restartDebts, restartSettings, shoreFigure } from '../model/tracking';
import { usePlanner } from '../state/PlannerProvider';

export interface PaymentActions {
  record(fields: Pick<PaymentRecord, 'kind' | 'on' | 'amount'> & Partial<PaymentRecord> & { key: PlatformKey }): void;
  remove(id: string): void;
  /** Restart on `on` from the lender's figures typed (platform key → amount); others use Shore's figure. */
  restart(on: string, typed: ReadonlyMap<PlatformKey, string>): Promise<void>;
}

export function usePaymentActions(): PaymentActions {
  const planner = usePlanner();

  /** Keep the plan in use as the baseline, once (before the first record changes anything). */
  const ensureBaseline = (): void => {
    if (planner.state.planSettings.baseline !== undefined) return;
    const run = planner.chosen().run;
    if (!run.ok) return;
    planner.actions.updatePlanSettings({
      baseline: makeBaseline(planner.planInput(), run.plan, planner.clock.today()),
    });
  };

  return {
    record(fields) {
      const profile = planner.state.profile;
      if (!profile) return;
      ensureBaseline();
      const { key, ...rest } = fields;
      const now = planner.clock.now();
      const existing = rest.id === undefined ? undefined : planner.records.payments.find((row) => row.id === rest.id);
      const record: PaymentRecord = {
        note: '',
        ...(existing ? structuredClone(unwrap(existing)) : {}),
        ...rest,
        id: rest.id ?? planner.actions.newDebtId(),
        profileId: profile.id,
        platform: platformValueOf(key),
        recordedAt: existing?.recordedAt ?? now,
        updatedAt: now,
      };
      void planner.actions.save('payments', record);
    },
    remove(id) {
      void planner.actions.remove('payments', id);
    },
    async restart(on, typed) {
      const profile = planner.state.profile;
      const run = planner.chosen().run;
      if (!profile || !run.ok) return;
      ensureBaseline();
      const input = planner.planInput();
      const index = planner.platforms();
      const owedOn = new Map<PlatformKey, string>();
      const now = planner.clock.now();
      for (const platform of index.platforms) {
        const figure = shoreFigure(input, run.plan, platform, planner.records.payments, on);
        const lender = typed.get(platform.key);
        owedOn.set(platform.key, lender ?? figure.expected);
        const balance: PaymentRecord = {
          id: planner.actions.newDebtId(),
          profileId: profile.id,
          platform: platformValueOf(platform.key),
          kind: 'balance',
          on,
          amount: lender ?? '',
          expected: figure.expected,
          note: '',
          recordedAt: now,
          updatedAt: now,
        };
        void planner.actions.save('payments', balance);
      }
      const current = structuredClone(unwrap(planner.state.debts));
      const restarted = restartDebts(current, index, owedOn, now);
      restarted.forEach((debt, i) => {
        if (debt !== current[i]) planner.actions.saveDebt(debt);
      });
      planner.actions.updatePlanSettings(restartSettings(planner.state.planSettings, on));
      await planner.actions.flush();
    },
  };
}
