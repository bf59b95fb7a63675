/** Shapes for the float baseline (bench only). */
export type { PlanInput } from '../src/domain/types';
export interface PlanLineLike {
  id: string;
  interest: string;
  fees: string;
  paid: string;
  owed: string;
}
export interface Plan {
  periods: { index: number; date: string; focus: string | null; lines: PlanLineLike[] }[];
  totalPaid: string;
}
