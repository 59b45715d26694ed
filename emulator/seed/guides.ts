import type { DatabaseSync } from 'node:sqlite';
import { Random, guidFromName } from './random.ts';
import { MUNICIPALITIES, SHARED_SITE } from './organisation.ts';
import type { Directory } from './directory.ts';
import { asciiSlug } from './names.ts';

/**
 * The guide list of the shared site ('Guider', provisioned by sharepoint/assets/elements.xml) and
 * the guides of the external guide system served as a Microsoft Graph connector.
 *
 * A guide's steps are one JSON document in the note field SamverkaGuideSteps:
 *   [{ "title": "...", "html": "<p>...</p>", "image": { "url": "...", "alt": "..." },
 *      "video": { "url": "...", "captionsUrl": "....vtt", "captionsLanguage": "sv" } }]
 * One field keeps a guide one list item (one search hit, one request to open it) and keeps the
 * order of the steps with the steps; `image` and `video` are optional.
 */

export const GUIDE_LIST_TITLE = 'Guider';
export const GUIDE_LIST_URL = 'Lists/Guider';
/** SharePoint's generic list content type, as a list item's content type id begins. */
export const GUIDE_CONTENT_TYPE = '0x0100A2D5B1C36E6B4B4D9B3C7E1F5A6B7C8D';
/** The connection id of the external guide system (a Graph connector). */
export const GUIDE_CONNECTION_ID = 'kunskapsbanken';
export const GUIDE_ALL_MUNICIPALITIES = 'alla';
const SEED_DATE = Date.UTC(2026, 10, 28);
const DAY = 86_400_000;

export interface GuideStepSeed {
  title: string;
  html: string;
  image?: { url: string; alt: string };
  video?: { url: string; captionsUrl: string; captionsLanguage: string };
}

export interface SeedGuide {
  id: number;
  uniqueId: string;
  title: string;
  summary: string;
  category: string;
  /**
   * The municipality ids the guide is for, or ['alla']: the list's multi-choice column
   * SamverkaMunicipality (a guide shared by two municipalities has both).
   */
  municipalities: string[];
  forvaltning: string;
  keywords: string[];
  steps: GuideStepSeed[];
  ownerId: string;
  reviewDate: string;
  created: string;
  modified: string;
  slug: string;
}

interface GuideTheme {
  title: string;
  summary: string;
  category: string;
  forvaltning: string;
  keywords: string[];
  steps: Array<[string, string]>;
  /** Each municipality has its own version (own system or routine). */
  perMunicipality?: boolean;
  /** Job title of the owner (someone with it is picked). */
  ownerTitle: string;
}

const KLF = 'Kommunledningsförvaltningen';
const SOC = 'Socialförvaltningen';
const BUF = 'Barn- och utbildningsförvaltningen';
const SBF = 'Samhällsbyggnadsförvaltningen';

const THEMES: GuideTheme[] = [
  {
    title: 'Rapportera lön och tillägg i Heroma',
    summary: 'Så rapporterar du övertid, OB-tillägg och jour så att de kommer med på nästa lön.',
    category: 'Lön och ersättning', forvaltning: KLF, ownerTitle: 'lönespecialist', perMunicipality: true,
    keywords: ['lön', 'lönerapportering', 'övertid', 'OB-tillägg', 'Heroma'],
    steps: [
      ['Logga in i Heroma', 'Öppna Heroma från startsidan och logga in med ditt kommunkonto.'],
      ['Välj Självservice', 'Klicka på <strong>Självservice</strong> och sedan på <em>Avvikelser</em>.'],
      ['Registrera tiden', 'Välj datum och typ av avvikelse, till exempel övertid eller jour, och fyll i klockslagen.'],
      ['Skicka för attest', 'Kontrollera raderna och klicka på <strong>Skicka</strong>. Din chef attesterar senast den 5:e.'],
      ['Kontrollera lönespecifikationen', 'Lönespecifikationen finns i Heroma den 25:e. Hör av dig till lönecenter om något saknas.'],
    ],
  },
  {
    title: 'Ansök om semester',
    summary: 'Ansök om semester och se hur många semesterdagar du har kvar.',
    category: 'Ledighet och frånvaro', forvaltning: KLF, ownerTitle: 'HR-specialist', perMunicipality: true,
    keywords: ['semester', 'ledighet', 'semesterdagar', 'ansökan'],
    steps: [
      ['Öppna ledighetsansökan', 'Gå till <strong>Självservice → Ledighet</strong> i lönesystemet.'],
      ['Välj semester', 'Välj ledighetstypen Semester och ange första och sista dagen.'],
      ['Se ditt saldo', 'Saldot visar betalda, sparade och obetalda semesterdagar. Sparade dagar tas ut först om du väljer det.'],
      ['Skicka ansökan', 'Skicka ansökan till din chef. Du får ett e-postmeddelande när den är beviljad.'],
    ],
  },
  {
    title: 'Ansök om föräldraledighet',
    summary: 'Vad du behöver göra hos arbetsgivaren och Försäkringskassan när du ska vara föräldraledig.',
    category: 'Ledighet och frånvaro', forvaltning: KLF, ownerTitle: 'HR-specialist',
    keywords: ['föräldraledighet', 'föräldrapenning', 'ledighet', 'Försäkringskassan'],
    steps: [
      ['Prata med din chef', 'Meddela din chef senast två månader innan ledigheten börjar.'],
      ['Ansök i självservice', 'Välj ledighetstypen Föräldraledighet och ange omfattning i procent.'],
      ['Ansök om föräldrapenning', 'Ansök om föräldrapenning hos Försäkringskassan. Arbetsgivaren rapporterar inte det åt dig.'],
      ['Föräldrapenningtillägg', 'Kommunen betalar föräldrapenningtillägg enligt kollektivavtalet. Det kommer automatiskt med lönen.'],
    ],
  },
  {
    title: 'Sjukanmälan och friskanmälan',
    summary: 'Så sjukanmäler du dig första dagen och friskanmäler dig när du är tillbaka.',
    category: 'Ledighet och frånvaro', forvaltning: KLF, ownerTitle: 'HR-specialist', perMunicipality: true,
    keywords: ['sjukanmälan', 'friskanmälan', 'sjuk', 'vård av barn', 'VAB'],
    steps: [
      ['Ring din chef', 'Sjukanmäl dig till din närmaste chef före arbetspassets början.'],
      ['Registrera frånvaron', 'Registrera sjukfrånvaron i självservice samma dag.'],
      ['Läkarintyg från dag 8', 'Från den åttonde kalenderdagen behöver du ett läkarintyg.'],
      ['Friskanmäl dig', 'Friskanmäl dig i självservice den dag du är tillbaka i tjänst.'],
    ],
  },
  {
    title: 'Vård av sjukt barn (VAB)',
    summary: 'Anmäl tillfällig föräldrapenning för vård av barn till arbetsgivaren och Försäkringskassan.',
    category: 'Ledighet och frånvaro', forvaltning: KLF, ownerTitle: 'HR-specialist',
    keywords: ['VAB', 'vård av barn', 'tillfällig föräldrapenning'],
    steps: [
      ['Meddela din chef', 'Ring eller skriv till din chef innan ditt arbetspass börjar.'],
      ['Registrera VAB', 'Registrera frånvaron som Vård av barn i självservice.'],
      ['Anmäl till Försäkringskassan', 'Anmäl och ansök om tillfällig föräldrapenning hos Försäkringskassan.'],
    ],
  },
  {
    title: 'Reseräkning och milersättning',
    summary: 'Få ersättning för resor i tjänsten med egen bil, traktamente och utlägg.',
    category: 'Lön och ersättning', forvaltning: KLF, ownerTitle: 'lönespecialist',
    keywords: ['reseräkning', 'milersättning', 'traktamente', 'utlägg', 'kvitto'],
    steps: [
      ['Skapa reseräkning', 'Välj <strong>Resor och utlägg</strong> i självservice och skapa en ny reseräkning.'],
      ['Ange resan', 'Fyll i datum, start, mål och syfte. Körda mil räknas fram från adresserna.'],
      ['Bifoga kvitton', 'Fotografera kvitton för parkering och utlägg och ladda upp dem.'],
      ['Skicka för attest', 'Skicka reseräkningen till din chef. Ersättningen kommer med nästa lön.'],
    ],
  },
  {
    title: 'Byt lösenord på kommunkontot',
    summary: 'Byt lösenord själv, och återställ det om du har glömt det.',
    category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker',
    keywords: ['lösenord', 'inloggning', 'konto', 'återställa', 'MFA'],
    steps: [
      ['Öppna kontosidan', 'Gå till Mitt konto från startsidan och välj <strong>Byt lösenord</strong>.'],
      ['Välj ett starkt lösenord', 'Minst 14 tecken. En mening med mellanslag är både säker och lätt att minnas.'],
      ['Glömt lösenordet?', 'Välj <em>Glömt lösenord</em> på inloggningssidan och verifiera dig med Microsoft Authenticator.'],
      ['Logga in igen', 'Logga ut och in på alla enheter, även telefonen, med det nya lösenordet.'],
    ],
  },
  {
    title: 'Kom igång med tvåstegsverifiering',
    summary: 'Installera Microsoft Authenticator och skydda ditt konto med tvåstegsverifiering.',
    category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker',
    keywords: ['MFA', 'tvåstegsverifiering', 'Authenticator', 'säkerhet', 'inloggning'],
    steps: [
      ['Installera appen', 'Installera Microsoft Authenticator på din telefon från App Store eller Google Play.'],
      ['Lägg till kontot', 'Öppna Mina säkerhetsuppgifter i webbläsaren och välj Lägg till inloggningsmetod.'],
      ['Skanna QR-koden', 'Skanna QR-koden med appen och godkänn testnotisen.'],
      ['Klart', 'Nästa gång du loggar in godkänner du inloggningen i appen.'],
    ],
  },
  {
    title: 'Anmäl en IT-incident eller beställ IT-stöd',
    summary: 'Så når du IT-servicedesken och följer ditt ärende.',
    category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker',
    keywords: ['IT-support', 'servicedesk', 'ärende', 'felanmälan', 'incident'],
    steps: [
      ['Öppna självserviceportalen', 'Välj IT-support på startsidan.'],
      ['Beskriv problemet', 'Skriv vad som hände, när och vilken dator eller telefon det gäller. Bifoga gärna en skärmbild.'],
      ['Följ ärendet', 'Du får ett ärendenummer via e-post och kan följa ärendet i portalen.'],
    ],
  },
  {
    title: 'Rapportera en personuppgiftsincident',
    summary: 'Vad du gör när personuppgifter har hamnat fel, försvunnit eller kommit ut.',
    category: 'Säkerhet', forvaltning: KLF, ownerTitle: 'nämndsekreterare',
    keywords: ['GDPR', 'personuppgiftsincident', 'dataskydd', 'dataskyddsombud'],
    steps: [
      ['Begränsa skadan', 'Om det går: ta tillbaka e-post, stäng delningen eller spärra kontot.'],
      ['Anmäl direkt', 'Fyll i formuläret för personuppgiftsincidenter samma dag. Kommunen har 72 timmar på sig att anmäla till IMY.'],
      ['Informera din chef', 'Berätta för din chef vad som hänt och vad du har gjort.'],
    ],
  },
  {
    title: 'Rapportera tillbud och arbetsskada i KIA',
    summary: 'Rapportera olyckor, tillbud och arbetsskador så att de kan förebyggas.',
    category: 'Arbetsmiljö', forvaltning: KLF, ownerTitle: 'HR-specialist',
    keywords: ['KIA', 'tillbud', 'arbetsskada', 'olycka', 'arbetsmiljö'],
    steps: [
      ['Öppna KIA', 'Gå till KIA via länken på startsidan och logga in.'],
      ['Välj händelsetyp', 'Välj tillbud, olycksfall eller färdolycksfall.'],
      ['Beskriv händelsen', 'Beskriv vad som hände, var och när. Namnge inte andra inblandade i fritext.'],
      ['Chefen utreder', 'Din chef får ärendet, utreder det och beslutar om åtgärder tillsammans med skyddsombudet.'],
    ],
  },
  {
    title: 'Beställ varor via e-handeln',
    summary: 'Beställ kontorsmaterial och förbrukningsvaror från avtalade leverantörer.',
    category: 'Ekonomi och inköp', forvaltning: KLF, ownerTitle: 'ekonom', perMunicipality: true,
    keywords: ['e-handel', 'beställning', 'inköp', 'avtal', 'kontorsmaterial'],
    steps: [
      ['Logga in i e-handeln', 'Öppna e-handelssystemet från startsidan.'],
      ['Sök i katalogen', 'Sök efter varan. Bara avtalade leverantörer visas.'],
      ['Lägg till referens', 'Ange ditt ansvar och din verksamhet som kontering.'],
      ['Skicka beställningen', 'Beställningen godkänns av beslutsattestanten och skickas till leverantören.'],
    ],
  },
  {
    title: 'Attestera leverantörsfakturor',
    summary: 'Granska och attestera fakturor i ekonomisystemet i tid.',
    category: 'Ekonomi och inköp', forvaltning: KLF, ownerTitle: 'ekonom', perMunicipality: true,
    keywords: ['faktura', 'attest', 'ekonomisystem', 'leverantörsfaktura'],
    steps: [
      ['Öppna attestkön', 'Fakturor att attestera finns under Mina uppgifter i ekonomisystemet.'],
      ['Granska fakturan', 'Kontrollera att varan eller tjänsten är levererad och att priset stämmer med avtalet.'],
      ['Kontera', 'Kontrollera konteringen: ansvar, verksamhet och aktivitet.'],
      ['Attestera', 'Attestera senast fem dagar före förfallodagen.'],
    ],
  },
  {
    title: 'Registrera ett ärende i diariet',
    summary: 'Diarieför inkomna handlingar så att allmänheten kan begära ut dem.',
    category: 'Dokument och ärenden', forvaltning: KLF, ownerTitle: 'registrator',
    keywords: ['diarium', 'diarieföring', 'allmän handling', 'ärendehantering', 'registrator'],
    steps: [
      ['Avgör om handlingen är allmän', 'Inkomna och upprättade handlingar i ett ärende är allmänna och ska diarieföras.'],
      ['Skapa ärendet', 'Skapa ett nytt ärende i ärendehanteringssystemet med en beskrivande mening.'],
      ['Lägg till handlingen', 'Ladda upp handlingen och ange avsändare och datum.'],
      ['Sekretess', 'Markera sekretess om handlingen innehåller uppgifter som omfattas av OSL.'],
    ],
  },
  {
    title: 'Lämna ut allmän handling',
    summary: 'Så hanterar du en begäran om allmän handling skyndsamt och rätt.',
    category: 'Dokument och ärenden', forvaltning: KLF, ownerTitle: 'kommunsekreterare',
    keywords: ['allmän handling', 'offentlighetsprincipen', 'sekretess', 'utlämnande'],
    steps: [
      ['Ta emot begäran', 'Vem som helst får begära ut en allmän handling, anonymt.'],
      ['Sekretessprövning', 'Läs handlingen och pröva om något omfattas av sekretess.'],
      ['Lämna ut', 'Lämna ut handlingen skyndsamt, normalt samma dag eller inom några dagar.'],
      ['Avslag', 'Vid avslag fattar en behörig person beslut med överklagandehänvisning.'],
    ],
  },
  {
    title: 'Dela filer säkert med OneDrive och Teams',
    summary: 'Dela dokument med kollegor och externa utan att skicka bilagor.',
    category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker',
    keywords: ['OneDrive', 'Teams', 'dela', 'delning', 'extern delning', 'dokument'],
    steps: [
      ['Spara i rätt plats', 'Arbetsdokument sparas i teamets kanal, personliga utkast i OneDrive.'],
      ['Dela med länk', 'Välj Dela och <strong>Personer du anger</strong>. Undvik länkar som alla kan använda.'],
      ['Externa mottagare', 'Externa mottagare får en kod via e-post. Dela aldrig sekretessuppgifter externt.'],
    ],
  },
  {
    title: 'Boka möte med Teams och lokal',
    summary: 'Boka ett Teams-möte och ett konferensrum i samma kallelse.',
    category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker',
    keywords: ['Teams', 'möte', 'konferensrum', 'kalender', 'Outlook'],
    steps: [
      ['Nytt möte', 'Skapa ett nytt möte i Outlook eller Teams och slå på Teams-möte.'],
      ['Lägg till rum', 'Välj Rumssökaren och välj ett ledigt konferensrum.'],
      ['Skicka', 'Skicka kallelsen. Rummet bekräftar automatiskt.'],
    ],
  },
  {
    title: 'Ny medarbetare: din första vecka',
    summary: 'Konto, passerkort, lönesystem och introduktion: det här händer den första veckan.',
    category: 'Ny medarbetare', forvaltning: KLF, ownerTitle: 'HR-specialist', perMunicipality: true,
    keywords: ['introduktion', 'ny medarbetare', 'nyanställd', 'passerkort', 'konto'],
    steps: [
      ['Hämta konto och dator', 'Din chef har beställt konto och dator. Hämta dem hos IT första dagen.'],
      ['Passerkort', 'Passerkort hämtar du i receptionen i kommunhuset. Ta med legitimation.'],
      ['Lönesystemet', 'Kontrollera kontonummer och skattetabell i självservice.'],
      ['Introduktionsprogram', 'Anmäl dig till kommunens gemensamma introduktionsdag.'],
      ['Lär känna intranätet', 'Följ din förvaltnings nyheter och hitta guider här i sökningen.'],
    ],
  },
  {
    title: 'Chef: anställ i rekryteringssystemet',
    summary: 'Från kravprofil till anställningsavtal i rekryteringssystemet.',
    category: 'Chef', forvaltning: KLF, ownerTitle: 'HR-konsult', perMunicipality: true,
    keywords: ['rekrytering', 'anställning', 'annons', 'anställningsavtal', 'chef'],
    steps: [
      ['Kravprofil', 'Skriv en kravprofil tillsammans med HR.'],
      ['Annonsera', 'Skapa annonsen i rekryteringssystemet; den publiceras på kommunens webb och Platsbanken.'],
      ['Urval och intervjuer', 'Gör urval i systemet och boka intervjuer.'],
      ['Anställningsavtal', 'Skapa anställningsavtalet och skicka det för digital signering.'],
    ],
  },
  {
    title: 'Chef: lönesamtal och lönerevision',
    summary: 'Förbered och genomför lönesamtal inför årets lönerevision.',
    category: 'Chef', forvaltning: KLF, ownerTitle: 'HR-chef',
    keywords: ['lönesamtal', 'lönerevision', 'lönekriterier', 'chef'],
    steps: [
      ['Lönekriterier', 'Gå igenom lönekriterierna med medarbetaren i god tid.'],
      ['Lönesamtal', 'Genomför samtalet och dokumentera bedömningen.'],
      ['Registrera förslag', 'Registrera ditt löneförslag i lönesystemets revisionsmodul.'],
    ],
  },
  {
    title: 'Chef: hantera rehabilitering',
    summary: 'Arbetsgivarens rehabiliteringsansvar steg för steg.',
    category: 'Chef', forvaltning: KLF, ownerTitle: 'HR-chef',
    keywords: ['rehabilitering', 'sjukfrånvaro', 'rehabplan', 'chef', 'företagshälsovård'],
    steps: [
      ['Uppmärksamma signaler', 'Sex tillfällen på tolv månader eller fyra veckors frånvaro: ta kontakt.'],
      ['Plan för återgång', 'Upprätta en plan för återgång i arbete senast dag 30.'],
      ['Företagshälsovården', 'Ta hjälp av företagshälsovården vid behov.'],
      ['Följ upp', 'Följ upp planen regelbundet och dokumentera.'],
    ],
  },
  {
    title: 'Dokumentera i journalsystemet',
    summary: 'Dokumentera insatser enligt SoL och HSL i verksamhetssystemet.',
    category: 'Vård och omsorg', forvaltning: SOC, ownerTitle: 'sjuksköterska', perMunicipality: true,
    keywords: ['dokumentation', 'journal', 'SoL', 'HSL', 'genomförandeplan'],
    steps: [
      ['Logga in med SITHS-kort', 'Sätt i SITHS-kortet och logga in i verksamhetssystemet.'],
      ['Välj brukare', 'Sök fram brukaren. Du ser bara brukare du har en vårdrelation med.'],
      ['Skriv anteckningen', 'Skriv sakligt och kortfattat vad som gjorts och hur brukaren mår.'],
      ['Signera', 'Signera anteckningen. Osignerade anteckningar syns som utkast.'],
    ],
  },
  {
    title: 'Signera läkemedel i digital signeringslista',
    summary: 'Så signerar du överlämnade läkemedel i appen.',
    category: 'Vård och omsorg', forvaltning: SOC, ownerTitle: 'sjuksköterska',
    keywords: ['läkemedel', 'signering', 'delegering', 'hemtjänst'],
    steps: [
      ['Öppna appen', 'Öppna signeringsappen på tjänstetelefonen.'],
      ['Välj tillfälle', 'Välj brukare och läkemedelstillfälle.'],
      ['Signera eller avvik', 'Signera given dos, eller registrera avvikelse om dosen inte gavs.'],
    ],
  },
  {
    title: 'Rapportera avvikelse enligt lex Sarah',
    summary: 'Rapportera missförhållanden eller risker för missförhållanden i omsorgen.',
    category: 'Vård och omsorg', forvaltning: SOC, ownerTitle: 'enhetschef',
    keywords: ['lex Sarah', 'avvikelse', 'missförhållande', 'kvalitet'],
    steps: [
      ['Rapportera direkt', 'Rapportera till din chef så fort du upptäcker missförhållandet.'],
      ['Fyll i rapporten', 'Fyll i avvikelserapporten i verksamhetssystemet.'],
      ['Utredning', 'Verksamheten utreder och avhjälper; allvarliga fall anmäls till IVO.'],
    ],
  },
  {
    title: 'Frånvaro i skolan: registrera i lärplattformen',
    summary: 'Registrera elevers närvaro och frånvaro lektion för lektion.',
    category: 'Skola och förskola', forvaltning: BUF, ownerTitle: 'lärare', perMunicipality: true,
    keywords: ['frånvaro', 'närvaro', 'lärplattform', 'elev', 'skola'],
    steps: [
      ['Öppna lektionen', 'Välj lektionen i schemat i lärplattformen.'],
      ['Markera frånvaro', 'Markera elever som frånvarande, sena eller anmälda.'],
      ['Spara', 'Spara. Vårdnadshavare får besked samma dag vid oanmäld frånvaro.'],
    ],
  },
  {
    title: 'Förskolans närvaro och schema',
    summary: 'Se barnens scheman och registrera närvaro på förskolan.',
    category: 'Skola och förskola', forvaltning: BUF, ownerTitle: 'förskollärare', perMunicipality: true,
    keywords: ['förskola', 'närvaro', 'schema', 'barn', 'vistelsetid'],
    steps: [
      ['Öppna närvaroappen', 'Logga in i närvaroappen på avdelningens surfplatta.'],
      ['Checka in', 'Checka in barnen när de lämnas och ut när de hämtas.'],
      ['Se schemat', 'Schemat visar vilka barn som kommer och när.'],
    ],
  },
  {
    title: 'Felanmäl i en kommunal lokal',
    summary: 'Anmäl fel på belysning, värme, lås och städning i kommunens lokaler.',
    category: 'Fastighet och lokaler', forvaltning: SBF, ownerTitle: 'drifttekniker', perMunicipality: true,
    keywords: ['felanmälan', 'fastighet', 'lokal', 'städning', 'lås'],
    steps: [
      ['Öppna felanmälan', 'Välj Felanmälan fastighet på startsidan.'],
      ['Beskriv felet', 'Ange byggnad, rum och vad som är fel.'],
      ['Brådskande fel', 'Vid vattenläcka eller inbrott: ring fastighetsjouren direkt.'],
    ],
  },
  {
    title: 'Specialkost i skola och förskola',
    summary: 'Beställ specialkost för allergier och medicinska behov.',
    category: 'Skola och förskola', forvaltning: SBF, ownerTitle: 'kostchef',
    keywords: ['specialkost', 'allergi', 'måltid', 'kost', 'förskola'],
    steps: [
      ['Intyg', 'Vårdnadshavaren lämnar intyg från läkare eller dietist vid medicinska behov.'],
      ['Blankett', 'Fyll i blanketten för specialkost och skicka till måltidsservice.'],
      ['Bekräftelse', 'Måltidsservice bekräftar och informerar köket.'],
    ],
  },
  {
    title: 'Publicera en nyhet på intranätet',
    summary: 'Skriv en nyhet och rikta den till rätt målgrupp.',
    category: 'Kommunikation', forvaltning: KLF, ownerTitle: 'kommunikatör',
    keywords: ['nyhet', 'intranät', 'publicera', 'målgrupp', 'SharePoint'],
    steps: [
      ['Skapa nyhetssida', 'Välj Nytt → Nyhetsinlägg på hubbens startsida.'],
      ['Skriv', 'Skriv en kort rubrik, en ingress och brödtext. Lägg till en bild med alternativtext.'],
      ['Välj målgrupp', 'Välj målgrupp i sidans egenskaper: hela kommunen, en förvaltning eller en enhet.'],
      ['Publicera', 'Publicera nyheten. Den syns direkt för målgruppen.'],
    ],
  },
  {
    title: 'Skriv tillgängligt för webben',
    summary: 'Klarspråk, rubriker, länktexter och alternativtexter enligt WCAG.',
    category: 'Kommunikation', forvaltning: KLF, ownerTitle: 'webbredaktör',
    keywords: ['tillgänglighet', 'klarspråk', 'WCAG', 'alternativtext', 'webb'],
    steps: [
      ['Klarspråk', 'Skriv det viktigaste först, med korta meningar och vanliga ord.'],
      ['Rubriker', 'Använd rubriknivåer i ordning, inte fetstil som rubrik.'],
      ['Länktexter', 'Länktexten säger vart länken leder. Undvik "klicka här".'],
      ['Alternativtext', 'Beskriv vad bilden visar och varför den finns där.'],
    ],
  },
  {
    title: 'Hantera säkerhetsklassade uppgifter',
    summary: 'Hur du skyddar sekretessuppgifter i e-post, Teams och på papper.',
    category: 'Säkerhet', forvaltning: KLF, ownerTitle: 'kommunsekreterare',
    keywords: ['sekretess', 'informationssäkerhet', 'e-post', 'klassning'],
    steps: [
      ['Klassa informationen', 'Avgör om informationen är öppen, intern eller skyddsvärd.'],
      ['Välj kanal', 'Skyddsvärd information skickas med säker e-post eller i verksamhetssystemet, aldrig i vanlig e-post.'],
      ['Papper', 'Lås in papper med sekretessuppgifter och förstör dem i dokumentförstöraren.'],
    ],
  },
  {
    title: 'Friskvårdsbidrag: så får du ersättning',
    summary: 'Ansök om friskvårdsbidrag för träning och motion.',
    category: 'Lön och ersättning', forvaltning: KLF, ownerTitle: 'HR-specialist', perMunicipality: true,
    keywords: ['friskvård', 'friskvårdsbidrag', 'träning', 'ersättning', 'hälsa'],
    steps: [
      ['Betala själv', 'Betala träningskortet eller aktiviteten själv och spara kvittot.'],
      ['Ansök', 'Ansök under Utlägg → Friskvård i självservice och bifoga kvittot.'],
      ['Utbetalning', 'Bidraget betalas ut med lönen, upp till kommunens tak per år.'],
    ],
  },
  {
    title: 'Arbetstid och schema i Time Care',
    summary: 'Önska arbetspass, byt pass och se ditt schema.',
    category: 'Lön och ersättning', forvaltning: SOC, ownerTitle: 'enhetschef', perMunicipality: true,
    keywords: ['schema', 'Time Care', 'arbetstid', 'passbyte', 'bemanning'],
    steps: [
      ['Logga in', 'Logga in i schemasystemet från startsidan eller appen.'],
      ['Önska pass', 'Lägg dina önskemål under önskeperioden.'],
      ['Byt pass', 'Byt pass med en kollega; bytet godkänns av bemanningen.'],
    ],
  },
];

/** Systems with the everyday tasks a guide each covers. */
const SYSTEMS: Array<{ name: string; purpose: string; category: string; forvaltning: string; ownerTitle: string }> = [
  { name: 'Heroma', purpose: 'lön, schema och personaladministration', category: 'IT och system', forvaltning: KLF, ownerTitle: 'lönespecialist' },
  { name: 'Outlook', purpose: 'e-post och kalender', category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker' },
  { name: 'Teams', purpose: 'chatt, möten och samarbete', category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker' },
  { name: 'OneDrive', purpose: 'dina egna filer', category: 'IT och system', forvaltning: KLF, ownerTitle: 'IT-tekniker' },
  { name: 'SharePoint', purpose: 'intranätet och dokumentbibliotek', category: 'IT och system', forvaltning: KLF, ownerTitle: 'webbredaktör' },
  { name: 'Public 360', purpose: 'diarium och ärendehantering', category: 'Dokument och ärenden', forvaltning: KLF, ownerTitle: 'registrator' },
  { name: 'Raindance', purpose: 'ekonomi och fakturor', category: 'Ekonomi och inköp', forvaltning: KLF, ownerTitle: 'ekonom' },
  { name: 'Stratsys', purpose: 'mål, uppföljning och verksamhetsplan', category: 'Ekonomi och inköp', forvaltning: KLF, ownerTitle: 'controller' },
  { name: 'Lifecare', purpose: 'dokumentation i vård och omsorg', category: 'Vård och omsorg', forvaltning: SOC, ownerTitle: 'sjuksköterska' },
  { name: 'Treserva', purpose: 'individ- och familjeomsorgens ärenden', category: 'Vård och omsorg', forvaltning: SOC, ownerTitle: 'socialsekreterare' },
  { name: 'Time Care', purpose: 'schema och bemanning', category: 'Lön och ersättning', forvaltning: SOC, ownerTitle: 'enhetschef' },
  { name: 'Unikum', purpose: 'lärplattform för skola och förskola', category: 'Skola och förskola', forvaltning: BUF, ownerTitle: 'lärare' },
  { name: 'Procapita', purpose: 'elevregister och skolskjuts', category: 'Skola och förskola', forvaltning: BUF, ownerTitle: 'lärare' },
  { name: 'Ecos', purpose: 'miljö- och hälsoskyddsärenden', category: 'Dokument och ärenden', forvaltning: SBF, ownerTitle: 'miljöinspektör' },
  { name: 'Castor', purpose: 'ärenden för plan och bygg', category: 'Dokument och ärenden', forvaltning: SBF, ownerTitle: 'bygglovshandläggare' },
  { name: 'KIA', purpose: 'tillbud och arbetsskador', category: 'Arbetsmiljö', forvaltning: KLF, ownerTitle: 'HR-specialist' },
  { name: 'Netpublicator', purpose: 'möteshandlingar för nämnder', category: 'Dokument och ärenden', forvaltning: KLF, ownerTitle: 'nämndsekreterare' },
  { name: 'Adato', purpose: 'rehabilitering och sjukfrånvaro', category: 'Chef', forvaltning: KLF, ownerTitle: 'HR-chef' },
  { name: 'Visma Recruit', purpose: 'rekrytering', category: 'Chef', forvaltning: KLF, ownerTitle: 'HR-konsult' },
  { name: 'Hypergene', purpose: 'budget och prognos', category: 'Ekonomi och inköp', forvaltning: KLF, ownerTitle: 'controller' },
  { name: 'Infosoc', purpose: 'bibliotekets katalog och lån', category: 'IT och system', forvaltning: 'Kultur- och fritidsförvaltningen', ownerTitle: 'bibliotekarie' },
];

const SYSTEM_TASKS: Array<{ title: (s: string) => string; summary: (s: string, p: string) => string; keywords: string[]; steps: (s: string) => Array<[string, string]> }> = [
  {
    title: (s) => `Logga in i ${s} första gången`,
    summary: (s, p) => `${s} används för ${p}. Så loggar du in första gången och ställer in ditt konto.`,
    keywords: ['logga in', 'inloggning', 'behörighet', 'första gången'],
    steps: (s) => [
      ['Beställ behörighet', `Din chef beställer behörighet till ${s} i IT-portalen.`],
      ['Öppna programmet', `Öppna ${s} från startsidan eller Start-menyn.`],
      ['Logga in', 'Logga in med ditt kommunkonto och godkänn i Microsoft Authenticator.'],
      ['Ställ in profilen', 'Kontrollera namn, enhet och e-postadress under Inställningar.'],
    ],
  },
  {
    title: (s) => `Sök och filtrera i ${s}`,
    summary: (s) => `Hitta rätt post snabbare i ${s} med sökning, filter och sparade vyer.`,
    keywords: ['sök', 'filter', 'vy', 'hitta'],
    steps: (s) => [
      ['Snabbsök', `Skriv i sökrutan högst upp i ${s}. Du kan söka på namn, nummer eller datum.`],
      ['Filtrera', 'Använd filtren i vänsterkanten för att begränsa träffarna.'],
      ['Spara vyn', 'Spara filtret som en egen vy för att nå det igen.'],
    ],
  },
  {
    title: (s) => `Skriv ut och exportera från ${s}`,
    summary: (s) => `Skriv ut eller exportera en rapport från ${s} till Excel eller PDF.`,
    keywords: ['utskrift', 'skriva ut', 'exportera', 'rapport', 'Excel', 'PDF'],
    steps: (s) => [
      ['Välj rapport', `Öppna Rapporter i ${s} och välj rapport.`],
      ['Välj urval', 'Välj period och enhet.'],
      ['Exportera', 'Välj Exportera och formatet Excel eller PDF. Skriv ut via Följ mig-skrivaren.'],
    ],
  },
  {
    title: (s) => `Få hjälp och felanmäl ${s}`,
    summary: (s) => `Vart du vänder dig när ${s} krånglar, och vad du ska ha med i felanmälan.`,
    keywords: ['hjälp', 'support', 'felanmälan', 'systemförvaltare'],
    steps: (s) => [
      ['Kontrollera driftinformation', 'Se driftinformationen på intranätets startsida om det är en känd störning.'],
      ['Felanmäl', `Felanmäl ${s} i IT-portalen och ange vad du försökte göra.`],
      ['Skärmbild', 'Bifoga en skärmbild av felmeddelandet. Dölj personuppgifter.'],
    ],
  },
  {
    title: (s) => `Ändra inställningar och aviseringar i ${s}`,
    summary: (s) => `Välj språk, startsida och vilka aviseringar ${s} skickar till dig.`,
    keywords: ['inställningar', 'aviseringar', 'notiser', 'språk'],
    steps: (s) => [
      ['Öppna inställningar', `Klicka på ditt namn uppe till höger i ${s} och välj Inställningar.`],
      ['Aviseringar', 'Välj vilka händelser som ska ge e-post eller notis i appen.'],
      ['Spara', 'Spara. Ändringen gäller från nästa inloggning.'],
    ],
  },
  {
    title: (s) => `Nyheter i senaste versionen av ${s}`,
    summary: (s) => `Det här är nytt i ${s} efter senaste uppdateringen, och vad du behöver göra annorlunda.`,
    keywords: ['uppdatering', 'version', 'nyheter', 'förändring'],
    steps: (s) => [
      ['Vad är nytt', `Den nya versionen av ${s} har ett nytt menyfält och snabbare sökning.`],
      ['Vad ändras för dig', 'Knappen Spara har flyttat till verktygsfältet högst upp.'],
      ['Utbildning', 'Se den korta filmen eller anmäl dig till en frågestund.'],
    ],
  },
  {
    title: (s) => `Byt behörighet eller avsluta konto i ${s}`,
    summary: (s) => `Chefens guide: ändra behörigheter i ${s} när någon byter uppdrag eller slutar.`,
    keywords: ['behörighet', 'avsluta konto', 'chef', 'roll'],
    steps: (s) => [
      ['Beställ ändringen', `Välj ${s} under Behörigheter i IT-portalen.`],
      ['Välj roll', 'Välj den nya rollen eller Avsluta.'],
      ['Bekräftelse', 'Du får en bekräftelse när systemförvaltaren har ändrat behörigheten.'],
    ],
  },
];

function ownerFor(directory: Directory, title: string, municipality: string, rng: Random): string {
  const candidates = directory.users.filter((u) => u.jobTitle === title && (municipality === GUIDE_ALL_MUNICIPALITIES || u.municipalityId === municipality));
  const pool = candidates.length > 0 ? candidates : directory.users.filter((u) => u.jobTitle === title);
  return (pool.length > 0 ? rng.pick(pool) : directory.users[0]).id;
}

function stepHtml(text: string): string {
  return `<p>${text}</p>`;
}

export function guideImageUrl(slug: string, step: number): string {
  return `${SHARED_SITE.path}/SiteAssets/Guider/${slug}-${step}.svg`;
}

function withMedia(slug: string, steps: Array<[string, string]>, rng: Random, withVideo: boolean): GuideStepSeed[] {
  return steps.map(([title, text], i) => {
    const step: GuideStepSeed = { title, html: stepHtml(text) };
    // Most steps have a picture (a screenshot in a real guide); the first step of some guides a film.
    if (i === 0 || rng.chance(0.6)) step.image = { url: guideImageUrl(slug, i + 1), alt: `Skärmbild: ${title.toLowerCase()}` };
    if (i === 0 && withVideo) {
      step.video = {
        url: `${SHARED_SITE.path}/SiteAssets/Guider/film/${slug}.mp4`,
        captionsUrl: `${SHARED_SITE.path}/SiteAssets/Guider/film/${slug}.sv.vtt`,
        captionsLanguage: 'sv',
      };
    }
    return step;
  });
}

function dateBefore(rng: Random, maxDays: number): string {
  return new Date(SEED_DATE - rng.int(1, maxDays) * DAY - rng.int(0, 8 * 3600) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Every guide of the list: themes for all or per municipality, then a guide per system and task. */
export function buildGuides(seed: number, directory: Directory): SeedGuide[] {
  const rng = new Random(seed, 'guides');
  const guides: SeedGuide[] = [];
  const slugs = new Set<string>();
  const add = (g: Omit<SeedGuide, 'id' | 'uniqueId' | 'slug' | 'steps' | 'created' | 'modified' | 'reviewDate' | 'ownerId'>, steps: Array<[string, string]>, ownerTitle: string): void => {
    let slug = asciiSlug(g.title);
    if (g.municipalities[0] !== GUIDE_ALL_MUNICIPALITIES) slug = `${slug}-${g.municipalities.join('-')}`;
    while (slugs.has(slug)) slug = `${slug}-2`;
    slugs.add(slug);
    const id = guides.length + 1;
    const created = dateBefore(rng, 900);
    const modified = new Date(Math.min(SEED_DATE - DAY, Date.parse(created) + rng.int(0, 400) * DAY)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    // Guides are reviewed yearly; some are overdue (a later feature finds them).
    const reviewDate = new Date(Date.parse(modified) + 365 * DAY).toISOString().slice(0, 10);
    guides.push({
      ...g,
      id,
      uniqueId: guidFromName(`guide:${slug}`),
      slug,
      steps: withMedia(slug, steps, rng, rng.chance(0.25)),
      ownerId: ownerFor(directory, ownerTitle, g.municipalities[0], rng),
      created,
      modified,
      reviewDate,
    });
  };
  for (const theme of THEMES) {
    const base = { summary: theme.summary, category: theme.category, forvaltning: theme.forvaltning, keywords: theme.keywords };
    if (theme.perMunicipality) {
      for (const m of MUNICIPALITIES) {
        add({ ...base, title: `${theme.title} (${m.shortName})`, municipalities: [m.id], summary: `${theme.summary} Gäller ${m.name}.` }, theme.steps, theme.ownerTitle);
      }
    } else {
      add({ ...base, title: theme.title, municipalities: [GUIDE_ALL_MUNICIPALITIES] }, theme.steps, theme.ownerTitle);
    }
  }
  for (const system of SYSTEMS) {
    for (const task of SYSTEM_TASKS) {
      add(
        {
          title: task.title(system.name),
          summary: task.summary(system.name, system.purpose),
          category: system.category,
          forvaltning: system.forvaltning,
          municipalities: [GUIDE_ALL_MUNICIPALITIES],
          keywords: [system.name, ...task.keywords],
        },
        task.steps(system.name),
        system.ownerTitle,
      );
    }
  }
  // Guides shared by some municipalities (a common service): one item for both, last so the
  // guides above keep their seeded values.
  for (const shared of SHARED_GUIDES) {
    add({ title: shared.title, summary: shared.summary, category: shared.category, forvaltning: shared.forvaltning, keywords: shared.keywords, municipalities: shared.municipalities }, shared.steps, shared.ownerTitle);
  }
  return guides;
}

/** Guides for two municipalities that share a service. */
const SHARED_GUIDES: Array<Omit<GuideTheme, 'perMunicipality'> & { municipalities: string[] }> = [
  {
    title: 'Boka tid hos den gemensamma företagshälsovården',
    summary: 'Eksjö och Vetlanda har en gemensam företagshälsovård. Så bokar du tid för samtal, hälsokontroll eller ergonomigenomgång.',
    category: 'Arbetsmiljö', forvaltning: KLF, ownerTitle: 'HR-specialist', municipalities: ['eksjo', 'vetlanda'],
    keywords: ['företagshälsovård', 'hälsokontroll', 'samtalsstöd', 'ergonomi'],
    steps: [
      ['Prata med din chef', 'Ett besök hos företagshälsovården beställs av din chef, utom samtalsstöd som du bokar själv.'],
      ['Boka tiden', 'Ring företagshälsovårdens växel eller boka i deras webbtidbok med ditt anställningsnummer.'],
      ['Efter besöket', 'Du och din chef får en sammanfattning om du samtycker till det.'],
    ],
  },
];

/** The guides of the external guide system (Kunskapsbanken), indexed through a Graph connector. */
export interface ExternalGuide {
  id: string;
  title: string;
  summary: string;
  category: string;
  municipality: string;
  keywords: string[];
  steps: GuideStepSeed[];
  url: string;
  lastModified: string;
  owner: string;
}

const EXTERNAL_TOPICS: Array<[string, string, string, string[], Array<[string, string]>]> = [
  ['Brandskydd: utrymning av en verksamhet', 'Så leder du en utrymning och återsamling.', 'Säkerhet', ['brand', 'utrymning', 'återsamlingsplats', 'SBA'], [['Larma', 'Larma 112 och räddningstjänsten.'], ['Varna', 'Varna alla i lokalen.'], ['Utrym', 'Led ut alla till återsamlingsplatsen.'], ['Räkna', 'Räkna in alla och rapportera till räddningsledaren.']]],
  ['Hjärt- och lungräddning (HLR)', 'Grunderna i hjärt- och lungräddning för vuxna.', 'Arbetsmiljö', ['HLR', 'hjärtstopp', 'första hjälpen', 'hjärtstartare'], [['Kontrollera', 'Kontrollera medvetande och andning.'], ['Larma', 'Ring 112 och hämta hjärtstartare.'], ['Kompressioner', 'Tryck 30 gånger mitt på bröstet.'], ['Inblåsningar', 'Blås in luft 2 gånger och fortsätt 30:2.']]],
  ['Hot och våld: så agerar du', 'Förebygg och hantera hotfulla situationer i mötet med medborgare.', 'Säkerhet', ['hot', 'våld', 'trygghet', 'larm'], [['Bedöm', 'Bedöm risken och håll avstånd.'], ['Larma', 'Använd överfallslarmet eller ring 112.'], ['Rapportera', 'Rapportera händelsen i KIA efteråt.']]],
  ['Krisstöd efter allvarlig händelse', 'Stöd till medarbetare efter en allvarlig händelse.', 'Arbetsmiljö', ['kris', 'krisstöd', 'POSOM', 'samtal'], [['Samla', 'Samla de berörda i ett lugnt rum.'], ['Informera', 'Ge saklig information om vad som hänt.'], ['Erbjud stöd', 'Erbjud samtal med företagshälsovården.']]],
  ['Ergonomi vid skärmarbete', 'Ställ in stol, bord och skärm så att du sitter bra.', 'Arbetsmiljö', ['ergonomi', 'skärm', 'kontorsstol', 'höj- och sänkbart'], [['Stolen', 'Ställ in sitthöjden så att fötterna står i golvet.'], ['Bordet', 'Bordshöjden ska vara i armbågshöjd.'], ['Skärmen', 'Överkanten av skärmen i ögonhöjd, en armlängd bort.']]],
  ['Kassahantering i kommunens receptioner', 'Rutiner för kontanter och kortbetalning.', 'Ekonomi och inköp', ['kassa', 'kontanter', 'kortbetalning', 'redovisning'], [['Öppna kassan', 'Räkna växelkassan och signera.'], ['Ta betalt', 'Kvittera varje betalning.'], ['Stäng', 'Räkna av och redovisa dagskassan.']]],
  ['Hygienrutiner i vård och omsorg', 'Basala hygienrutiner för att förhindra smitta.', 'Vård och omsorg', ['hygien', 'basala hygienrutiner', 'smitta', 'handsprit'], [['Händer', 'Desinfektera händerna före och efter varje vårdmoment.'], ['Kläder', 'Arbeta i kortärmat och byt arbetskläder dagligen.'], ['Skydd', 'Använd handskar och plastförkläde vid risk för kontakt med kroppsvätskor.']]],
  ['Delegering av hälso- och sjukvårdsuppgifter', 'Hur delegering fungerar och vad du får göra.', 'Vård och omsorg', ['delegering', 'läkemedel', 'sjuksköterska', 'HSL'], [['Utbildning', 'Genomför delegeringsutbildningen.'], ['Beslut', 'Sjuksköterskan fattar ett skriftligt delegeringsbeslut.'], ['Förnya', 'Delegeringen gäller högst ett år och ska förnyas.']]],
  ['Sortera avfall på arbetsplatsen', 'Källsortering i kontor och kök.', 'Fastighet och lokaler', ['avfall', 'källsortering', 'återvinning', 'miljö'], [['Fraktioner', 'Sortera i matavfall, plast, papper, metall och restavfall.'], ['Farligt avfall', 'Batterier och lysrör lämnas till fastighetsskötaren.'], ['Sekretesspapper', 'Sekretesspapper läggs i låst kärl.']]],
  ['Skriv ut säkert med Följ mig-utskrift', 'Skriv ut på valfri skrivare med ditt passerkort.', 'IT och system', ['utskrift', 'skrivare', 'Följ mig', 'passerkort'], [['Skriv ut', 'Välj skrivaren Följ mig i programmet.'], ['Gå till skrivaren', 'Blippa ditt passerkort på valfri skrivare.'], ['Hämta', 'Välj dokumentet och tryck Skriv ut.']]],
];

export function buildExternalGuides(seed: number): ExternalGuide[] {
  const rng = new Random(seed, 'external-guides');
  const guides: ExternalGuide[] = [];
  for (const [title, summary, category, keywords, steps] of EXTERNAL_TOPICS) {
    for (const m of [GUIDE_ALL_MUNICIPALITIES, ...MUNICIPALITIES.map((x) => x.id)]) {
      const municipality = MUNICIPALITIES.find((x) => x.id === m);
      const id = `kb-${asciiSlug(title)}${municipality ? `-${m}` : ''}`;
      guides.push({
        id,
        title: municipality ? `${title} – ${municipality.shortName}` : title,
        summary: municipality ? `${summary} Lokala kontakter för ${municipality.name}.` : summary,
        category,
        municipality: m,
        keywords,
        steps: steps.map(([t, text], i) => ({
          title: t,
          html: stepHtml(text),
          ...(i === 0 ? { image: { url: `${SHARED_SITE.path}/SiteAssets/Guider/${id}-1.svg`, alt: `Illustration: ${t.toLowerCase()}` } } : {}),
        })),
        url: `https://kunskapsbanken.example/guider/${id}`,
        lastModified: dateBefore(rng, 700),
        owner: 'Kunskapsbanken',
      });
    }
  }
  return guides;
}

/** Writes the 'Guider' list of the shared site and its items. */
export function writeGuides(db: DatabaseSync, seed: number, directory: Directory, userSpIds: Map<string, number>): number {
  const siteId = guidFromName(`site:${SHARED_SITE.path}`);
  const listId = guidFromName(`list:${SHARED_SITE.path}:${GUIDE_LIST_TITLE}`);
  db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    listId, siteId, GUIDE_LIST_TITLE, `${SHARED_SITE.path}/${GUIDE_LIST_URL}`, 100, 'Steg-för-steg-guider för medarbetare', '2024-01-15T08:00:00Z',
  );
  // The list keeps versions, as its ListInstance (VersioningEnabled) and `npm run setup` leave it.
  db.prepare('INSERT INTO sp_list_versioning (list_id, enabled) VALUES (?, 1)').run(listId);
  const insert = db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)');
  const guides = buildGuides(seed, directory);
  for (const g of guides) {
    const ownerSpId = userSpIds.get(g.ownerId) ?? null;
    const fields = {
      Title: g.title,
      SamverkaGuideSummary: g.summary,
      SamverkaGuideSteps: JSON.stringify(g.steps),
      SamverkaGuideStepCount: g.steps.length,
      SamverkaGuideCategory: g.category,
      SamverkaMunicipality: g.municipalities,
      SamverkaForvaltning: g.forvaltning,
      SamverkaGuideKeywords: g.keywords.join('; '),
      SamverkaOwnerId: ownerSpId,
      SamverkaReviewDate: `${g.reviewDate}T00:00:00Z`,
      FileRef: `${SHARED_SITE.path}/${GUIDE_LIST_URL}/${g.id}_.000`,
      FileLeafRef: `${g.id}_.000`,
      Created: g.created,
      Modified: g.modified,
      AuthorId: ownerSpId,
      EditorId: ownerSpId,
      ContentTypeId: `${GUIDE_CONTENT_TYPE}00`,
      GUID: g.uniqueId,
    };
    insert.run(listId, g.id, g.uniqueId, JSON.stringify(fields));
  }
  return guides.length;
}

/**
 * The guide editor's library of pictures and captions files on the shared site ('Guidebilder',
 * a document library, sharepoint/assets/guides.xml), as `npm run setup` leaves it: empty, with the
 * site's roles (readers read, members add). Files: emulator/sharepoint/files.ts.
 */
export const GUIDE_PICTURE_LIBRARY_TITLE = 'Guidebilder';

export function writeGuidePictureLibrary(db: DatabaseSync): void {
  db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    guidFromName(`list:${SHARED_SITE.path}:${GUIDE_PICTURE_LIBRARY_TITLE}`), guidFromName(`site:${SHARED_SITE.path}`), GUIDE_PICTURE_LIBRARY_TITLE,
    `${SHARED_SITE.path}/${GUIDE_PICTURE_LIBRARY_TITLE}`, 101, 'Bilder och textningsfiler till guiderna', '2024-01-15T08:00:00Z');
}
