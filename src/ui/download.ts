/**
 * Hands a file made on the device to the person as a download, through a Blob URL: nothing
 * goes over the network. Used by exports (CSV, ICS) and backups.
 */

/** Offer `text` as a file download named `fileName`. */
export function download(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
