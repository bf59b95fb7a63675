/**
 * The counsellor's QR screen in jsdom (services stubbed; the real frames and codes are covered in
 * Chromium by tests/e2e/qrHandover.test.ts): nothing is made before the button; the 12 digits
 * given to the export are the ones shown; k and n follow from the payload size; attachments left
 * out are counted; the loop advances, pauses and stops; failures say to use the file.
 */
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPlanner } from '../testing/renderPlanner';
import { QrShow } from './QrShow';
import { FRAME_INTERVAL_MS } from './qrCanvas';

afterEach(() => {
  vi.useRealTimers();
});

async function showWith(payloadBytes: number, attachmentsLeftOut: number, locale: 'zh-CN' | 'en') {
  const rendered = await renderPlanner(() => <QrShow />, { seed: 'example', locale });
  const passphrases: string[] = [];
  rendered.services.data.exportHandover = (options) => {
    passphrases.push(options.passphrase);
    return Promise.resolve({ payload: new Uint8Array(payloadBytes).fill(7), attachmentsLeftOut });
  };
  return { ...rendered, passphrases };
}

describe('QrShow', () => {
  it('shows the digits it encrypted with and a loop of 2k codes, which plays, pauses and stops', async () => {
    const { passphrases, container } = await showWith(3000, 2, 'zh-CN');
    expect(container.querySelector('canvas')).toBeNull();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    fireEvent.click(screen.getByRole('button', { name: '显示二维码' }));
    // vi.waitFor (not findBy…) so the faked setInterval does not stall the polling.
    const loop = await vi.waitFor(() => screen.getByRole('img'));
    expect(passphrases).toHaveLength(1);
    // The digits shown are the ones the file was encrypted with, in groups of three.
    expect(screen.getByTestId('qr-passphrase').textContent).toBe(passphrases[0]!.replace(/(\d{3})(?=\d)/g, '$1 '));
    // 3,000 bytes at 560-byte blocks: k = ⌈3000 / 560⌉ = 6 codes needed, n = 2k = 12 shown.
    expect(loop.dataset).toMatchObject({ frameCount: '12', framesNeeded: '6', frameIndex: '0' });
    expect(loop.getAttribute('aria-label')).toContain('共12个码，一个接一个显示');
    expect(screen.getByText('共12个码，扫到其中任意6个就够了，顺序不限。')).toBeTruthy();
    expect(screen.getByText('催收记录里有2个照片或录音没有放进二维码，请用备份文件另外交给客户。')).toBeTruthy();

    vi.advanceTimersByTime(FRAME_INTERVAL_MS * 3);
    expect(loop.dataset.frameIndex).toBe('3');
    vi.advanceTimersByTime(FRAME_INTERVAL_MS * 9);
    expect(loop.dataset.frameIndex).toBe('0'); // 12 codes: round again
    // Mutation: keep the interval running while paused → the index moves on → fails.
    fireEvent.click(screen.getByRole('button', { name: '暂停二维码' }));
    expect(screen.getByRole('button', { name: '继续播放二维码' }).getAttribute('aria-pressed')).toBe('true');
    vi.advanceTimersByTime(FRAME_INTERVAL_MS * 5);
    expect(loop.dataset.frameIndex).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: '继续播放二维码' }));
    vi.advanceTimersByTime(FRAME_INTERVAL_MS);
    expect(loop.dataset.frameIndex).toBe('1');

    fireEvent.click(screen.getByRole('button', { name: '不再显示二维码' }));
    expect(container.querySelector('canvas')).toBeNull();
    expect(screen.queryByTestId('qr-passphrase')).toBeNull();
    expect(screen.getByRole('button', { name: '显示二维码' })).toBeTruthy();
  });

  it('says to use the backup file when the file is too large or the export fails', async () => {
    // 110,001 bytes need 101 codes of 1,100 bytes: more than the 100 a loop shows.
    await showWith(110_001, 0, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Show the QR codes' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This client’s file is too large for QR codes. Use the backup file instead.',
    );

    const failing = await renderPlanner(() => <QrShow />, { seed: 'example', locale: 'en' });
    failing.services.data.exportHandover = () => Promise.reject(new Error('locked'));
    fireEvent.click(failing.getByRole('button', { name: 'Show the QR codes' }));
    await waitFor(() =>
      expect(failing.getByRole('alert').textContent).toBe(
        'The QR codes could not be made. Nothing was changed. Use the backup file instead.',
      ),
    );
  });
});
