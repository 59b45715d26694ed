define([], function () {
  return {
    WebPart: {
      Loading: 'Loading collaboration…',
      LoadFailed: 'Collaboration could not be loaded. Reload the page to try again.'
    },
    View: {
      Title: 'Work with other municipalities',
      Intro: 'Send a news item to the staff of another municipality instead of writing it again. If you may not publish there, it becomes an offer that their editors answer.',
      Loading: 'Loading news and offers…',
      LoadFailed: 'News and offers could not be loaded.',
      Retry: 'Try again',
      OnlyEditors: 'This is for editors.',
      OnlyEditorsDetail: 'You may not publish news on any municipality\'s hub. Contact the communications department if you want to share news with another municipality.'
    },
    Send: {
      Heading: 'Send a news item',
      From: 'From',
      News: 'News item',
      NoNews: 'There are no published news items to send.',
      To: 'To municipality',
      Audience: 'Who should see it',
      AllStaff: 'All staff',
      Managers: 'Managers',
      Submit: 'Send',
      Sending: 'Sending…',
      Published: 'The news link is published in {0}.',
      AlreadyPublished: 'The news item was already in {0}. No new link was made.',
      Offered: 'You may not publish in {0}. The news item has been offered to its editors.',
      AlreadyOffered: 'The news item is already offered to {0} and awaits an answer.',
      OpenLink: 'Open the news link'
    },
    Offers: {
      Heading: 'Offers to {0}',
      None: 'No offers await an answer.',
      OfferedBy: 'From {0}, offered by {1} {2}',
      Preview: 'Preview',
      HidePreview: 'Hide preview',
      OpenSource: 'Open the original',
      Audience: 'Publish for',
      Accept: 'Publish',
      Decline: 'Decline',
      Reason: 'Why do you decline?',
      ReasonRequired: 'Write a reason.',
      ConfirmDecline: 'Decline the offer',
      Cancel: 'Cancel',
      Accepted: '“{0}” is published.',
      Declined: '“{0}” is declined.'
    },
    Preview: {
      Heading: 'Preview the news feed',
      Intro: 'The latest news in Targeted news as a member of the audience sees them.',
      Municipality: 'Municipality',
      Audience: 'As',
      Caption: 'News for {0} in {1}',
      Empty: 'No news reach this audience.',
      Failed: 'The news feed could not be read.',
      From: 'From {0}'
    },
    Audience: {
      Show: 'Who sees it?',
      Hide: 'Hide recipients',
      Targeted: 'Targeted at {0}.',
      Everyone: 'Not targeted: everyone who can read the site ({0}).'
    },
    Reach: {
      Counting: 'Counting recipients…',
      Reaches: 'Reaches {0} people ({1}).',
      Part: '{0} {1}',
      Failed: 'The number of recipients could not be read.'
    },
    Errors: {
      sameMunicipality: 'The news item is already in that municipality.',
      noAudience: 'Choose who should see the news item.',
      reasonRequired: 'Write a reason.',
      notPending: 'The offer has already been answered.',
      notAllowed: 'You may not publish there.',
      notFound: 'The offer no longer exists.',
      unknownMunicipality: 'The municipality is not in the configuration.',
      forbidden: 'You do not have access to this.',
      unknown: 'Something went wrong. Try again.'
    }
  };
});
