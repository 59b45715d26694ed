import * as React from 'react';
import { stockholmDate } from '../../core/dashboardRules';

/** How often an open page looks at the clock; nothing is fetched unless the day has changed. */
export const DAY_CHECK_MS = 60000;

/**
 * "Now" for the dashboard: read once, so that the sections and "today" agree and effects do not
 * rerun, and read again when the Stockholm calendar day has changed, checked every minute and
 * when the page or tab is shown again. A Teams tab left open overnight shows the new day's
 * calendar in the morning. A fixed `now` (tests, a linked day) never moves.
 */
export function useDayClock(fixed: Date | undefined, clock: () => Date = () => new Date()): Date {
  const [now, setNow] = React.useState<Date>(() => fixed || clock());
  const clockRef = React.useRef(clock);
  clockRef.current = clock;

  React.useEffect(() => {
    if (fixed) {
      return undefined;
    }
    const check = (): void => {
      const current = clockRef.current();
      setNow(previous => (stockholmDate(current) === stockholmDate(previous) ? previous : current));
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') {
        check();
      }
    };
    const timer = window.setInterval(check, DAY_CHECK_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('focus', check);
    };
  }, [fixed]);

  return fixed || now;
}
