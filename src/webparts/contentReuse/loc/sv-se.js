define([], function () {
  return {
    WebPart: {
      Loading: 'Hämtar samverkan…',
      LoadFailed: 'Samverkan kunde inte läsas in. Ladda om sidan för att försöka igen.'
    },
    View: {
      Title: 'Samverka med andra kommuner',
      Intro: 'Skicka en nyhet till medarbetarna i en annan kommun i stället för att skriva den igen. Får du inte publicera där blir den ett erbjudande som kommunens redaktörer svarar på.',
      Loading: 'Hämtar nyheter och erbjudanden…',
      LoadFailed: 'Det gick inte att hämta nyheter och erbjudanden.',
      Retry: 'Försök igen',
      OnlyEditors: 'Det här är för redaktörer.',
      OnlyEditorsDetail: 'Du har inte behörighet att publicera nyheter på någon kommuns navsida. Kontakta kommunikationsavdelningen om du vill dela en nyhet med en annan kommun.'
    },
    Send: {
      Heading: 'Skicka en nyhet',
      From: 'Från',
      News: 'Nyhet',
      NoNews: 'Det finns inga publicerade nyheter att skicka.',
      To: 'Till kommun',
      Audience: 'Vilka ska se den',
      AllStaff: 'Alla medarbetare',
      Managers: 'Chefer',
      Submit: 'Skicka',
      Sending: 'Skickar…',
      Published: 'Nyhetslänken är publicerad i {0}.',
      AlreadyPublished: 'Nyheten fanns redan i {0}. Ingen ny länk skapades.',
      Offered: 'Du får inte publicera i {0}. Nyheten har erbjudits kommunens redaktörer.',
      AlreadyOffered: 'Nyheten är redan erbjuden till {0} och väntar på svar.',
      OpenLink: 'Öppna nyhetslänken'
    },
    Offers: {
      Heading: 'Erbjudanden till {0}',
      None: 'Inga erbjudanden väntar på svar.',
      OfferedBy: 'Från {0}, erbjuden av {1} {2}',
      Preview: 'Förhandsgranska',
      HidePreview: 'Dölj förhandsgranskning',
      OpenSource: 'Öppna originalet',
      Audience: 'Publicera för',
      Accept: 'Publicera',
      Decline: 'Avböj',
      Reason: 'Varför avböjer du?',
      ReasonRequired: 'Skriv en motivering.',
      ConfirmDecline: 'Avböj erbjudandet',
      Cancel: 'Avbryt',
      Accepted: '”{0}” är publicerad.',
      Declined: '”{0}” är avböjd.'
    },
    Preview: {
      Heading: 'Förhandsgranska nyhetsflödet',
      Intro: 'Så ser de senaste nyheterna ut i Riktade nyheter för en medarbetare i målgruppen.',
      Municipality: 'Kommun',
      Audience: 'Som',
      Caption: 'Nyheter för {0} i {1}',
      Empty: 'Inga nyheter når den här målgruppen.',
      Failed: 'Nyhetsflödet kunde inte hämtas.',
      From: 'Från {0}'
    },
    Audience: {
      Show: 'Vem ser den?',
      Hide: 'Dölj mottagare',
      Targeted: 'Riktad till {0}.',
      Everyone: 'Inte riktad: alla som kan läsa webbplatsen ({0}).'
    },
    Reach: {
      Counting: 'Räknar mottagare…',
      Reaches: 'Når {0} personer ({1}).',
      Part: '{0} {1}',
      Failed: 'Antalet mottagare kunde inte hämtas.'
    },
    Errors: {
      sameMunicipality: 'Nyheten finns redan i den kommunen.',
      noAudience: 'Välj vilka som ska se nyheten.',
      reasonRequired: 'Skriv en motivering.',
      notPending: 'Erbjudandet är redan besvarat.',
      notAllowed: 'Du har inte behörighet att publicera där.',
      notFound: 'Erbjudandet finns inte längre.',
      unknownMunicipality: 'Kommunen finns inte i konfigurationen.',
      forbidden: 'Du har inte behörighet till det här.',
      unknown: 'Något gick fel. Försök igen.'
    }
  };
});
