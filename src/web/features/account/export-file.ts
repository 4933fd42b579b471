/** The name of the export download: `pacewise-export-YYYY-MM-DD.json`, dated in the person's zone. */
import type { LocalDate } from '../../../core/calendar.js';
import { offerDownload } from '../../lib/download.js';

/** The file name for an export made on the person's calendar day `day`. */
export function exportFileName(day: LocalDate): string {
  return `pacewise-export-${day}.json`;
}

/** Offers text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  offerDownload(new Blob([text], { type }), fileName);
}
