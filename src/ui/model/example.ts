/**
 * The built-in example: one fictional person with five fictional platforms of different kinds,
 * rates quoted in different forms and different overdue states, so Shore shows its value in one tap.
 *
 * Every name is invented and marked as an example; any likeness to a real platform is accidental.
 */
import type { BudgetRecord, DebtRecord, PlanSettingsRecord, Profile, ProfileId } from '../../domain/records';
import type { Locale } from '../../i18n';
import { addDays, addMonths } from './dates';

export interface ProfileSnapshot {
  profile: Profile;
  debts: DebtRecord[];
  budget: BudgetRecord;
  settings: PlanSettingsRecord;
}

export const EXAMPLE_PROFILE_ID = 'example' as ProfileId;

const NAMES: Record<
  Locale,
  { person: string; platforms: [string, string, string, string, string]; lines: Record<string, string> }
> = {
  'zh-CN': {
    person: '示例：小林（虚构）',
    platforms: ['示例·快借宝', '示例·星河信用卡', '示例·安心分期', '示例·小额速贷', '示例·月光借'],
    lines: {
      salary: '工资',
      side: '兼职',
      rent: '房租',
      food: '吃饭',
      transport: '交通',
      family: '家里',
      medical: '看病',
    },
  },
  en: {
    person: 'Example: Lin (fictional)',
    platforms: ['Sample QuickLoan', 'Sample Galaxy Card', 'Sample EasyInstal', 'Sample MiniCash', 'Sample Moonlight'],
    lines: {
      salary: 'Salary',
      side: 'Side job',
      rent: 'Rent',
      food: 'Food',
      transport: 'Transport',
      family: 'Family',
      medical: 'Medical',
    },
  },
};

/** A fresh copy of the example profile, named in `locale`, with balances read on `today`. */
export function makeExampleProfile(locale: Locale, today: string, now: string): ProfileSnapshot {
  const names = NAMES[locale];
  const [quick, card, instal, mini, moon] = names.platforms;
  const profileId = EXAMPLE_PROFILE_ID;
  const debt = (
    partial: Omit<DebtRecord, 'profileId' | 'updatedAt' | 'notes' | 'contractNumber'> &
      Partial<Pick<DebtRecord, 'notes' | 'contractNumber'>>,
  ): DebtRecord => ({
    notes: '',
    contractNumber: '',
    ...partial,
    profileId,
    updatedAt: now,
  });
  const debts: DebtRecord[] = [
    debt({
      id: 'example-1',
      platform: quick,
      kind: 'online-loan',
      contractNumber: 'QJ-0001',
      principal: '8600.00',
      interest: '412.80',
      fees: '150.00',
      enteredRate: { unit: 'daily-percent', percent: '0.05' },
      compound: false,
      frozen: false,
      overdueSince: addDays(today, -75),
      collectionStatus: 'calls',
      position: 0,
      tokenPayment: '100.00',
    }),
    debt({
      id: 'example-2',
      platform: quick,
      kind: 'online-loan',
      contractNumber: 'QJ-0002',
      principal: '3000.00',
      interest: '96.00',
      fees: '0.00',
      enteredRate: { unit: 'daily-percent', percent: '0.05' },
      compound: false,
      frozen: false,
      overdueSince: addDays(today, -40),
      collectionStatus: 'calls',
      position: 1,
    }),
    debt({
      id: 'example-3',
      platform: card,
      kind: 'credit-card',
      principal: '21500.00',
      interest: '1380.00',
      fees: '320.00',
      enteredRate: { unit: 'daily-percent', percent: '0.05' },
      compound: true,
      frozen: false,
      chargeCap: '9000.00',
      overdueSince: addDays(today, -120),
      collectionStatus: 'reminders',
      position: 2,
      tokenPayment: '200.00',
    }),
    debt({
      id: 'example-4',
      platform: instal,
      kind: 'consumer-finance',
      principal: '12800.00',
      interest: '0.00',
      fees: '0.00',
      enteredRate: { unit: 'annual-percent', percent: '23.99', basis: 360 },
      compound: false,
      frozen: true,
      fixedPayment: '600.00',
      collectionStatus: 'none',
      position: 3,
      notes: locale === 'zh-CN' ? '已协商停息分期（示例）' : 'Interest stopped, instalment agreed (example)',
    }),
    debt({
      id: 'example-5',
      platform: mini,
      kind: 'online-loan',
      principal: '2400.00',
      interest: '180.00',
      fees: '60.00',
      enteredRate: { unit: 'monthly-percent', percent: '2' },
      compound: false,
      frozen: false,
      periodFee: '20.00',
      overdueSince: addDays(today, -20),
      collectionStatus: 'reminders',
      position: 4,
    }),
    debt({
      id: 'example-6',
      platform: moon,
      kind: 'online-loan',
      principal: '5200.00',
      interest: '0.00',
      fees: '0.00',
      enteredRate: { unit: 'annual-percent', percent: '35.9', basis: 365 },
      compound: false,
      frozen: false,
      collectionStatus: 'none',
      position: 5,
    }),
  ];
  const line = (id: string, category: string, amount: string): BudgetRecord['income'][number] => ({
    id,
    category,
    amount,
    label: names.lines[category] ?? category,
  });
  return {
    profile: { id: profileId, displayName: names.person, notes: '', updatedAt: now, revision: 1 },
    debts,
    budget: {
      profileId,
      mode: 'lines',
      income: [line('in-1', 'salary', '7200.00'), line('in-2', 'side', '800.00')],
      expenses: [
        line('ex-1', 'rent', '1800.00'),
        line('ex-2', 'food', '1500.00'),
        line('ex-3', 'transport', '300.00'),
        line('ex-4', 'family', '600.00'),
        line('ex-5', 'medical', '200.00'),
      ],
      directAmount: '',
      updatedAt: now,
    },
    settings: {
      profileId,
      strategy: 'avalanche',
      customOrder: [],
      asOf: today,
      firstPaymentDate: addDays(addMonths(today, 0), 10),
      updatedAt: now,
    },
  };
}
