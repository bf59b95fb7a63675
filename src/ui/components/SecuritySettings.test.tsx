/**
 * SecuritySettings and LockScreen in jsdom over a real vault (fake-indexeddb, fast PBKDF2 for
 * tests only): the irreversibility warning and the "I understand" gate before the lock can be
 * turned on, too-short and mismatching passphrases refused with their messages, a wrong
 * passphrase refused without touching stored data, the right one unlocking.
 */
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { ProfileId } from '../../domain/records';
import { openShoreDb, type ShoreDb } from '../../storage/db';
import { createVault, type Vault } from '../../storage/lock';
import { UNLOCK_FAILURES_META_KEY } from '../../storage/unlockBackoff';
import { makeShoreRepository } from '../../storage/repository';
import { dumpDatabase } from '../../storage/testSupport';
import type { WipeReport } from '../../platform/wipe';
import { LockScreen } from './LockScreen';
import { SecuritySettings } from './SecuritySettings';

const PASS = 'correct horse battery';
const NOW = '2026-11-28T12:00:00.000Z';

async function freshVault(): Promise<{ db: ShoreDb; vault: Vault }> {
  const db = await openShoreDb('ui-lock', new IDBFactory());
  const vault = createVault(db, { unsafeIterationsForTests: 1_000 });
  const repo = makeShoreRepository(db, { now: () => NOW, vault });
  await repo.putProfile({ id: 'p1' as ProfileId, displayName: '张三', notes: '客户备注' }, null);
  return { db, vault };
}

function typeInto(label: string, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

const noWipe = (): Promise<WipeReport> =>
  Promise.resolve({ database: 'deleted', cachesDeleted: 0, serviceWorkersUnregistered: 0, failures: [] });

describe('SecuritySettings', () => {
  it('warns that a forgotten passphrase cannot be recovered and needs "I understand" before turning on', async () => {
    const { vault } = await freshVault();
    render(() => <SecuritySettings vault={vault} locale="en" />);
    await screen.findByText('The lock is off.');
    expect(screen.getByText(/If you forget this passphrase, your data cannot be recovered\./)).toBeInTheDocument();
    typeInto('New passphrase', PASS);
    typeInto('Repeat the passphrase', PASS);
    const turnOn = screen.getByRole('button', { name: 'Turn the lock on' });
    expect(turnOn).toBeDisabled();
    fireEvent.click(turnOn);
    expect(await vault.status()).toBe('off');

    fireEvent.click(screen.getByLabelText('I understand that a forgotten passphrase means my data is lost.'));
    expect(turnOn).toBeEnabled();
    fireEvent.click(turnOn);
    await screen.findByText('The lock is on.', {}, { timeout: 5_000 });
    expect(await vault.status()).toBe('unlocked');
    // Once on, the warning and the checkbox give way to the current-passphrase field.
    expect(screen.queryByText(/If you forget this passphrase/)).toBeNull();
    expect(screen.getByLabelText('Current passphrase')).toBeInTheDocument();
  });

  it('refuses a too-short passphrase and two that differ, and stays off', async () => {
    const { vault } = await freshVault();
    const enable = vi.spyOn(vault, 'enable');
    render(() => <SecuritySettings vault={vault} locale="en" />);
    await screen.findByText('The lock is off.');
    fireEvent.click(screen.getByLabelText('I understand that a forgotten passphrase means my data is lost.'));

    typeInto('New passphrase', 'short7!');
    typeInto('Repeat the passphrase', 'short7!');
    fireEvent.click(screen.getByRole('button', { name: 'Turn the lock on' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Use at least 8 characters.');

    typeInto('New passphrase', PASS);
    typeInto('Repeat the passphrase', `${PASS}x`);
    fireEvent.click(screen.getByRole('button', { name: 'Turn the lock on' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The two passphrases are not the same.'));

    expect(enable).not.toHaveBeenCalled();
    expect(await vault.status()).toBe('off');
  });

  it('speaks Chinese: the warning, the gate and a message', async () => {
    const { vault } = await freshVault();
    render(() => <SecuritySettings vault={vault} locale="zh-CN" />);
    expect(await screen.findByText(/如果忘记这个密码，数据将无法恢复/)).toBeInTheDocument();
    const turnOn = screen.getByRole('button', { name: '开启密码锁' });
    expect(turnOn).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox'));
    typeInto('新密码', 'short');
    fireEvent.click(turnOn);
    expect(await screen.findByRole('alert')).toHaveTextContent('至少 8 个字符。');
    expect(await vault.status()).toBe('off');
  });

  it('turning off with a wrong current passphrase says so and changes nothing', async () => {
    const { db, vault } = await freshVault();
    await vault.enable(PASS);
    const before = await dumpDatabase(db);
    render(() => <SecuritySettings vault={vault} locale="en" />);
    await screen.findByText('The lock is on.');
    typeInto('Current passphrase', 'not the passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Turn the lock off' }));
    await waitFor(
      () =>
        expect(screen.getByRole('alert')).toHaveTextContent(
          'The current passphrase is not right. Nothing was changed.',
        ),
      { timeout: 5_000 },
    );
    expect(await vault.status()).toBe('unlocked');
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('LockScreen', () => {
  it('a wrong passphrase shows the message, stays locked and changes no stored data', async () => {
    const { db, vault } = await freshVault();
    await vault.enable(PASS);
    vault.lock();
    const before = await dumpDatabase(db);
    const onUnlocked = vi.fn();
    render(() => <LockScreen vault={vault} locale="en" wipe={noWipe} onUnlocked={onUnlocked} />);
    expect(screen.getByRole('heading', { name: 'Shore is locked' })).toBeInTheDocument();
    typeInto('Passphrase', 'not the passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
      'That passphrase is not right. Nothing was changed. Try again.',
    );
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(onUnlocked).not.toHaveBeenCalled();
    expect(vault.isUnlocked()).toBe(false);
    // The unlock back-off counts the wrong passphrase in meta, on purpose (issue 13); nothing else changes.
    await db.delete('meta', UNLOCK_FAILURES_META_KEY);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('the right passphrase unlocks and hands over', async () => {
    const { vault } = await freshVault();
    await vault.enable(PASS);
    vault.lock();
    const onUnlocked = vi.fn();
    render(() => <LockScreen vault={vault} locale="en" wipe={noWipe} onUnlocked={onUnlocked} />);
    typeInto('Passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    expect(vault.isUnlocked()).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Forgot" says the data cannot be recovered and offers only the confirmed wipe', async () => {
    const { vault } = await freshVault();
    await vault.enable(PASS);
    vault.lock();
    const wipe = vi.fn(noWipe);
    const onWiped = vi.fn();
    render(() => <LockScreen vault={vault} locale="en" wipe={wipe} onWiped={onWiped} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forgot the passphrase?' }));
    expect(screen.getByText(/It cannot be recovered/)).toBeInTheDocument();
    const erase = screen.getByRole('button', { name: 'Erase everything on this device' });
    expect(erase).toBeDisabled();
    typeInto('To confirm, type ERASE', 'erase');
    expect(erase).toBeDisabled();
    typeInto('To confirm, type ERASE', 'ERASE');
    expect(erase).toBeEnabled();
    fireEvent.click(erase);
    await waitFor(() => expect(onWiped).toHaveBeenCalledTimes(1));
    expect(wipe).toHaveBeenCalledTimes(1);
  });
});
