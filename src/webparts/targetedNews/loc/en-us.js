define([], function () {
  return {
    WebPart: {
      Loading: 'Loading news…',
      LoadFailed: 'The news feed could not be loaded. Reload the page to try again.',
      InvalidProperties: 'Some settings of this web part are not valid and are not used: {0}. The default applies until you choose something else in the web part settings.'
    },
    PropertyPane: {
      Description: 'Shows news aimed at you from the hub sites of your municipalities and the shared site.',
      DisplayGroup: 'Display',
      TitleLabel: 'Title',
      TitlePlaceholder: 'News',
      LayoutLabel: 'Layout',
      LayoutList: 'List',
      LayoutCards: 'Cards',
      ItemCountLabel: 'News items per page',
      BoostedOnTopLabel: 'Boosted news at the top, at most',
      BoostedOnTopDescription: 'Boosted news is shown at the top until its end date, but no longer after publishing than the number of days your organisation has set. A boosted item more than a week older than the newest ordinary news is shown in date order. With 0, no news is shown at the top.',
      SourcesGroup: 'Sources',
      SourcesDescription: 'Choose the sites to read news from. If you choose none, news comes from the user\'s own municipalities and the shared site.',
      SourcesLoading: 'Loading sites…',
      SourcesLoadFailed: 'The list of sites could not be loaded.'
    },
    Feed: {
      DefaultTitle: 'News',
      FilterLabel: 'Show news from',
      FilterAll: 'All',
      ShowMore: 'Show more',
      LoadingMore: 'Loading more news…',
      Loading: 'Loading news…',
      Empty: 'There is no news for you right now.',
      EmptyFiltered: 'There is no news from {0} right now.',
      ErrorTitle: 'The news could not be loaded.',
      SourceFailed: 'News from {0} is missing. {1}',
      SourceErrors: { notFound: 'The site was not found.', forbidden: 'You do not have access to the site.' },
      MoreFailed: 'More news could not be loaded. {0}',
      Boosted: 'Featured',
      MoreLoaded: '{0} more news items are shown.',
      MoreLoadedOne: '{0} more news item is shown.',
      UnknownSources: 'Some of the chosen sites no longer exist and are skipped.',
      From: 'From {0}',
      MustRead: 'Read and confirm',
      ReadBy: 'Read by {0}',
      Overdue: 'Overdue'
    }
  };
});
