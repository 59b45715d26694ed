define([], function () {
  return {
    Locale: 'en-US',
    Loading: 'Loading…',
    Retry: 'Try again',
    Reload: 'Reload the page',
    DateField: {
      Format: 'YYYY-MM-DD',
      OpenCalendar: 'Choose a date in the calendar',
      GoToToday: 'Go to today',
      PreviousMonth: 'Previous month',
      NextMonth: 'Next month',
      PreviousYear: 'Previous year',
      NextYear: 'Next year',
      Close: 'Close the calendar',
      Week: 'Week {0}',
      Invalid: 'Write the date as YYYY-MM-DD, for example 2026-12-07.'
    },
    Errors: {
      forbidden: 'You do not have access to this.',
      signedOut: 'You are no longer signed in. Reload the page to sign in again.',
      notFound: 'It was not found.',
      throttled: 'Too many requests right now. Wait a moment and try again.',
      unavailable: 'The service is not answering right now. Try again in a while.',
      network: 'No contact with the server. Check your connection.',
      config: 'The organisation\'s intranet settings are missing or invalid. Contact IT support.',
      unknown: 'Something went wrong.'
    }
  };
});
