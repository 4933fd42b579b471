/** The current moment and the person's calendar day, refreshed each minute while a page is open. */
import { useEffect, useState } from 'react';
import { toLocalDate, type LocalDate } from '../../core/calendar.js';

/** The current time in milliseconds, updated every minute. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** Today in the person's own time zone (not the device's). */
export function useToday(timeZone: string): LocalDate {
  const now = useNow();
  return toLocalDate(new Date(now).toISOString(), timeZone);
}
