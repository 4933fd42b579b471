/** Page model for a clinician's own exercise (issue 11): the editor's fields and a photo to upload. */
import type { Page } from 'playwright-core';
import sharp from 'sharp';

/** The photo's description, as Lena writes it. */
export const ALT = 'A man stands up from a wooden chair, arms crossed over his chest.';

/** A photo-like JPEG (a figure rising from a chair) carrying EXIF with a GPS position. */
export async function chairPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="1600" height="1200" fill="#e8e2d6"/>
    <rect x="500" y="700" width="360" height="40" fill="#8a5a2b"/><rect x="500" y="740" width="30" height="300" fill="#8a5a2b"/><rect x="830" y="740" width="30" height="300" fill="#8a5a2b"/><rect x="500" y="380" width="30" height="360" fill="#8a5a2b"/>
    <circle cx="900" cy="300" r="80" fill="#c58c6b"/><rect x="850" y="380" width="110" height="320" rx="40" fill="#3f6e8c"/><rect x="860" y="690" width="45" height="360" rx="20" fill="#2c3e50"/><rect x="910" y="690" width="45" height="360" rx="20" fill="#2c3e50"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } }).toBuffer();
}

/** Fills the editor with "Chair stand with a pause" and picks the sit-to-stand drawing. */
export async function fillExercise(page: Page): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill('Chair stand with a pause');
  await page.getByLabel('What it is for').fill('Stronger legs for getting up from a chair.');
  await page.getByRole('group', { name: 'Positions' }).getByLabel('Seated').check();
  await page.getByRole('group', { name: 'Positions' }).getByLabel('Standing').check();
  await page.getByRole('group', { name: 'Limbs it moves' }).getByLabel('Legs').check();
  await page.getByRole('group', { name: 'Equipment needed' }).getByLabel('Chair').check();
  await page.getByRole('group', { name: 'Pain areas it helps' }).getByLabel('Knee').check();
  await page.getByLabel('Step 1', { exact: true }).fill('Sit near the front of a steady chair, feet flat.');
  await page.getByLabel('Step 2', { exact: true }).fill('Lean forward a little and stand up slowly.');
  await page.getByLabel('Step 3', { exact: true }).fill('Pause for a breath, then sit down slowly.');
  await page.getByLabel('Breathing').fill('Breathe out as you stand, in as you sit.');
  await page.getByLabel('What it should feel like').fill('Work in the thighs, easy on the knees.');
  await page.getByLabel('When to stop').fill('Sharp knee pain: stop and rest.');
  await page.getByLabel('Sets').fill('2');
  await page.getByLabel('Repetitions').fill('6');
  await page.getByLabel('Search the drawings').fill('sit to stand');
  await page.getByRole('radio', { name: /^Sit-to-stand$|^Sit to stand$/i }).first().check();
}

