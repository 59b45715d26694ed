define([], function () {
  return {
    WebPart: {
      Loading: 'Hämtar nyheter…',
      LoadFailed: 'Nyhetsflödet kunde inte läsas in. Ladda om sidan för att försöka igen.',
      InvalidProperties: 'Några inställningar i webbdelen är ogiltiga och används inte: {0}. Standardvärdet gäller tills du väljer något annat i webbdelens inställningar.'
    },
    PropertyPane: {
      Description: 'Visar nyheter från dina kommuners navsidor och den gemensamma webbplatsen, riktade till dig.',
      DisplayGroup: 'Visning',
      TitleLabel: 'Rubrik',
      TitlePlaceholder: 'Nyheter',
      LayoutLabel: 'Layout',
      LayoutList: 'Lista',
      LayoutCards: 'Kort',
      ItemCountLabel: 'Antal nyheter per sida',
      BoostedOnTopLabel: 'Utvalda nyheter överst, högst',
      BoostedOnTopDescription: 'Utvalda nyheter visas överst till sitt slutdatum, men högst så många dagar efter publiceringen som organisationen har bestämt. En utvald nyhet som är mer än en vecka äldre än den senaste vanliga nyheten visas i datumordning. Med 0 visas ingen nyhet överst.',
      SourcesGroup: 'Källor',
      SourcesDescription: 'Välj vilka webbplatser nyheterna hämtas från. Väljer du ingen, hämtas de från användarens egna kommuner och den gemensamma webbplatsen.',
      SourcesLoading: 'Hämtar webbplatser…',
      SourcesLoadFailed: 'Listan över webbplatser kunde inte hämtas.'
    },
    Feed: {
      DefaultTitle: 'Nyheter',
      FilterLabel: 'Visa nyheter från',
      FilterAll: 'Alla',
      ShowMore: 'Visa fler',
      LoadingMore: 'Hämtar fler nyheter…',
      Loading: 'Hämtar nyheter…',
      Empty: 'Det finns inga nyheter till dig just nu.',
      EmptyFiltered: 'Det finns inga nyheter från {0} just nu.',
      ErrorTitle: 'Nyheterna kunde inte hämtas.',
      SourceFailed: 'Nyheter från {0} saknas. {1}',
      SourceErrors: { notFound: 'Webbplatsen hittades inte.', forbidden: 'Du har inte behörighet till webbplatsen.' },
      MoreFailed: 'Fler nyheter kunde inte hämtas. {0}',
      Boosted: 'Utvald',
      MoreLoaded: '{0} nyheter till visas.',
      MoreLoadedOne: '{0} nyhet till visas.',
      UnknownSources: 'Några av de valda webbplatserna finns inte längre och hoppas över.',
      From: 'Från {0}',
      MustRead: 'Läs och bekräfta',
      ReadBy: 'Läs senast {0}',
      Overdue: 'Försenad'
    }
  };
});
