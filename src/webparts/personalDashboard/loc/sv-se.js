define([], function () {
  return {
    WebPart: {
      Loading: 'Hämtar din sida…',
      LoadFailed: 'Min sida kunde inte läsas in. Ladda om sidan för att försöka igen.',
      InvalidProperties: 'Några inställningar i webbdelen har fel form och används inte: {0}. Standardvärdet gäller tills du väljer något annat i webbdelens inställningar.'
    },
    PropertyPane: {
      Description: 'Din egen sida: vem du är, nyheter för din förvaltning och enhet, din kalender, dina senaste dokument, guider och egna länkar.',
      CalendarGroup: 'Kalender och dokument',
      CalendarDaysLabel: 'Antal dagar i kalendern (i dag inräknat)',
      DocumentCountLabel: 'Antal senaste dokument',
      SectionsGroup: 'Delar som visas',
      SectionsDescription: 'Dolda delar hämtas inte.',
      ShowNews: 'Nyheter för förvaltning och enhet',
      ShowCalendar: 'Kalender',
      ShowDocuments: 'Senaste dokument',
      ShowGuides: 'Guider',
      ShowLinks: 'Mina länkar'
    },
    Dashboard: {
      Title: 'Min sida',
      Greeting: 'Hej {0}!',
      Loading: 'Hämtar…',
      Retry: 'Försök igen',
      WorksFor: 'Arbetar för',
      ShowFor: 'Visa innehåll för',
      ProfileFailed: 'Dina uppgifter kunde inte hämtas: {0}',
      NewsTitle: 'Nyheter för dig',
      NewsFor: 'Riktade till {0}',
      NewsEmpty: 'Inga nyheter riktade till din förvaltning eller enhet just nu.',
      AllNews: 'Alla nyheter',
      CalendarTitle: 'Kalender',
      Today: 'I dag',
      Tomorrow: 'I morgon',
      AllDay: 'Heldag',
      NothingBooked: 'Inget inbokat.',
      Join: 'Anslut',
      JoinLabel: 'Anslut till {0} i Teams',
      OpenInOutlook: 'Öppna {0} i Outlook',
      Now: 'Pågår',
      DocumentsTitle: 'Senaste dokument',
      DocumentsEmpty: 'Inga dokument som du har skapat, ändrat eller fått delade med dig ännu.',
      ModifiedBy: 'Ändrad {0} av {1}',
      Modified: 'Ändrad {0}',
      GuidesTitle: 'Guider',
      GuidesEmpty: 'Inga guider att visa.',
      Pin: 'Fäst {0} överst',
      Unpin: 'Lossa {0}',
      Pinned: 'Fäst',
      LinksTitle: 'Mina länkar',
      LinksEmpty: 'Lägg till länkar du använder ofta. De följer med dig i SharePoint och Teams.',
      AddLink: 'Lägg till länk',
      LinkTitleLabel: 'Namn',
      LinkUrlLabel: 'Adress',
      SaveLink: 'Spara länken',
      Cancel: 'Avbryt',
      MoveUp: 'Flytta {0} uppåt',
      MoveDown: 'Flytta {0} nedåt',
      Remove: 'Ta bort {0}',
      Saving: 'Sparar…',
      Saved: 'Sparat.',
      SaveFailed: 'Ändringen kunde inte sparas: {0}',
      LinkTitleMissing: 'Skriv ett namn på länken.',
      LinkUrlInvalid: 'Skriv en webbadress som börjar med https://.',
      LinksFull: 'Du kan ha högst 12 länkar. Ta bort en för att lägga till en ny.',
      OpensInNewWindow: '(öppnas i nytt fönster)'
    },
    FileTypes: {
      word: 'Word-dokument',
      excel: 'Excel-arbetsbok',
      powerpoint: 'PowerPoint-presentation',
      pdf: 'PDF-dokument',
      other: 'Fil'
    },
    Dates: {
      Today: 'i dag',
      Yesterday: 'i går',
      DaysAgo: 'för {0} dagar sedan',
      WeekAgo: 'för en vecka sedan',
      WeeksAgo: 'för {0} veckor sedan'
    },
    Errors: {
      forbidden: 'du saknar behörighet.',
      notFound: 'det hittades inte.',
      throttled: 'för många förfrågningar just nu. Vänta en stund och försök igen.',
      unavailable: 'tjänsten svarar inte just nu.',
      network: 'ingen kontakt med servern. Kontrollera din anslutning.',
      config: 'samverkas inställningar för organisationen saknas eller är felaktiga. Kontakta IT-supporten.',
      unknown: 'ett oväntat fel inträffade.'
    },
    Permission: {
      CalendarForbidden: 'Kalendern kan inte visas: appen har inte fått behörighet att läsa kalendrar.',
      DocumentsForbidden: 'Dina dokument kan inte visas: appen har inte fått behörighet att söka bland filer.',
      SettingsForbidden: 'Dina inställningar kan inte läsas: appen har inte fått behörighet att spara inställningar för dig.',
      AdminHint: 'En administratör behöver godkänna behörigheten {0} (Microsoft Graph) under Avancerat → API-åtkomst i SharePoint administrationscenter.'
    }
  };
});
