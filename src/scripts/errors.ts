/**
 * Typed errors of `composeScript` for a request the person can fix (contract: the class names,
 * `code`, `path` and `field` are relied on outside the project). The UI shows the person a message
 * in their language chosen by `code`; `message` is for developers.
 */

/** Why a request field was refused. */
export type ScriptRequestErrorCode =
  /** settlementAmount is more than what is owed on that platform at `asOf`. */
  | 'settlement-exceeds-owed'
  /** settlementAmount is more than the person's `cashOnHand`. */
  | 'settlement-exceeds-cash'
  /** A money field is not an amount (digits, at most 2 decimals, more than 0). */
  | 'invalid-amount';

/** A request field the person can correct. `path` and `field` both name it (e.g. 'settlementAmount'). */
export class ScriptRequestError extends Error {
  readonly path: string;
  constructor(
    readonly code: ScriptRequestErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScriptRequestError';
    this.path = field;
  }
}

/**
 * contract: the settlement offer does not fit. `offered` is the amount asked for; `limit` what it
 * may not exceed (what is owed at `asOf` for 'settlement-exceeds-owed', the cash on hand for
 * 'settlement-exceeds-cash'); both 2-decimal money strings ('' for 'invalid-amount').
 */
export class SettlementAmountError extends ScriptRequestError {
  constructor(
    code: ScriptRequestErrorCode,
    readonly offered: string,
    readonly limit: string,
  ) {
    super(
      code,
      'settlementAmount',
      code === 'invalid-amount'
        ? `scripts: settlementAmount ${JSON.stringify(offered)} is not an amount`
        : `scripts: settlementAmount ${offered} is more than ${code === 'settlement-exceeds-owed' ? 'what is owed' : 'the cash on hand'} (${limit})`,
    );
    this.name = 'SettlementAmountError';
  }
}
