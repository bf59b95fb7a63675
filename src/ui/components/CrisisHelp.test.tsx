/**
 * The crisis control (issue 15) in jsdom: it opens the crisis note (12356, 120, 110) and closes
 * again with focus back on it; it is on the lock screen, in the app's header, and on Quick hide's
 * neutral screen. (The browser test, tests/e2e/crisis.test.ts, opens it from a real lock screen
 * and from discreet mode in Chromium, with axe.)
 */
import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import type { Vault } from '../../storage/lock';
import { App } from '../App';
import { renderPlanner } from '../testing/renderPlanner';
import { CrisisHelp } from './CrisisHelp';
import { LockScreen } from './LockScreen';

describe('CrisisHelp', () => {
  it('opens the crisis note with the mental-health line, 120 and 110, and closes back to the button', async () => {
    render(() => <CrisisHelp locale="en" />);
    const toggle = screen.getByRole('button', { name: 'Need help?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('crisis-note')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Mutation: the panel renders without the note → findByTestId times out.
    const note = await screen.findByTestId('crisis-note');
    expect(note.textContent).toContain('12356');
    expect(note.textContent).toContain('120');
    expect(note.textContent).toContain('110');
    expect(toggle.getAttribute('aria-controls')).toBe(screen.getByTestId('crisis-panel').id);
    // The panel lies over the page: the focus goes to its Close. Mutation: no focus on open → fails.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('crisis-note')).toBeNull();
    // Mutation: close without focusing the toggle → fails.
    expect(document.activeElement).toBe(toggle);
  });

  it('speaks Chinese in Chinese', async () => {
    render(() => <CrisisHelp locale="zh-CN" />);
    fireEvent.click(screen.getByRole('button', { name: '需要帮助？' }));
    expect((await screen.findByTestId('crisis-note')).textContent).toContain('全国心理援助热线 12356');
  });
});

describe('the crisis control is on every screen', () => {
  it('on the lock screen, before the passphrase field', () => {
    // The vault is not touched until the passphrase is submitted.
    render(() => <LockScreen vault={{} as Vault} locale="zh-CN" wipe={() => Promise.reject(new Error('unused'))} />);
    const main = screen.getByRole('main');
    const toggle = within(main).getByRole('button', { name: '需要帮助？' });
    // Mutation: CrisisHelp removed from LockScreen → fails.
    const field = within(main).getByLabelText('密码');
    expect(toggle.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('in the app’s header, and on the neutral screen after Quick hide', async () => {
    const view = await renderPlanner(() => <App />, { locale: 'en', seed: 'example' });
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Need help?' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Quick hide' }));
    const neutral = await screen.findByTestId('neutral-screen');
    // Mutation: CrisisHelp removed from NeutralScreen → fails.
    fireEvent.click(within(neutral).getByRole('button', { name: 'Need help?' }));
    expect((await within(neutral).findByTestId('crisis-note')).textContent).toContain('12356');
    fireEvent.click(within(neutral).getByRole('button', { name: 'Back' }));
    view.unmount();
  });
});
