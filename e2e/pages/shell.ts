/** Page model of the person's frame (issue 15): the tab bar, the More page, and the size of what a finger taps. */
import type { Page } from 'playwright-core';
import { PASSWORD } from './models.js';

const PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 7, preferredTimes: ['morning'], equipment: ['chair'], likes: ['walking'], painToday: 4,
  safety: { heart_condition: false },
};

/** A target smaller than 44 × 44 px: what it is and its size. */
export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

export const shell = {
  /** The bottom tab bar. */
  tabs: (page: Page) => page.getByRole('navigation', { name: 'Main' }),

  /** Opens a tab by its name. */
  async openTab(page: Page, name: 'Today' | 'Plan' | 'Journal' | 'Insights' | 'More'): Promise<void> {
    await shell.tabs(page).getByRole('link', { name, exact: true }).click();
  },

  /** Opens an item of the More page by its name. */
  async openFromMore(page: Page, name: string | RegExp): Promise<void> {
    await shell.openTab(page, 'More');
    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
    await page.getByRole('main').getByRole('link', { name }).click();
  },

  /** A person with an intake and two weeks of check-ins, signed up through the API in this page's context. */
  async signUpWithJournal(page: Page, email: string): Promise<void> {
    const signup = await page.request.post('/api/auth/signup', { data: { email, password: PASSWORD, name: 'Maya', timeZone: 'Europe/Berlin' } });
    if (signup.status() !== 201) throw new Error(`sign-up answered ${signup.status()}`);
    if ((await page.request.put('/api/me/profile', { data: PROFILE })).status() !== 200) throw new Error('profile not saved');
    for (let day = 14; day >= 1; day--) {
      const at = new Date(Date.now() - day * 86_400_000).toISOString();
      await page.request.post('/api/me/checkins', { data: { at, pain: day > 7 ? 6 : 4, areas: ['lower_back'] } });
    }
  },

  /**
   * Every visible link, button, and body-map label under 44 × 44 px. Links inside running text
   * (a paragraph or list item with words around the link) meet WCAG 2.2's spacing exception and
   * are listed apart.
   */
  async smallTargets(page: Page): Promise<{ small: SmallTarget[]; inline: SmallTarget[] }> {
    return page.evaluate(() => {
      const small: SmallTarget[] = [];
      const inline: SmallTarget[] = [];
      const targets = document.querySelectorAll<Element>('a[href], button, [role="button"], .body-region__hit, summary');
      for (const element of targets) {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
        if (element.closest('.visually-hidden, .skip-link')) continue;
        if (box.width >= 43.5 && box.height >= 43.5) continue;
        const what = `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
        const parent = element.parentElement;
        const inText = element.tagName === 'A' && parent !== null && (parent.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 10;
        (inText ? inline : small).push({ what, width: Math.round(box.width), height: Math.round(box.height) });
      }
      return { small, inline };
    });
  },

  /** Whether the page's last words (the footer's) end above the tab bar once scrolled to the bottom. */
  async isFooterClearOfTabs(page: Page): Promise<boolean> {
    return page.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((done) => requestAnimationFrame(() => done(null)));
      const footer = document.querySelector('.site-footer p:last-child')?.getBoundingClientRect();
      const bar = document.querySelector('.tabbar')?.getBoundingClientRect();
      return footer !== undefined && bar !== undefined && footer.bottom <= bar.top + 1;
    });
  },
};
