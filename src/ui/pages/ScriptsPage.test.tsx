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
    await waitFor(() => expect(output.value).toContain('Documents to prepare'));

    fireEvent.click(screen.getByLabelText('In-app message (short)'));
    await waitFor(() => expect(output.value).not.toContain('Documents to prepare:'));

    fireEvent.change(screen.getByLabelText('Language of the script'), { target: { value: 'zh-CN' } });
    await waitFor(() => expect(output.value).toMatch(/第 \d+ 位（共 \d+ 个平台）|停息挂账/));

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
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
