/**
 * Draws one handover frame's text as a QR code on a canvas (the `qr` library's encoder): error
 * correction level M (15 %: a phone camera sees glare and blur, not damage), a quiet zone of 4
 * modules as the QR standard asks, whole pixels per module so no module is smeared.
 */
import encodeQR from 'qr';

/**
 * How long each code of the loop stays on screen: under three changes a second (WCAG 2.3.1's
 * flash threshold), and long enough for a phone to read most codes on the first pass.
 */
export const FRAME_INTERVAL_MS = 350;

/** Modules of quiet zone around the code (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/** The dark/light modules of `text`'s QR code, quiet zone included. */
export function qrModules(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE });
}

/** The QR version (1–40) of a module grid drawn by `qrModules`. */
export function qrVersion(modules: readonly (readonly boolean[])[]): number {
  return (modules.length - 2 * QUIET_ZONE - 17) / 4;
}

/** Paint `modules` on `canvas` at `scale` pixels a module (black on white, whatever the theme). */
export function drawQr(canvas: HTMLCanvasElement, modules: readonly (readonly boolean[])[], scale: number): void {
  const size = modules.length * scale;
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#000000';
  for (const [row, line] of modules.entries()) {
    // One rectangle per run of dark modules.
    let start = -1;
    for (let column = 0; column <= line.length; column += 1) {
      const dark = column < line.length && line[column] === true;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        context.fillRect(start * scale, row * scale, (column - start) * scale, scale);
        start = -1;
      }
    }
  }
}
