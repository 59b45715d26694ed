define([], function () {
  return {
    WebPart: {
      Loading: 'Loading the report…',
      LoadFailed: 'The report could not be loaded. Reload the page to try again.'
    },
    Report: {
      Title: 'Clean out content',
      Intro: 'Pages, news and guides that are past their review date, have not been changed for a long time, have no owner or whose owner has left. The most stale come first.',
      Loading: 'Loading content and owners…',
      LoadFailed: 'The report could not be loaded.',
      Retry: 'Try again',
      Reload: 'Reload the page',
      OnlyEditors: 'This report is for editors only.',
      OnlyEditorsDetail: 'You cannot edit any of the hub sites or the shared site. Contact the communications team if you need to clean out content.',
      NothingToDo: 'Nothing needs doing right now with these filters.',
      GuidesMissing: 'Guides are not included: the guide list does not exist or could not be read.',
      PartFailed: 'Some of it could not be read ({0}). The rest is shown.',
      OwnersSource: 'the owners\' accounts',
      Showing: 'Showing {0} of {1}',
      ShowMore: 'Show more',
      Sites: 'Sites in the report: {0}'
    },
    Summary: {
      Caption: 'Status per municipality',
      Municipality: 'Municipality',
      Shared: 'Shared',
      Fresh: 'Fresh',
      Due: 'Due soon',
      Stale: 'Stale',
      Total: 'Total'
    },
    Filters: {
      Label: 'Filters',
      Kind: 'Kind',
      Owner: 'Owner',
      Site: 'Site',
      All: 'All',
      NoOwner: 'No owner',
      AttentionOnly: 'Show only what needs attention'
    },
    Kinds: { page: 'Page', news: 'News', guide: 'Guide' },
    Columns: {
      Select: 'Select',
      SelectItem: 'Select {0}',
      SelectAll: 'Select all shown',
      Title: 'Title',
      Kind: 'Kind',
      Site: 'Site',
      Owner: 'Owner',
      Status: 'Status',
      Review: 'Review',
      Contact: 'Contact the owner'
    },
    Status: { fresh: 'Fresh', due: 'Due soon', stale: 'Stale' },
    Reasons: {
      reviewOverdue: 'past its review date',
      noReviewDate: 'no dates',
      unchanged: 'not changed for long',
      noOwner: 'no owner',
      ownerLeft: 'owner has left'
    },
    OverdueDays: '{0} days late',
    DueToday: 'today',
    DueInDays: 'in {0} days',
    NoOwner: 'No owner',
    OwnerLeft: '(has left)',
    Actions: {
      Label: 'Actions for the selected',
      Selected: '{0} selected',
      SelectedOne: '{0} selected',
      MarkReviewed: 'Mark as reviewed',
      HandOver: 'Hand over',
      Unpublish: 'Unpublish',
      HandOverTitle: 'Hand over to a new owner',
      HandOverText: 'The new owner becomes responsible for reviewing the content.',
      HandOverLabel: 'E-mail address of the new owner',
      HandOverConfirm: 'Hand over',
      UnpublishTitle: 'Unpublish the selected content?',
      UnpublishText: 'Pages and news become drafts only editors see. Guides cannot be unpublished from here.',
      UnpublishConfirm: 'Unpublish',
      Cancel: 'Cancel',
      Working: 'Saving…',
      Done: '{0} updated.',
      Failed: '{0} could not be updated: {1}',
      MailLabel: 'E-mail {0} about {1}',
      TeamsLabel: 'Chat in Teams with {0} about {1}',
      Mail: 'E-mail',
      Teams: 'Teams',
      MailSubject: 'Time to review: {0}',
      MailBody: 'Hello! You are the owner of {0} ({1}). Could you check whether the content is still right?',
      TeamsMessage: 'Hello! Could you check whether {0} is still right? {1}'
    },
    Errors: {
      forbidden: 'you do not have permission',
      signedOut: 'your sign-in has expired, reload the page to sign in again',
      notFound: 'not found',
      throttled: 'too many requests right now, try again in a moment',
      unavailable: 'the service is not answering right now',
      network: 'no connection to the server',
      config: 'the municipality configuration is missing or invalid',
      notSupported: 'not possible for this kind',
      unknown: 'an unexpected error'
    }
  };
});
