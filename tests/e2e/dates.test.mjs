// End to end: one date style on every page that lists things (issue 15). News, Min sida and Sök
// write each date the same way: relative up to a week ("i går", "för 3 dagar sedan"), then the
// day ("19 okt.", with the year only when it is not this one), in a <time> whose title is the
// date in full; in the English UI, English dates ("19 Oct", "3 days ago").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useStack } from './support.mjs';

const stack = useStack({ seed: 42 });

const STYLES = {
  sv: {
    relative: /^(i dag|i går|för [2-6] dagar sedan)$/,
    day: /^(\d{1,2}) ([a-zåäö]{3,4})\.?( (\d{4}))?$/,
    full: /^(\d{1,2}) ([a-zåäö]+) (\d{4})/
  },
  en: {
    relative: /^(today|yesterday|[2-6] days ago)$/,
    day: /^(\d{1,2}) ([A-Z][a-z]{2,3})( (\d{4}))?$/,
    full: /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})/
  }
};

const thisYear = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()));

async function open(params, ready) {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  await page.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: 'anna', view: 'sharepoint', ...params })}`);
  await page.locator(ready).first().waitFor({ timeout: 30000 });
  if (params.page === 'dashboard') {
    // Min sida loads its sections one by one: wait until none says it is loading.
    await page.locator('[data-section="news"] time').first().waitFor({ timeout: 30000 });
    await page.waitForFunction(() => !document.querySelector('[data-section] [role="status"]:not(:empty)') || document.querySelector('[data-section="links"]'));
  }
  return { page, context };
}

/** Every <time> in the web parts: its text and title. */
function datesOf(page) {
  return page.locator('[data-webpart] time').evaluateAll((times) => times.map((t) => ({ text: (t.textContent || '').trim(), title: t.getAttribute('title') || '' })));
}

/** Each date in the one style of its language; the lines that are not, for the failure message. */
function offStyle(dates, lang) {
  const style = STYLES[lang];
  const wrong = [];
  for (const { text, title } of dates) {
    const full = style.full.exec(title);
    if (!full) {
      wrong.push(`"${text}" has no full date as its title ("${title}")`);
      continue;
    }
    if (style.relative.test(text)) continue;
    const day = style.day.exec(text);
    if (!day) {
      wrong.push(`"${text}" is neither relative nor "19 okt."`);
      continue;
    }
    // The same day and month as the full date; the year exactly when it is not this year.
    const sameDay = day[1] === full[1] && full[2].toLowerCase().startsWith(day[2].toLowerCase());
    const yearRight = day[4] ? Number(day[4]) !== thisYear && day[4] === full[3] : Number(full[3]) === thisYear;
    if (!sameDay || !yearRight) wrong.push(`"${text}" does not match its title "${title}"`);
  }
  return wrong;
}

describe('One date style', () => {
  for (const [name, params, ready] of [
    ['the news feed', { layout: 'list' }, '[data-webpart="targeted-news"] time'],
    ['Min sida', { page: 'dashboard' }, '[data-section="documents"] time'],
    ['Sök', { page: 'sok', q: 'lön' }, '[data-webpart="search"] article time']
  ]) {
    test(`${name} writes every date relative up to a week, then "19 okt.", with the full date on hover`, async () => {
      const { page, context } = await open(params, ready);
      try {
        const dates = await datesOf(page);
        assert.ok(dates.length >= 3, `${name}: only ${dates.length} dates shown`);
        console.log(`${name}: ${dates.length} dates, e.g. ${dates.slice(0, 4).map((d) => `"${d.text}" (${d.title})`).join(', ')}`);
        assert.deepEqual(offStyle(dates, 'sv'), [], `${name}: ${JSON.stringify(dates)}`);
        // The feed's words of old ("för en vecka sedan", "19 oktober 2026", "2020-03-14") are gone.
        const texts = dates.map((d) => d.text).join(' | ');
        assert.doesNotMatch(texts, /vecka|veckor|\d{4}-\d{2}-\d{2}|[a-zåäö]{5,} \d{4}/, texts);
      } finally {
        await context.close();
      }
    });
  }

  test('the English UI writes English dates: "3 days ago", "19 Oct"', async () => {
    const { page, context } = await open({ layout: 'list', lang: 'en' }, '[data-webpart="targeted-news"] time');
    try {
      const dates = await datesOf(page);
      assert.ok(dates.length >= 3, `only ${dates.length} dates shown`);
      assert.deepEqual(offStyle(dates, 'en'), [], JSON.stringify(dates));
    } finally {
      await context.close();
    }
  });
});
