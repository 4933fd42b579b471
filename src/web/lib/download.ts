/** Offers bytes to the browser as a file download (an export, an audit log, a visit report). */

/** Starts the download of `blob` as `fileName`, and frees the object URL a little later. */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
