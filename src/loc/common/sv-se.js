define([], function () {
  return {
    Locale: 'sv-SE',
    Loading: 'Hämtar…',
    Retry: 'Försök igen',
    Reload: 'Ladda om sidan',
    DateField: {
      Format: 'ÅÅÅÅ-MM-DD',
      OpenCalendar: 'Välj datum i kalendern',
      GoToToday: 'Gå till i dag',
      PreviousMonth: 'Föregående månad',
      NextMonth: 'Nästa månad',
      PreviousYear: 'Föregående år',
      NextYear: 'Nästa år',
      Close: 'Stäng kalendern',
      Week: 'Vecka {0}',
      Invalid: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-07.'
    },
    Errors: {
      forbidden: 'Du har inte behörighet till det här.',
      signedOut: 'Du är inte inloggad längre. Ladda om sidan för att logga in igen.',
      notFound: 'Det hittades inte.',
      throttled: 'För många förfrågningar just nu. Vänta en stund och försök igen.',
      unavailable: 'Tjänsten svarar inte just nu. Försök igen om en stund.',
      network: 'Ingen kontakt med servern. Kontrollera din anslutning.',
      config: 'Organisationens inställningar för intranätet saknas eller är felaktiga. Kontakta IT-supporten.',
      unknown: 'Något gick fel.'
    }
  };
});
