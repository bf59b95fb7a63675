import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { onMount, type JSX } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { PlannerProvider, usePlanner } from '../state/PlannerProvider';
import { makeMemoryRepository } from '../../storage';
import { memoryHistory } from '../state/navigation';
import { ServicesProvider, makeMemoryServices } from '../state/services';
import { ScriptsPage } from './ScriptsPage';

function WithExample(props: { children: JSX.Element }) {
  const planner = usePlanner();
  onMount(() => void planner.actions.openExample());
  return <>{props.children}</>;
}

function setup(languages: string[]) {
  const clock = { today: () => '2026-11-28', now: () => '2026-11-28T10:00:00.000Z' };
  let n = 0;
  return render(() => (
    <ServicesProvider services={makeMemoryServices(() => new Date(clock.now()))}>
      <PlannerProvider
        repository={makeMemoryRepository({ now: clock.now })}
        history={memoryHistory()}
        clock={clock}
        languages={languages}
        newId={() => `id-${String(++n)}`}
        saveDelayMs={0}
      >
        <WithExample>
          <ScriptsPage />
        </WithExample>
      </PlannerProvider>
    </ServicesProvider>
  ));
}

describe('ScriptsPage', () => {
  it('writes a script from the plan, switches kind, channel and language, and copies it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    setup(['en']);

    const output = await screen.findByLabelText<HTMLTextAreaElement>('The script');
    expect(output.value).toMatch(/\d+(st|nd|rd|th) of \d+/);
    expect(output.value).toContain('REPAYMENT PROPOSAL');
    expect(screen.getByText(/Never into a personal account/)).toBeInTheDocument();

    const creditor = screen.getByLabelText<HTMLSelectElement>('Creditor');
    expect(creditor.options.length).toBeGreaterThan(1);
    fireEvent.change(creditor, { target: { value: creditor.options[1]!.value } });

    fireEvent.change(screen.getByLabelText('What you need'), { target: { value: 'instalment-request' } });
    await waitFor(() => expect(output.value).toContain('Documents I can provide'));

    fireEvent.click(screen.getByLabelText('In-app message (short)'));
    await waitFor(() => expect(output.value).not.toContain('Documents I can provide:'));

    fireEvent.change(screen.getByLabelText('Language of the script'), { target: { value: 'zh-CN' } });
    // The example's second creditor is a credit card: 个性化分期还款, asked in Chinese.
    await waitFor(() =>
      expect(output.value).toMatch(/我申请与贵行协商个性化分期还款：自\d{4}年\d+月\d+日起每月还款[\d,]+\.\d{2}元/),
    );

    // Copy puts exactly the title and the script on the clipboard.
    // Break: copy() writing '' (or only the title) → fails.
    const title = document.querySelector('#script-output-title')?.textContent ?? '';
    expect(output.value.length).toBeGreaterThan(200);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText).toHaveBeenCalledWith(`${title}\n\n${output.value}`);
    expect(title).toMatch(/App留言/);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();

    // What prints is the whole script, not the textarea's visible lines.
    // Break: the print block showing the title instead of the text → fails.
    expect(screen.getByTestId('script-print').textContent).toBe(output.value);
  }, 20_000);

  it('a settlement above what is owed is refused in the person’s language before any letter is written', async () => {
    setup(['en']);
    await screen.findByLabelText<HTMLTextAreaElement>('The script');
    fireEvent.change(screen.getByLabelText('What you need'), { target: { value: 'settlement-offer' } });
    fireEvent.input(await screen.findByLabelText(/Lump sum you can offer/), { target: { value: '999999' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^The lump sum \(¥999,999\.00\) is more than you owe this creditor \(¥[\d,]+\.\d{2}\)/,
    );
    expect(screen.queryByLabelText('The script')).toBeNull();
  });

  it('every control is labelled, and user text stays text', async () => {
    setup(['zh-CN']);
    const output = await screen.findByLabelText<HTMLTextAreaElement>('话术');
    fireEvent.click(screen.getByText('可选信息'));
    fireEvent.input(screen.getByLabelText('你的姓名'), { target: { value: '<img src=x onerror=alert(1)>' } });
    await waitFor(() => expect(output.value).toContain('<img src=x onerror=alert(1)>'));
    expect(document.querySelector('img')).toBeNull();
    for (const control of document.querySelectorAll('input, select, textarea')) {
      const labelled =
        control.closest('label') !== null ||
        (control.id !== '' && document.querySelector(`label[for="${control.id}"]`) !== null);
      expect(labelled, control.outerHTML).toBe(true);
    }
  });
});
