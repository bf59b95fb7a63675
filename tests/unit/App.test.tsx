/** The app shell: brand heading, first-visit welcome in the browser's language, and the example flow. */
import { fireEvent, screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { renderPlanner } from '../../src/ui/testing/renderPlanner';

describe('App', () => {
  it('shows the Shore heading and the on-device promise (Chinese browser)', async () => {
    await renderPlanner(() => <App />, { locale: 'zh-CN' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('上岸 Shore');
    expect(await screen.findByText(/只保存在这台设备上/)).toBeInTheDocument();
  });

  it('welcomes an English browser in English, and switches language', async () => {
    await renderPlanner(() => <App />, { locale: 'en' });
    expect(await screen.findByText(/stays on this device/)).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole('button', { name: '中文' })[0]!);
    expect(await screen.findByText(/只保存在这台设备上/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('opens the example and lists its fictional platforms', async () => {
    await renderPlanner(() => <App />, { locale: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Open the example' }));
    // The first open loads the debts screen's modules on demand (vitest transforms them then): up to 10 s under
    // load, where the default 1 s wait timed out. A wait limit, not a speed check (speed is in `npm run bench`).
    expect(await screen.findByRole('heading', { name: 'Your debts' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sample QuickLoan' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Plan' }));
    expect(await screen.findByRole('heading', { name: 'This month' })).toBeInTheDocument();
  });
});
