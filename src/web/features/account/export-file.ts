/** The name of the export download: `pacewise-export-YYYY-MM-DD.json`, dated in the person's zone. */
import type { LocalDate } from '../../../core/calendar.js';

/** The file name for an export made on the person's calendar day `day`. */
export function exportFileName(day: LocalDate): string {
  return `pacewise-export-${day}.json`;
}

/** Offers text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
