/**
 * Quick entry from a screenshot (issue 8) in jsdom: choosing a picture shows it beside the quick
 * form, the zoom buttons and keys change its scale, two platforms are saved in a row with the
 * picture still shown, and the object URL is revoked on replace, remove and leaving the step.
 * jsdom has no URL.createObjectURL, so it is stubbed here.
 */
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProfileId } from '../../domain/records';
import { SessionPage } from '../pages/SessionPage';
import { renderPlanner } from '../testing/renderPlanner';
import { ZOOM_LEVELS, stepZoom } from './ScreenshotPanel';

const EXAMPLE = 'example' as ProfileId;
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let created: string[];
let revoked: string[];
const original = {
  create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
  revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
};

beforeEach(() => {
  created = [];
  revoked = [];
  URL.createObjectURL = vi.fn(() => {
    const url = `blob:shore-test/${String(created.length + 1)}`;
    created.push(url);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => {
    revoked.push(url);
  });
});

afterEach(() => {
  for (const [key, descriptor] of [
    ['createObjectURL', original.create],
    ['revokeObjectURL', original.revoke],
  ] as const) {
    if (descriptor) Object.defineProperty(URL, key, descriptor);
    else Reflect.deleteProperty(URL, key);
  }
});

function picture(name: string, type = 'image/png'): File {
  return new File([new Blob([PNG_BYTES], { type })], name, { type });
}

async function debtsStep() {
  const rendered = await renderPlanner(() => <SessionPage />, { seed: 'example' });
  fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
  await screen.findByTestId('quick-debt');
  return rendered;
}

function choose(file: File): void {
  fireEvent.change(screen.getByLabelText(/^(Choose a screenshot or photo|Replace it with another picture)$/), {
    target: { files: [file] },
  });
}

async function addPlatform(name: string, principal: string, rate: string): Promise<void> {
  const form = screen.getByTestId('quick-debt');
  fireEvent.input(within(form).getByLabelText('Platform'), { target: { value: name } });
  fireEvent.input(within(form).getByLabelText('Principal owed now'), { target: { value: principal } });
  fireEvent.input(within(form).getByLabelText('Rate (%)'), { target: { value: rate } });
  fireEvent.click(within(form).getByRole('button', { name: 'Add, then enter the next platform' }));
  await within(form).findByText(`Added ${name}.`);
  expect(within(form).getByLabelText('Platform')).toHaveValue('');
}

describe('stepZoom', () => {
  it('steps through the zoom levels and stops at both ends', () => {
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(1.5, -1)).toBe(1);
    expect(stepZoom(1, -1)).toBe(1);
    expect(stepZoom(ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!, 1)).toBe(ZOOM_LEVELS[ZOOM_LEVELS.length - 1]);
    expect(stepZoom(2.5, 1)).toBe(3);
  });
});

describe('ScreenshotPanel in the session’s debts step', () => {
  it('shows a chosen picture, zooms it, and keeps it while two platforms are entered', async () => {
    const { repository, unmount } = await debtsStep();
    const panel = screen.getByTestId('shot-panel');
    expect(panel).toHaveTextContent('Shore does not read the text in the picture for you');
    expect(panel).toHaveTextContent('The picture is not saved and never leaves this device');
    expect(screen.getByLabelText('Choose a screenshot or photo')).toHaveAttribute('accept', 'image/*');
    expect(screen.queryByTestId('shot-image')).toBeNull();

    choose(picture('bill <b>1</b>.png'));
    const image = await screen.findByTestId('shot-image');
    expect(image).toHaveAttribute('src', 'blob:shore-test/1');
    expect(image).toHaveAccessibleName('The picture you chose: bill <b>1</b>.png');
    // The file name is text, never markup.
    expect(panel.querySelector('b')).toBeNull();
    expect(within(panel).getByText('Showing bill <b>1</b>.png.')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('shot-zoom')).toHaveTextContent('Zoom 100%');
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(image).toHaveAttribute('data-scale', '2');
    expect(image.style.width).toBe('200%');
    expect(screen.getByTestId('shot-zoom')).toHaveTextContent('Zoom 200%');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(image).toHaveAttribute('data-scale', '1.5');
    // Keys on the focused picture: + zooms in, 0 fits to the width.
    const viewport = screen.getByRole('region', { name: 'The picture' });
    fireEvent.keyDown(viewport, { key: '+' });
    expect(image).toHaveAttribute('data-scale', '2');
    fireEvent.keyDown(viewport, { key: '0' });
    expect(image).toHaveAttribute('data-scale', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    for (const name of ['Move left', 'Move right', 'Move up', 'Move down'])
      expect(screen.getByRole('button', { name })).toBeEnabled();

    const before = (await repository.loadProfile(EXAMPLE)).debts.length;
    await addPlatform('FirstLend', '800', '0.05');
    await addPlatform('SecondLend', '1,500', '0.04');
    expect(screen.getByTestId('shot-image')).toBe(image);
    expect(image).toHaveAttribute('src', 'blob:shore-test/1');
    expect(image).toHaveAttribute('data-scale', '1.5');
    await waitFor(async () => expect((await repository.loadProfile(EXAMPLE)).debts).toHaveLength(before + 2));
    expect(revoked).toEqual([]);

    // Replacing the picture revokes the old URL and fits the new one to the width.
    choose(picture('app.jpg', 'image/jpeg'));
    await waitFor(() => expect(screen.getByTestId('shot-image')).toHaveAttribute('src', 'blob:shore-test/2'));
    expect(screen.getByTestId('shot-image')).toHaveAttribute('data-scale', '1');
    expect(revoked).toEqual(['blob:shore-test/1']);

    unmount();
    expect(revoked).toEqual(['blob:shore-test/1', 'blob:shore-test/2']);
  });

  it('refuses a file that is not a picture, removes a picture and drops it when the step is left', async () => {
    await debtsStep();
    choose(new File(['a,b'], 'debts.csv', { type: 'text/csv' }));
    expect(within(screen.getByTestId('shot-panel')).getByRole('alert')).toHaveTextContent(
      'That file is not a picture.',
    );
    expect(created).toEqual([]);

    choose(picture('one.png'));
    await screen.findByTestId('shot-image');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the picture' }));
    expect(screen.queryByTestId('shot-image')).toBeNull();
    expect(revoked).toEqual(['blob:shore-test/1']);
    expect(screen.getByLabelText('Choose a screenshot or photo')).toHaveFocus();

    choose(picture('two.png'));
    await screen.findByTestId('shot-image');
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(screen.getByTestId('session-step')).toHaveTextContent('Income'));
    expect(screen.queryByTestId('shot-panel')).toBeNull();
    expect(revoked).toEqual(['blob:shore-test/1', 'blob:shore-test/2']);
  });
});
