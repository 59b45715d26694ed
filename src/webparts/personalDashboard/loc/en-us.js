define([], function () {
  return {
    WebPart: {
      Loading: 'Loading your page…',
      LoadFailed: 'My page could not be loaded. Reload the page to try again.',
      InvalidProperties: 'Some settings of this web part are not valid and are not used: {0}. The default applies until you choose something else in the web part settings.'
    },
    PropertyPane: {
      Description: 'Your own page: who you are, news for your department and unit, your calendar, your latest documents, guides and your own links.',
      CalendarGroup: 'Calendar and documents',
      CalendarDaysLabel: 'Days of calendar (today included)',
      DocumentCountLabel: 'Latest documents shown',
      SectionsGroup: 'Sections shown',
      SectionsDescription: 'Hidden sections are not loaded.',
      ShowNews: 'News for your department and unit',
      ShowCalendar: 'Calendar',
      ShowDocuments: 'Latest documents',
      ShowGuides: 'Guides',
      ShowLinks: 'My links'
    },
    Dashboard: {
      Title: 'My page',
      Greeting: 'Hello {0}!',
      Loading: 'Loading…',
      Retry: 'Try again',
      WorksFor: 'Works for',
      ShowFor: 'Show content for',
      ProfileFailed: 'Your details could not be loaded: {0}',
      NewsTitle: 'News for you',
      NewsFor: 'Aimed at {0}',
      NewsEmpty: 'No news aimed at your department or unit right now.',
      AllNews: 'All news',
      CalendarTitle: 'Calendar',
      Today: 'Today',
      Tomorrow: 'Tomorrow',
      AllDay: 'All day',
      NothingBooked: 'Nothing booked.',
      Join: 'Join',
      JoinLabel: 'Join {0} in Teams',
      OpenInOutlook: 'Open {0} in Outlook',
      Now: 'Now',
      DocumentsTitle: 'Latest documents',
      DocumentsEmpty: 'No documents you created, changed or had shared with you yet.',
      ModifiedBy: 'Changed {0} by {1}',
      Modified: 'Changed {0}',
      GuidesTitle: 'Guides',
      GuidesEmpty: 'No guides to show.',
      Pin: 'Pin {0} to the top',
      Unpin: 'Unpin {0}',
      Pinned: 'Pinned',
      LinksTitle: 'My links',
      LinksEmpty: 'Add links you use often. They follow you in SharePoint and Teams.',
      AddLink: 'Add link',
      LinkTitleLabel: 'Name',
      LinkUrlLabel: 'Address',
      SaveLink: 'Save link',
      Cancel: 'Cancel',
      MoveUp: 'Move {0} up',
      MoveDown: 'Move {0} down',
      Remove: 'Remove {0}',
      Saving: 'Saving…',
      Saved: 'Saved.',
      SaveFailed: 'The change could not be saved: {0}',
      LinkTitleMissing: 'Give the link a name.',
      LinkUrlInvalid: 'Enter a web address starting with https://.',
      LinksFull: 'You can have at most 12 links. Remove one to add another.',
      OpensInNewWindow: '(opens in a new window)'
    },
    FileTypes: {
      word: 'Word document',
      excel: 'Excel workbook',
      powerpoint: 'PowerPoint presentation',
      pdf: 'PDF document',
      other: 'File'
    },
    Dates: {
      Today: 'today',
      Yesterday: 'yesterday',
      DaysAgo: '{0} days ago',
      WeekAgo: 'a week ago',
      WeeksAgo: '{0} weeks ago'
    },
    Errors: {
      forbidden: 'you do not have access.',
      notFound: 'it was not found.',
      throttled: 'too many requests right now. Wait a moment and try again.',
      unavailable: 'the service is not answering right now.',
      network: 'no connection to the server. Check your connection.',
      config: 'the Samverka settings of the organisation are missing or invalid. Contact IT support.',
      unknown: 'an unexpected error occurred.'
    },
    Permission: {
      CalendarForbidden: 'Your calendar cannot be shown: the app has not been allowed to read calendars.',
      DocumentsForbidden: 'Your documents cannot be shown: the app has not been allowed to search files.',
      SettingsForbidden: 'Your settings cannot be read: the app has not been allowed to keep settings for you.',
      AdminHint: 'An administrator needs to approve the permission {0} (Microsoft Graph) under Advanced → API access in the SharePoint admin center.'
    }
  };
});
