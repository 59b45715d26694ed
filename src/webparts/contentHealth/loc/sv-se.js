define([], function () {
  return {
    WebPart: {
      Loading: 'Hämtar rapporten…',
      LoadFailed: 'Rapporten kunde inte läsas in. Ladda om sidan för att försöka igen.'
    },
    Report: {
      Title: 'Städa innehåll',
      Intro: 'Sidor, nyheter och guider som har passerat sitt granskningsdatum, inte ändrats på länge, saknar ägare eller vars ägare har slutat. Det mest inaktuella står först.',
      Loading: 'Hämtar innehåll och ägare…',
      LoadFailed: 'Rapporten kunde inte hämtas.',
      Retry: 'Försök igen',
      Reload: 'Ladda om sidan',
      OnlyEditors: 'Den här rapporten är bara för redaktörer.',
      OnlyEditorsDetail: 'Du har inte redigeringsbehörighet på någon av navsidorna eller den gemensamma webbplatsen. Kontakta kommunikationsavdelningen om du behöver städa innehåll.',
      NothingToDo: 'Inget behöver åtgärdas just nu med de här filtren.',
      GuidesMissing: 'Guider ingår inte: guidelistan finns inte eller kunde inte läsas.',
      PartFailed: 'En del kunde inte läsas ({0}). Resten visas.',
      OwnersSource: 'ägarnas konton',
      Showing: 'Visar {0} av {1}',
      ShowMore: 'Visa fler',
      Sites: 'Webbplatser i rapporten: {0}'
    },
    Summary: {
      Caption: 'Läget per kommun',
      Municipality: 'Kommun',
      Shared: 'Gemensamt',
      Fresh: 'Aktuellt',
      Due: 'Snart dags',
      Stale: 'Inaktuellt',
      Total: 'Totalt'
    },
    Filters: {
      Label: 'Filter',
      Kind: 'Typ',
      Owner: 'Ägare',
      Site: 'Webbplats',
      All: 'Alla',
      NoOwner: 'Utan ägare',
      AttentionOnly: 'Visa bara det som behöver åtgärdas'
    },
    Kinds: { page: 'Sida', news: 'Nyhet', guide: 'Guide' },
    Columns: {
      Select: 'Välj',
      SelectItem: 'Välj {0}',
      SelectAll: 'Välj alla som visas',
      Title: 'Titel',
      Kind: 'Typ',
      Site: 'Webbplats',
      Owner: 'Ägare',
      Status: 'Läge',
      Review: 'Granskas',
      Contact: 'Kontakta ägaren'
    },
    Status: { fresh: 'Aktuellt', due: 'Snart dags', stale: 'Inaktuellt' },
    Reasons: {
      reviewOverdue: 'granskningsdatum passerat',
      noReviewDate: 'saknar datum',
      unchanged: 'inte ändrad på länge',
      noOwner: 'saknar ägare',
      ownerLeft: 'ägaren har slutat'
    },
    OverdueDays: '{0} dagar sen',
    DueToday: 'i dag',
    DueInDays: 'om {0} dagar',
    NoOwner: 'Ingen ägare',
    OwnerLeft: '(har slutat)',
    Actions: {
      Label: 'Åtgärder för valda',
      Selected: '{0} valda',
      SelectedOne: '{0} vald',
      MarkReviewed: 'Markera som granskad',
      HandOver: 'Lämna över',
      Unpublish: 'Avpublicera',
      HandOverTitle: 'Lämna över till en ny ägare',
      HandOverText: 'Den nya ägaren blir ansvarig för att granska innehållet.',
      HandOverLabel: 'Den nya ägarens e-postadress',
      HandOverConfirm: 'Lämna över',
      UnpublishTitle: 'Avpublicera valt innehåll?',
      UnpublishText: 'Sidorna och nyheterna blir utkast som bara redaktörer ser. Guider kan inte avpubliceras härifrån.',
      UnpublishConfirm: 'Avpublicera',
      Cancel: 'Avbryt',
      Working: 'Sparar…',
      Done: '{0} uppdaterade.',
      Failed: '{0} kunde inte uppdateras: {1}',
      MailLabel: 'Skicka e-post till {0} om {1}',
      TeamsLabel: 'Chatta i Teams med {0} om {1}',
      Mail: 'E-post',
      Teams: 'Teams',
      MailSubject: 'Dags att granska: {0}',
      MailBody: 'Hej! Du står som ägare till {0} ({1}). Kan du se över om innehållet fortfarande stämmer?',
      TeamsMessage: 'Hej! Kan du se över om {0} fortfarande stämmer? {1}'
    },
    Errors: {
      forbidden: 'du saknar behörighet',
      signedOut: 'din inloggning har gått ut, ladda om sidan för att logga in igen',
      notFound: 'hittades inte',
      throttled: 'för många anrop just nu, försök igen om en stund',
      unavailable: 'tjänsten svarar inte just nu',
      network: 'ingen kontakt med servern',
      config: 'kommunernas konfiguration saknas eller är felaktig',
      notSupported: 'går inte för den här typen',
      unknown: 'ett oväntat fel'
    }
  };
});
