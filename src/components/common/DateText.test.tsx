import * as React from 'react';
import { render } from '@testing-library/react';
import { createFormatter } from '../../core/formatting';
import { DateText } from './DateText';

describe('DateText', () => {
  const now = (): Date => new Date('2026-11-28T10:00:00Z');
  const sv = createFormatter('sv-SE', now);
  const en = createFormatter('en-US', now);

  function timeOf(element: React.ReactElement): HTMLTimeElement | null {
    return render(element).container.querySelector('time');
  }

  it('writes a recent moment relatively, with the date in full as its title', () => {
    const time = timeOf(<DateText iso="2026-11-25T13:05:00Z" formatter={sv} />);
    expect(time?.textContent).toBe('för 3 dagar sedan');
    expect(time?.getAttribute('dateTime')).toBe('2026-11-25T13:05:00Z');
    expect(time?.title).toBe('25 november 2026 kl. 14:05');
  });

  it('writes an older moment as the short date, with the year only in another year', () => {
    expect(timeOf(<DateText iso="2026-10-19T08:00:00Z" formatter={sv} />)?.textContent).toBe('19 okt.');
    expect(timeOf(<DateText iso="2025-10-19T08:00:00Z" formatter={sv} />)?.textContent).toBe('19 okt. 2025');
  });

  it('writes a set day as the date even when it is near', () => {
    const time = timeOf(<DateText iso="2026-11-27" formatter={sv} kind="day" />);
    expect(time?.textContent).toBe('27 nov.');
    expect(time?.title).toBe('27 november 2026');
  });

  it('writes a set day in full with how long ago or ahead', () => {
    const time = timeOf(<DateText iso="2020-03-14" formatter={sv} kind="dayAgo" />);
    expect(time?.textContent).toBe('14 mars 2020 (för 6 år sedan)');
    expect(time?.getAttribute('dateTime')).toBe('2020-03-14');
    expect(time?.title).toBe('14 mars 2020');
    expect(timeOf(<DateText iso="2027-01-10" formatter={en} kind="dayAgo" />)?.textContent).toBe('10 January 2027 (in 1 month)');
  });

  it('writes English dates with the English formatter', () => {
    expect(timeOf(<DateText iso="2026-11-25T13:05:00Z" formatter={en} />)?.textContent).toBe('3 days ago');
    expect(timeOf(<DateText iso="2025-10-19T08:00:00Z" formatter={en} />)?.textContent).toBe('19 Oct 2025');
  });

  it('renders nothing for a missing or unreadable date', () => {
    expect(timeOf(<DateText iso={undefined} formatter={sv} />)).toBeNull();
    expect(timeOf(<DateText iso="not a date" formatter={sv} />)).toBeNull();
  });
});
