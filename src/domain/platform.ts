/**
 * The platform key: what groups debts into one platform, as the engine does. Debts with the same
 * non-empty `platform` name are one platform; a debt without a name is a platform of its own.
 *
 * One encoding, one parser: the key is a branded string (so it can key a Map and be compared),
 * made only by `platformKeyOf` and read back only by `readPlatformKey` / `platformValueOf`.
 * Lint forbids building (`p:${…}`, `own:${…}`) or slicing it anywhere else.
 */

declare const platformKeyBrand: unique symbol;

/** A platform's key; opaque outside this module. */
export type PlatformKey = string & { readonly [platformKeyBrand]: 'PlatformKey' };

/** What a key stands for: a named platform, or the one debt without a name. */
export type PlatformKeyParts = { kind: 'named'; name: string } | { kind: 'own'; debtId: string };

const NAMED = 'p:';
const OWN = 'own:';

/** The key of a debt's platform (`platform` absent or '' → the debt alone). */
export function platformKeyOf(debt: { readonly id: string; readonly platform?: string | undefined }): PlatformKey {
  const name = debt.platform ?? '';
  return (name === '' ? OWN + debt.id : NAMED + name) as PlatformKey;
}

/** The name or debt id a key stands for. */
export function readPlatformKey(key: PlatformKey): PlatformKeyParts {
  return key.startsWith(NAMED)
    ? { kind: 'named', name: key.slice(NAMED.length) }
    : { kind: 'own', debtId: key.slice(OWN.length) };
}

/**
 * The engine's `platform` value for a key: the platform's name, or for an unnamed debt its id
 * (what `composeScript` takes as `platform`).
 */
export function platformValueOf(key: PlatformKey): string {
  const parts = readPlatformKey(key);
  return parts.kind === 'named' ? parts.name : parts.debtId;
}
