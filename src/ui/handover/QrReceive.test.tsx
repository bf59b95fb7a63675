/**
 * The phone's scanning screen in jsdom. The camera module is replaced by one that "reads" given
 * QR texts (the real camera and decoder run in Chromium in tests/e2e/qrHandover.test.ts), so the
 * screen's own steps are checked: nothing asked of the camera before the tap, progress as codes
 * collected / needed, the camera stopped when all are in, a wrong or short passphrase changing
 * nothing and saying so, and the right one handing the file's import plan to the page. Without a
 * camera API, or with the camera refused, the screen says so plainly.
 */
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { makeFrames } from '../../handover/frames';
import type { ImportPlan } from '../state/services';
import { renderPlanner } from '../testing/renderPlanner';
import * as camera from './camera';
import { QrReceive } from './QrReceive';

vi.mock('./camera', async (importOriginal) => {
  const actual = await importOriginal<typeof camera>();
  return { ...actual, startScan: vi.fn(actual.startScan) };
});

const PLAN: ImportPlan = {
  adds: ['周女士'],
  replaces: [],
  skipsEmpty: 0,
  recordCount: 3,
  replacesSettings: false,
  keepsSettings: false,
  apply: () => Promise.resolve(),
};

describe('QrReceive', () => {
  it('collects the codes, stops the camera, and opens the file only with the right 12 digits', async () => {
    const payload = Uint8Array.from({ length: 100 }, (_, index) => index);
    const frames = await makeFrames(payload, { blockSize: 25 }); // k = 4, n = 8
    const stop = vi.fn();
    let feed: (text: string) => void = () => undefined;
    vi.mocked(camera.startScan).mockImplementationOnce((_video, onText) => {
      feed = onText;
      return Promise.resolve({ stop });
    });
    const plans: ImportPlan[] = [];
    const errors: unknown[] = [];
    const { services } = await renderPlanner(
      () => <QrReceive onPlan={(plan) => plans.push(plan)} onError={(error) => errors.push(error)} />,
      { locale: 'en' },
    );
    const opened: { payload: number[]; passphrase: string }[] = [];
    services.data.openHandover = (bytes, passphrase) => {
      opened.push({ payload: [...bytes], passphrase });
      return passphrase === '482715390628'
        ? Promise.resolve('{"backup":true}')
        : Promise.reject(Object.assign(new Error('wrong'), { code: 'wrong-passphrase' }));
    };
    const prepared: string[] = [];
    services.data.prepareImport = (text) => {
      prepared.push(text);
      return Promise.resolve(PLAN);
    };
    expect(camera.startScan).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Scan the QR codes' }));
    await waitFor(() => expect(camera.startScan).toHaveBeenCalledTimes(1));
    expect(screen.getByLabelText('Camera view').tagName).toBe('VIDEO');
    // Codes 7, 2, 2 (read twice), another QR code, 5, then 0: four distinct codes complete it.
    for (const text of [frames.texts[7]!, frames.texts[2]!, frames.texts[2]!, 'WIFI:S:cafe;;']) feed(text);
    await waitFor(() => expect(screen.getByTestId('qr-scan-progress').textContent).toBe('Received 2 of 4 codes'));
    expect(stop).not.toHaveBeenCalled();
    feed(frames.texts[5]!);
    feed(frames.texts[0]!);
    const input = await screen.findByLabelText('The 12 digits your counsellor reads to you');
    // Mutation: leave the camera running once the codes are in → fails.
    expect(stop).toHaveBeenCalled();
    expect(screen.getByTestId('qr-scan-message').textContent).toBe('All the codes are in. The camera is off.');
    expect(screen.queryByLabelText('Camera view')).toBeNull();

    fireEvent.input(input, { target: { value: '4827' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the file' }));
    expect(screen.getByTestId('qr-scan-message').textContent).toBe('Please type all 12 digits.');
    expect(opened).toEqual([]);

    fireEvent.input(input, { target: { value: '482 715 390 629' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the file' }));
    await waitFor(() =>
      expect(screen.getByTestId('qr-scan-message').textContent).toBe(
        'These digits do not open the file. Nothing was changed. Ask your counsellor to read them again.',
      ),
    );
    expect(prepared).toEqual([]);
    expect(plans).toEqual([]);

    fireEvent.input(screen.getByLabelText('The 12 digits your counsellor reads to you'), {
      target: { value: '４８２ ７１５ ３９０ ６２８' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open the file' }));
    await waitFor(() => expect(plans).toEqual([PLAN]));
    // The rebuilt payload went to openHandover as it was made; its text to prepareImport, as a file's would.
    expect(opened.at(-1)).toEqual({ payload: [...payload], passphrase: '482715390628' });
    expect(prepared).toEqual(['{"backup":true}']);
    expect(errors).toEqual([]);
  });

  it('says plainly when there is no camera API, or the camera is refused', async () => {
    await renderPlanner(() => <QrReceive onPlan={() => undefined} onError={() => undefined} />, { locale: 'zh-CN' });
    // jsdom has no navigator.mediaDevices: the real startScan throws 'unsupported'.
    fireEvent.click(screen.getByRole('button', { name: '扫描二维码' }));
    await waitFor(() =>
      expect(screen.getByTestId('qr-scan-message').textContent).toBe('这个浏览器不能在这里扫码，请改为导入备份文件。'),
    );
    const refused = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.reject(refused) },
    });
    try {
      fireEvent.click(screen.getByRole('button', { name: '扫描二维码' }));
      await waitFor(() =>
        expect(screen.getByTestId('qr-scan-message').textContent).toBe(
          '上岸没有使用摄像头的权限。请在浏览器设置里允许后再试，或者改为导入备份文件。',
        ),
      );
    } finally {
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });
});
