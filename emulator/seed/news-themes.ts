import type { ForvaltningKind } from './organisation.ts';
import type { SceneKey } from './scenes.ts';
import { VERKSAMHET_THEMES } from './news-themes-verksamhet.ts';

/**
 * What the seeded news are about. A theme holds a few stories, each written as one piece: its
 * title, description and body paragraphs belong together. A news page is one story with its
 * placeholders filled from the page's municipality, unit and date ({kort}, {enhet}, {datum} ...;
 * see news.ts). {datum} is one to six weeks after publishing, {datum2} three days to three weeks.
 */
export interface NewsStory {
  title: string;
  description: string;
  /** The body in order: the first paragraph, then a subheading, then the rest. */
  paragraphs: readonly string[];
  /** The subheading between the first paragraph and the rest. */
  heading: string;
  bullets?: readonly string[];
  /** Months (1-12) the story is told in, within its theme's; any of the theme's when absent. */
  months?: readonly number[];
}

export interface NewsTheme {
  key: string;
  /** The banner's picture (scenes.ts); its alt text describes that picture. */
  scene: SceneKey;
  /** Who the theme is written for: everyone, managers, or one unit. */
  audience: 'general' | 'managers' | 'unit';
  /** The theme belongs to one förvaltning (its news may target it). */
  forvaltning?: ForvaltningKind;
  /** Suitable for the shared site (common to all municipalities). */
  shared?: boolean;
  /** Months (1-12) in which the theme is published; any month when absent. */
  months?: readonly number[];
  /** A rule or routine everyone must know: its news may be marked Läs och bekräfta. */
  mustRead?: boolean;
  stories: readonly NewsStory[];
}

/** Themes for all staff and for managers: pay, leave, working environment, IT, routines. */
const STAFF_THEMES: readonly NewsTheme[] = [
  {
    key: 'lonerevision',
    scene: 'calendar',
    audience: 'general',
    shared: true,
    months: [1, 2, 3, 4, 5, 9, 10, 11],
    stories: [
      {
        title: 'Lönerevision {nastaAr}: tidplan och process',
        months: [1, 2, 9, 10, 11],
        description: 'Här är tidplanen för årets lönerevision och vad du behöver göra inför ditt lönesamtal.',
        heading: 'Tidplan',
        paragraphs: [
          'Arbetet med lönerevisionen {nastaAr} har startat. Alla medarbetare har ett lönesamtal med sin närmaste chef, och samtalen ska vara klara senast {datum}.',
          'Inför samtalet är det bra att läsa igenom lönekriterierna och fundera över det gångna året. Kriterierna finns i personalhandboken.',
          'När samtalen är klara förhandlar arbetsgivaren med de fackliga organisationerna. Den nya lönen gäller från den 1 april.',
        ],
        bullets: ['Lönesamtal med din chef senast {datum}', 'Förhandlingar med de fackliga organisationerna', 'Ny lön från den 1 april'],
      },
      {
        title: 'Så går lönerevisionen {nastaAr} till',
        months: [1, 2, 3, 9, 10, 11],
        description: 'Lönerevisionen är i gång. Läs om lönekriterierna, lönesamtalet och när den nya lönen kommer.',
        heading: 'Lönesamtalet',
        paragraphs: [
          'Lönen sätts individuellt och utgår från de gemensamma lönekriterierna: resultat, samarbete, bemötande och utveckling i arbetet.',
          'I lönesamtalet går du och din chef igenom hur du har bidragit till verksamhetens mål. Chefen ska kunna motivera din nya lön.',
          'Är du medlem i ett fackförbund kan du också vända dig dit med frågor om lönebildningen.',
        ],
      },
      {
        title: 'Ny lön betalas ut i {manad}',
        months: [3, 4, 5],
        description: 'Lönerevisionen är klar. Den nya lönen, och retroaktiv ersättning från revisionsdatum, kommer med utbetalningen i {manad}.',
        heading: 'Se din nya lön',
        paragraphs: [
          'Förhandlingarna om lönerevisionen är avslutade och de nya lönerna är registrerade i lönesystemet.',
          'Den nya lönen gäller från revisionsdatum. Det du har att få för tiden sedan dess betalas ut som retroaktiv ersättning vid samma tillfälle.',
          'Lönespecifikationen finns i självservice några dagar före utbetalningen. Har du frågor om din lön vänder du dig i första hand till din chef.',
        ],
      },
    ],
  },
  {
    key: 'lonesamtal-chefer',
    scene: 'meeting',
    audience: 'managers',
    months: [1, 2, 3, 9, 10, 11],
    stories: [
      {
        title: 'Chefsinformation: lönesamtal inför lönerevisionen {nastaAr}',
        description: 'Samtalsmall, lönekriterier och utbildning för dig som håller lönesamtal i år.',
        heading: 'Stöd från HR',
        paragraphs: [
          'Som chef håller du lönesättande samtal med dina medarbetare fram till {datum}. Samtalen ska utgå från de gemensamma lönekriterierna.',
          'HR har uppdaterat samtalsmallen och stödmaterialet. Du hittar båda på chefssidan under Lön.',
          'Boka gärna en genomgång med din HR-konsult innan samtalen startar, särskilt om du är ny som chef.',
        ],
        bullets: ['Samtalsmall och lönekriterier', 'Utbildning i lönesättning {datum2}', 'Förslag till ny lön i lönesystemet senast {datum}'],
      },
      {
        title: 'Lönebudget och ramar för {nastaAr} är klara',
        description: 'Nu finns ramarna för årets lönerevision. Här är vad du som chef behöver veta innan samtalen börjar.',
        heading: 'Fördelning mellan enheterna',
        paragraphs: [
          'Lönebudgeten för {nastaAr} är fastställd. Utrymmet fördelas på förvaltningarna utifrån lönekartläggningen och prioriterade yrkesgrupper.',
          'Din förvaltningschef presenterar fördelningen på chefsträffen {datum2}.',
          'Tänk på att motiveringen till varje lön ska vara tydlig för medarbetaren och att skillnader ska bygga på lönekriterierna.',
        ],
      },
      {
        title: 'Stöd till chefer inför lönesättande samtal',
        description: 'En halvdagsutbildning för chefer som håller lönesamtal för första gången.',
        heading: 'Innehåll',
        paragraphs: [
          'HR erbjuder en halvdagsutbildning om lönesättande samtal {datum2}. Den riktar sig i första hand till chefer som är nya i rollen.',
          'Vi går igenom lönekriterierna, hur du förbereder samtalet och hur du ger en motivering som håller.',
          'Anmäl dig till HR. Utbildningen ges också digitalt för dig som inte kan komma på plats.',
        ],
      },
    ],
  },
  {
    key: 'semester',
    scene: 'lake',
    audience: 'general',
    shared: true,
    months: [1, 2, 3, 4, 5],
    mustRead: true,
    stories: [
      {
        title: 'Nya rutiner för semesteransökan',
        description: 'Från i år ansöker du om semester i självservice i stället för på blankett. Så här gör du.',
        heading: 'Så gör du',
        paragraphs: [
          'Från och med {datum2} ansöker alla medarbetare om semester i självservice. Pappersblanketten tas bort.',
          'Ansökan går direkt till din chef, som beviljar eller ber om en ändring. Du får besked i självservice och via e-post.',
          'I verksamheter med schemalagd personal görs semesterplaneringen fortfarande gemensamt på arbetsplatsträffen innan ansökan skickas in.',
        ],
        bullets: ['Logga in i självservice', 'Välj Ledighet och sedan Semester', 'Ange period och skicka till din chef'],
      },
      {
        title: 'Ansök om sommarsemester senast {datum}',
        description: 'Sommarens semesterperiod planeras nu. Lämna in din ansökan i tid så att verksamheten kan planera bemanningen.',
        heading: 'Det här gäller',
        paragraphs: [
          'Sista dag för ansökan om sommarsemester är {datum}. Besked lämnas senast en månad innan ledigheten börjar.',
          'Huvudregeln är fyra veckors sammanhängande semester under perioden juni till augusti, om verksamheten tillåter det.',
          'I vård och omsorg förläggs semestern i perioder. Din chef berättar vilka perioder som gäller på din arbetsplats.',
        ],
      },
      {
        title: 'Semesterplanering {ar}: det här gäller',
        description: 'Sparade dagar, semesterväxling och vad som händer om du byter arbetsplats under sommaren.',
        heading: 'Sparade semesterdagar',
        paragraphs: [
          'Du kan spara semesterdagar som överstiger 20 dagar per år. Sparade dagar ska tas ut inom fem år.',
          'Vill du växla semestertillägg mot fler lediga dagar ska du ansöka om det senast {datum}.',
          'Byter du arbetsplats inom kommunen följer din beviljade semester med. Tala med båda cheferna i god tid.',
        ],
      },
    ],
  },
  {
    key: 'arbetsmiljovecka',
    scene: 'forest',
    audience: 'general',
    shared: true,
    months: [9, 10],
    stories: [
      {
        title: 'Arbetsmiljöveckan vecka {vecka}: program och anmälan',
        description: 'Föreläsningar, prova-på-pass och workshoppar för alla medarbetare under vecka {vecka}.',
        heading: 'Anmälan',
        paragraphs: [
          'Under vecka {vecka} arrangeras arbetsmiljöveckan med aktiviteter för alla medarbetare. Programmet är framtaget tillsammans med skyddsombuden.',
          'Årets tema är återhämtning. Föreläsningarna sänds också digitalt så att fler kan delta oavsett arbetstid.',
          'Anmälan till workshopparna görs senast {datum2}. Antalet platser är begränsat, så prata med din chef i god tid.',
        ],
        bullets: ['Föreläsning om stress och sömn', 'Ergonomi vid skärmarbete', 'Prova-på-pass i yoga och stavgång'],
      },
      {
        title: 'Föreläsningar om stress och återhämtning under arbetsmiljöveckan',
        description: 'Två föreläsningar om hur vi hittar balans mellan arbete och vila. Öppna för alla, på plats och digitalt.',
        heading: 'Digitalt eller på plats',
        paragraphs: [
          'Under arbetsmiljöveckan håller företagshälsovården två föreläsningar om stress, sömn och återhämtning.',
          'Föreläsarna ger konkreta råd om pauser under arbetsdagen och om hur en arbetsgrupp kan hjälpas åt att minska stressen.',
          'Föreläsningarna spelas in och finns kvar på intranätet i en månad efteråt.',
        ],
      },
    ],
  },
  {
    key: 'it-storning',
    scene: 'server',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Störningen i {system} är åtgärdad',
        description: 'I går var {system} otillgängligt under delar av eftermiddagen. Felet är åtgärdat och allt fungerar igen.',
        heading: 'Vad hände?',
        paragraphs: [
          'Den gemensamma IT-driften har åtgärdat störningen som påverkade {system}. Orsaken var ett fel vid en uppdatering av servermiljön.',
          'Arbete som sparades under störningen kan behöva kontrolleras. Kontakta IT-servicedesk om något saknas.',
          'Vi ber om ursäkt för besväret och ser över rutinerna för uppdateringar så att det inte händer igen.',
        ],
      },
      {
        title: 'Störning i {system} – vi arbetar med felet',
        description: 'Just nu kan {system} vara långsamt eller helt otillgängligt. Vi uppdaterar informationen löpande.',
        heading: 'Under tiden',
        paragraphs: [
          'IT-driften felsöker en störning i {system}. Felet påverkar alla tre kommunerna.',
          'Vänta med att ringa IT-servicedesk om ditt ärende bara gäller störningen. Vi meddelar här när felet är åtgärdat.',
          'Verksamheter som har en reservrutin för driftstopp ska använda den tills vidare.',
        ],
      },
      {
        title: 'Planerat underhåll av {system} {datum}',
        description: 'På kvällen {datum} uppdateras {system}. Tjänsten är inte tillgänglig mellan klockan 17 och 21.',
        heading: 'Bra att veta',
        paragraphs: [
          'Under det planerade underhållet {datum} mellan klockan 17 och 21 går det inte att logga in i {system}.',
          'Spara ditt arbete och logga ut före klockan 17. Det du har öppet när underhållet börjar kan gå förlorat.',
          'Aktuell driftinformation finns alltid på driftsidan och i IT-servicedeskens telefonkö.',
        ],
      },
    ],
  },
  {
    key: 'friskvard',
    scene: 'forest',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Friskvårdsbidraget höjs till {belopp} kronor',
        description: 'Från den 1 januari höjs friskvårdsbidraget. Läs vad bidraget kan användas till och hur du ansöker.',
        heading: 'Vad räknas som friskvård?',
        paragraphs: [
          'Friskvårdsbidraget höjs till {belopp} kronor per år från den 1 januari. Höjningen gäller alla tillsvidare- och visstidsanställda.',
          'Bidraget kan användas till träningskort, simhall, gruppträning och liknande motionsaktiviteter. Utrustning och kläder ingår inte.',
          'Du ansöker i självservice och bifogar kvittot. Bidraget betalas ut med lönen.',
        ],
      },
      {
        title: 'Glöm inte att använda ditt friskvårdsbidrag',
        description: 'Kvitton för i år ska vara inlämnade senast {datum}. Därefter kan bidraget inte betalas ut.',
        heading: 'Så ansöker du',
        paragraphs: [
          'Många har ännu inte använt årets friskvårdsbidrag. Bidraget gäller kalenderår och kan inte sparas till nästa år.',
          'Lämna in kvitton för i år senast {datum}. Ansökan görs i självservice under Utlägg.',
          'Frågor om friskvårdsbidraget besvaras av Lön och HR.',
        ],
      },
      {
        title: 'Friskvårdstimmen – så fungerar det',
        description: 'En timme i veckan för motion på arbetstid, när verksamheten tillåter det. Prata med din chef om hur det kan ordnas.',
        heading: 'Planera tillsammans',
        paragraphs: [
          'Friskvårdstimmen ger dig möjlighet att motionera en timme i veckan på arbetstid.',
          'Hur och när du tar timmen planerar du tillsammans med din chef. I schemalagda verksamheter kan det ordnas som en fast tid varannan vecka.',
          'Timmen ska användas till fysisk aktivitet, till exempel en promenad, ett pass på gymmet eller simning.',
        ],
      },
    ],
  },
  {
    key: 'medarbetarenkat',
    scene: 'chart',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Medarbetarenkäten {ar}: nu är resultaten klara',
        description: 'Svarsfrekvensen blev 82 procent. De flesta trivs med sina arbetsuppgifter, men arbetsbelastningen behöver vi arbeta med.',
        heading: 'Vad händer nu?',
        paragraphs: [
          'Årets medarbetarenkät visar att de flesta trivs med sina arbetsuppgifter och känner stöd från kollegorna.',
          'Områden att utveckla är arbetsbelastning och möjligheten till återhämtning under arbetsdagen.',
          'Resultaten presenteras på arbetsplatsträffarna. Varje arbetsplats tar sedan fram en handlingsplan tillsammans med sin chef före {datum}.',
        ],
      },
      {
        title: 'Svara på medarbetarenkäten senast {datum}',
        description: 'Dina svar är viktiga för att utveckla arbetsmiljön. Enkäten tar ungefär tio minuter.',
        heading: 'Dina svar är anonyma',
        paragraphs: [
          'Medarbetarenkäten har skickats till din e-post. Sista dag att svara är {datum}.',
          'Enkäten genomförs av ett externt företag och ingen enskild medarbetares svar kan identifieras. Resultat redovisas bara för grupper med minst fem svar.',
          'Du får svara på arbetstid. Har du inte fått någon enkät, kontakta din chef.',
        ],
      },
    ],
  },
  {
    key: 'chefsdag',
    scene: 'meeting',
    audience: 'managers',
    stories: [
      {
        title: 'Chefsdag {datum}: program',
        description: 'Alla chefer bjuds in till en dag om verksamhetsplan, budget och arbetsmiljöansvar.',
        heading: 'Program',
        paragraphs: [
          'Chefsdagen {datum} inleds med en genomgång av verksamhetsplanen och budgeten för {nastaAr}.',
          'Under eftermiddagen arbetar vi i grupper med arbetsmiljöansvar och systematiskt arbetsmiljöarbete.',
          'Anmälan görs till HR senast {datum2}. Meddela eventuell specialkost vid anmälan.',
        ],
        bullets: ['Verksamhetsplan och budget', 'Arbetsmiljöansvar i praktiken', 'Erfarenhetsutbyte mellan förvaltningarna'],
      },
      {
        title: 'Ledarforum: ny chefsutbildning startar i {manad}',
        description: 'Ett ledarutvecklingsprogram för chefer med personalansvar. Sex träffar under ett år, anmälan är öppen.',
        heading: 'Upplägg',
        paragraphs: [
          'Ledarforum är ett nytt utvecklingsprogram för chefer och startar i {manad}. Programmet tas fram tillsammans av de tre kommunerna.',
          'Programmet omfattar sex heldagar under ett år med teman som kommunikation, förändringsledning och arbetsrätt.',
          'Prata med din närmaste chef om du vill delta och anmäl dig till HR senast {datum}.',
        ],
      },
      {
        title: 'Inbjudan till chefsträff {datum}',
        description: 'Månadens chefsträff handlar om rekrytering och kompetensförsörjning.',
        heading: 'Dagordning',
        paragraphs: [
          'Välkommen till chefsträffen {datum} i stadshusets sessionssal. Träffen pågår mellan klockan 8.30 och 12.',
          'HR presenterar den nya rutinen för rekrytering och hur vi gör annonser som når fler sökande.',
          'Efter pausen delar två enhetschefer med sig av sina erfarenheter av att behålla medarbetare.',
        ],
      },
    ],
  },
  {
    key: 'budget',
    scene: 'chart',
    audience: 'managers',
    stories: [
      {
        title: 'Budgetarbetet inför {nastaAr} startar',
        description: 'Anvisningarna för budget {nastaAr} är klara. Underlagen från förvaltningarna ska vara inne senast {datum}.',
        heading: 'Tidplan',
        paragraphs: [
          'Budgetprocessen inför {nastaAr} har startat och följer samma tidplan som tidigare år.',
          'Varje förvaltning lämnar sitt underlag till ekonomiavdelningen senast {datum}. Mallarna finns på chefssidan.',
          'Ekonomerna finns tillgängliga för stöd med underlag och beräkningar.',
        ],
      },
      {
        title: 'Delårsrapporten: så ser ekonomin ut',
        description: 'Prognosen visar ett underskott i några verksamheter. Så arbetar vi vidare under hösten.',
        heading: 'Åtgärder',
        paragraphs: [
          'Delårsrapporten visar en prognos i balans för kommunen som helhet, men ett underskott inom några verksamheter.',
          'Förvaltningarna med underskott tar fram åtgärdsplaner som redovisas för kommunstyrelsen.',
          'Delårsrapporten behandlas av kommunstyrelsen {datum}.',
        ],
      },
      {
        title: 'Nya anvisningar för budgetuppföljning',
        description: 'Från och med nästa månad följer alla chefer upp sin budget i det nya uppföljningsverktyget.',
        heading: 'Vad är nytt?',
        paragraphs: [
          'Budgetuppföljningen görs varje månad i det nya uppföljningsverktyget i stället för i kalkylblad.',
          'Verktyget hämtar utfallet direkt från ekonomisystemet. Du som chef skriver en kort kommentar och en prognos.',
          'En introduktion för chefer hålls digitalt {datum2}.',
        ],
      },
    ],
  },
  {
    key: 'rehab',
    scene: 'desk',
    audience: 'managers',
    stories: [
      {
        title: 'Uppdaterad rutin för rehabilitering',
        description: 'Rutinen för arbetslivsinriktad rehabilitering är uppdaterad. Här är det viktigaste för dig som chef.',
        heading: 'Ditt ansvar som chef',
        paragraphs: [
          'Som chef ansvarar du för att rehabiliteringsarbetet startar tidigt, senast efter den fjärde sjukfrånvaroperioden under ett år.',
          'Den nya rutinen beskriver hur ansvaret fördelas mellan chef, HR och företagshälsovård, och när en rehabiliteringsplan ska upprättas.',
          'HR håller en introduktion till rutinen {datum2}.',
        ],
      },
      {
        title: 'Ny rutin för tillbudsrapportering',
        description: 'Från {datum} rapporteras tillbud och arbetsskador i ett nytt system.',
        heading: 'Varför rapportera?',
        paragraphs: [
          'Från {datum} rapporteras tillbud och arbetsskador i det nya systemet för avvikelser. Blanketten slutar att gälla samma dag.',
          'Medarbetaren gör anmälan och du som chef utreder och beslutar om åtgärder.',
          'Att rapportera även små tillbud hjälper oss att förebygga olyckor. Allvarliga tillbud ska också anmälas till Arbetsmiljöverket.',
        ],
      },
      {
        title: 'Arbetsmiljöansvar: uppgiftsfördelningen ska förnyas',
        description: 'Alla chefer ska skriva under en ny uppgiftsfördelning i arbetsmiljöarbetet.',
        heading: 'Så går det till',
        paragraphs: [
          'Uppgiftsfördelningen i arbetsmiljöarbetet ska förnyas vid chefsbyte och minst vart tredje år. I år är det dags för alla chefer.',
          'Gå igenom uppgiftsfördelningen tillsammans med din chef. Saknar du kunskap eller resurser för en uppgift ska den returneras.',
          'Den underskrivna uppgiftsfördelningen lämnas till HR senast {datum}.',
        ],
      },
    ],
  },
  {
    key: 'krisberedskap',
    scene: 'skyline',
    audience: 'general',
    shared: true,
    mustRead: true,
    stories: [
      {
        title: 'Övning i krisberedskap {datum}',
        description: 'Kommunerna på Höglandet övar tillsammans. Vissa verksamheter kan påverkas under dagen.',
        heading: 'Påverkas din verksamhet?',
        paragraphs: [
          'Övningen genomförs {datum} och omfattar krisledningsnämnden och ledningsgrupperna i förvaltningarna.',
          'Scenariot är ett längre strömavbrott under vintern. Ledningsgrupperna övar på att ta fram lägesbilder och samordna information.',
          'Verksamheterna påverkas i liten utsträckning. Den som berörs kontaktas av sin chef före övningen.',
        ],
      },
      {
        title: 'Ny krisledningsplan antagen',
        description: 'Krisledningsplanen beskriver hur kommunen leds vid en samhällsstörning och vad som förväntas av varje verksamhet.',
        heading: 'Kontinuitetsplaner',
        paragraphs: [
          'Kommunfullmäktige har antagit en ny krisledningsplan för mandatperioden.',
          'Alla verksamheter ska ha en kontinuitetsplan som beskriver hur viktiga uppgifter kan utföras vid en störning. Planerna ska ses över senast {datum}.',
          'Frågor om krisberedskap besvaras av säkerhetssamordnaren.',
        ],
      },
      {
        title: 'Så agerar du vid ett längre strömavbrott',
        description: 'Vad gör du på jobbet om strömmen går i flera timmar? Här är det viktigaste att känna till.',
        heading: 'Information vid en kris',
        paragraphs: [
          'Vid ett längre strömavbrott följer varje verksamhet sin kontinuitetsplan. Din chef vet var den finns.',
          'Kommunen informerar invånare och medarbetare via webbplatsen, lokalradion och informationspunkter i tätorterna.',
          'Ha gärna en ficklampa, en batteriradio och vatten hemma – det rekommenderar också Myndigheten för civil beredskap.',
        ],
      },
    ],
  },
  {
    key: 'bluffmejl',
    scene: 'lock',
    audience: 'general',
    shared: true,
    mustRead: true,
    stories: [
      {
        title: 'Varning för bluffmejl – så känner du igen dem',
        description: 'Just nu skickas falska mejl som ser ut att komma från IT-servicedesk. Klicka inte på länkarna.',
        heading: 'Har du klickat?',
        paragraphs: [
          'Bluffmejlen uppmanar mottagaren att logga in för att behålla sin e-postlåda. IT-servicedesk skickar aldrig sådana mejl.',
          'Om du har klickat på en länk och skrivit ditt lösenord: byt lösenord direkt och kontakta IT-servicedesk.',
          'Rapportera misstänkta mejl med knappen Rapportera i Outlook, så kan vi stoppa dem för fler.',
        ],
        bullets: ['Kontrollera avsändaren', 'Klicka inte på länkar i oväntade mejl', 'Rapportera misstänkta mejl med knappen Rapportera'],
      },
      {
        title: 'Nytt lösenordskrav från {datum}',
        description: 'Lösenordet ska vara minst 14 tecken. Använd gärna en lösenordsfras som är lätt att komma ihåg.',
        heading: 'Tips',
        paragraphs: [
          'Från {datum} ska lösenord till kommunens konton vara minst 14 tecken långa. Du blir ombedd att byta vid nästa inloggning.',
          'En lösenordsfras, till exempel fyra ord i följd, är både säkrare och lättare att komma ihåg än ett kort lösenord med specialtecken.',
          'Använd aldrig samma lösenord till jobbet som till privata tjänster.',
        ],
      },
      {
        title: 'Tvåstegsverifiering införs för alla konton',
        description: 'För att skydda kommunens information krävs tvåstegsverifiering vid inloggning utanför kommunens nätverk.',
        heading: 'Så förbereder du dig',
        paragraphs: [
          'Från {datum} krävs tvåstegsverifiering när du loggar in utanför kommunens nätverk, till exempel hemifrån.',
          'Du godkänner inloggningen i en app i mobilen. Installera appen och registrera dig i förväg enligt lathunden.',
          'Har du ingen tjänstemobil kan du få en säkerhetsnyckel. Beställ den via IT-servicedesk.',
        ],
      },
    ],
  },
  {
    key: 'teams',
    scene: 'video',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Nu flyttar vi till Teams',
        description: 'Gemensamma filer flyttas från de gamla filservrarna till Teams och SharePoint. Så går flytten till.',
        heading: 'Stöd under flytten',
        paragraphs: [
          'De gemensamma filerna på filservrarna flyttas till Teams och SharePoint. Flytten görs förvaltning för förvaltning och är klar före {datum}.',
          'Varje arbetsplats får stöd av en digital ambassadör som hjälper till att sortera vad som ska med.',
          'Filer som inte har öppnats på tre år flyttas inte automatiskt. Gå igenom din arbetsplats mappar i god tid.',
        ],
      },
      {
        title: 'Nytt intranät: tyck till om sidorna',
        description: 'Vi bygger ett gemensamt intranät för alla tre kommunerna. Vad tycker du om nyheterna, sökningen och startsidan?',
        heading: 'Så lämnar du synpunkter',
        paragraphs: [
          'Det nya intranätet samlar nyheter från din egen kommun och gemensamma nyheter för alla tre kommunerna.',
          'Under hösten testar vi startsidan, sökningen och Min sida tillsammans med medarbetare från olika verksamheter.',
          'Lämna synpunkter via formuläret längst ned på startsidan eller till kommunikationsavdelningen.',
        ],
      },
      {
        title: 'Utbildning i Teams och OneDrive {datum}',
        description: 'En timmes digital utbildning om att dela filer, arbeta i samma dokument och hålla ordning i kanalerna.',
        heading: 'Innehåll',
        paragraphs: [
          'IT och digitalisering håller en digital utbildning i Teams och OneDrive {datum}. Utbildningen tar en timme.',
          'Vi går igenom skillnaden mellan filer i OneDrive och i Teams, hur du delar med kollegor och hur du hittar tillbaka till det du arbetat med.',
          'Utbildningen spelas in och läggs ut på intranätet efteråt.',
        ],
      },
    ],
  },
  {
    key: 'pension',
    scene: 'fika',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Informationsmöte om pension {datum}',
        description: 'Funderar du på din pension? Välkommen till ett informationsmöte med pensionsrådgivare.',
        heading: 'Anmälan',
        paragraphs: [
          'Mötet {datum} riktar sig till medarbetare som har fem år eller mindre kvar till pension.',
          'Pensionsrådgivaren går igenom tjänstepensionen, den allmänna pensionen och möjligheten att gå ned i tid före pension.',
          'Anmälan görs till Lön och HR senast {datum2}. Mötet hålls både på plats och digitalt.',
        ],
      },
      {
        title: 'Ny pensionsrådgivning för medarbetare',
        description: 'Nu kan du boka ett enskilt samtal med en pensionsrådgivare på arbetstid.',
        heading: 'Boka samtal',
        paragraphs: [
          'Från och med i höst erbjuds alla medarbetare över 55 år ett enskilt samtal med en pensionsrådgivare.',
          'Samtalet tar ungefär en timme och utgår från din egen pensionsprognos.',
          'Boka tid via Lön och HR. Samtalet hålls på arbetstid.',
        ],
      },
    ],
  },
  {
    key: 'utbildning',
    scene: 'course',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Utbildning i {amne} – anmäl dig nu',
        description: 'Utbildningen ges vid flera tillfällen under terminen och är öppen för alla medarbetare.',
        heading: 'Anmälan',
        paragraphs: [
          'Utbildningen i {amne} tar en halv dag och ges både på plats och digitalt.',
          'Den är öppen för alla medarbetare, och nästa tillfälle är {datum}.',
          'Anmäl dig i kompetensportalen. Prata med din chef innan du anmäler dig, så att arbetet kan planeras.',
        ],
      },
      {
        title: 'E-learning: informationssäkerhet för alla medarbetare',
        description: 'Alla medarbetare ska genomföra e-learningen om informationssäkerhet före {datum}.',
        heading: 'Så gör du',
        paragraphs: [
          'E-learningen tar cirka 30 minuter och avslutas med ett kort kunskapstest.',
          'Den handlar om hur vi hanterar personuppgifter, hur du känner igen bluffmejl och vad du gör om något går fel.',
          'Du hittar utbildningen i kompetensportalen. Genomför den senast {datum}.',
        ],
      },
      {
        title: 'Nya utbildningar i kompetensportalen',
        description: 'Höstens utbudsutbildningar är publicerade, bland annat i {amne}.',
        heading: 'Prata med din chef',
        paragraphs: [
          'Kompetensportalen samlar alla utbildningar som erbjuds medarbetare i kommunerna på Höglandet.',
          'Nytt för hösten är bland annat en utbildning i {amne} och flera korta webbutbildningar.',
          'Prata med din chef vid medarbetarsamtalet om vilka utbildningar som passar dig.',
        ],
      },
    ],
  },
  {
    key: 'samverkan',
    scene: 'skyline',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Samverkan kring IT-drift förlängs',
        description: 'Eksjö, Sävsjö och Vetlanda fortsätter att samarbeta om IT-drift, lön och upphandling i fyra år till.',
        heading: 'Vad betyder det för dig?',
        paragraphs: [
          'Samverkansavtalet för den gemensamma IT-driften förlängs med fyra år.',
          'Genom samverkan kan kommunerna dela på specialistkompetens och hålla nere kostnaderna.',
          'För dig som medarbetare blir det ingen skillnad: IT-servicedesk har samma nummer och öppettider som i dag.',
        ],
      },
      {
        title: 'Gemensam e-tjänsteplattform för Höglandet',
        description: 'Invånarna får samma inloggning och samma e-tjänster oavsett kommun.',
        heading: 'Tidplan',
        paragraphs: [
          'Den gemensamma e-tjänsteplattformen lanseras stegvis under {nastaAr}.',
          'Först ut är e-tjänster för bygglov, förskoleplats och ansökan om serveringstillstånd.',
          'Verksamheter som vill ta fram nya e-tjänster kontaktar IT och digitalisering.',
        ],
      },
      {
        title: 'Tre kommuner – ett intranät',
        description: 'Medarbetare som arbetar i flera kommuner får ett konto och ser nyheterna från alla sina arbetsplatser.',
        heading: 'Nyheter från din kommun',
        paragraphs: [
          'Det nya intranätet är gemensamt för Eksjö, Sävsjö och Vetlanda. Varje kommun har sin egen startsida.',
          'Nyheterna på startsidan kommer från din egen kommun och från den gemensamma sidan. Du ser också nyheter riktade till din förvaltning och arbetsplats.',
          'Arbetar du i flera kommuner ser du nyheterna från alla dina arbetsplatser på ett ställe.',
        ],
      },
    ],
  },
  {
    key: 'miljo',
    scene: 'bike',
    audience: 'general',
    shared: true,
    stories: [
      {
        title: 'Så sorterar vi matavfall på arbetsplatsen',
        description: 'Alla arbetsplatser får kärl för matavfall. Så här gör du.',
        heading: 'Från matrester till biogas',
        paragraphs: [
          'Under hösten får alla kommunens arbetsplatser kärl och papperspåsar för matavfall.',
          'Matavfallet blir biogas som driver bussarna i kollektivtrafiken och biogödsel till lantbruket.',
          'Lägg bara matrester och kaffesump i påsen. Plast och servetter sorteras som vanligt.',
        ],
      },
      {
        title: 'Klimatveckan: cykla till jobbet vecka {vecka}',
        description: 'Under klimatveckan utmanar vi varandra att cykla, gå eller åka kollektivt till jobbet.',
        heading: 'Tävla med din arbetsplats',
        paragraphs: [
          'Under vecka {vecka} kan du registrera dina resor till och från arbetet i appen.',
          'Den arbetsplats som har flest hållbara resor per medarbetare vinner en frukost.',
          'Passa på att låna en av kommunens elcyklar för en vecka. Bokning görs via receptionen.',
        ],
      },
      {
        title: 'Laddplatser för tjänstebilar byggs ut',
        description: 'Fler laddplatser byggs vid kommunens arbetsplatser när bilparken byts till elbilar.',
        heading: 'Bra att veta',
        paragraphs: [
          'Under året byggs 40 nya laddplatser vid kommunens arbetsplatser.',
          'Tjänstebilarna byts successivt till elbilar när leasingavtalen går ut.',
          'Laddplatserna är till för tjänstebilar. Laddning av privata bilar är inte tillåten.',
        ],
      },
    ],
  },
  {
    key: 'lonespecifikation',
    scene: 'payslip',
    audience: 'general',
    shared: true,
    mustRead: true,
    stories: [
      {
        title: 'Lönespecifikationen flyttar till appen',
        description: 'Från {datum} finns din lönespecifikation i appen i stället för på papper.',
        heading: 'Så kommer du åt den',
        paragraphs: [
          'Från {datum} skickas inga lönespecifikationer på papper. Du hittar den i appen och i självservice på datorn.',
          'Logga in med ditt vanliga konto. Lathunden finns under Lön på intranätet.',
          'Har du inte tillgång till en dator eller mobil på jobbet kan du be din chef om en utskrift.',
        ],
      },
      {
        title: 'Tidigare löneutbetalning i december',
        months: [11, 12],
        description: 'Lönen för december betalas ut den 20 december, några dagar tidigare än vanligt.',
        heading: 'Tidrapporter',
        paragraphs: [
          'Eftersom den 25:e infaller under julhelgen betalas decemberlönen ut den 20 december.',
          'Därför måste tidrapporter och avvikelser för november vara attesterade några dagar tidigare, senast den 5 december.',
          'Lönespecifikationen finns i självservice från den 17 december.',
        ],
      },
      {
        title: 'Ändrade datum för tidrapportering',
        description: 'Från och med {manad} ska tidrapporter vara attesterade senast den 5:e varje månad.',
        heading: 'Varför ändras datumet?',
        paragraphs: [
          'Den gemensamma lönefunktionen hanterar löner för alla tre kommunerna. För att hinna med lönekörningen flyttas sista dag för attest till den 5:e.',
          'Det gäller både tidrapporter, övertid och sjukfrånvaro.',
          'Rapporter som kommer in senare följer med först i nästa månads lön.',
        ],
      },
    ],
  },
  {
    key: 'distansarbete',
    scene: 'desk',
    audience: 'general',
    shared: true,
    mustRead: true,
    stories: [
      {
        title: 'Ny riktlinje för distansarbete',
        description: 'Riktlinjen beskriver när och hur distansarbete kan beviljas, och vad som gäller för arbetsmiljö och försäkring.',
        heading: 'Det här gäller',
        paragraphs: [
          'Distansarbete kan beviljas när arbetsuppgifterna tillåter det och efter överenskommelse med chef.',
          'Arbetsmiljöansvaret gäller även när du arbetar hemifrån. Din chef går igenom arbetsplatsen med dig.',
          'Riktlinjen finns i sin helhet i personalhandboken.',
        ],
      },
      {
        title: 'Uppdaterad riktlinje för tjänsteresor',
        description: 'Tjänsteresor görs i första hand med tåg eller buss. Digitala möten är ett bra alternativ.',
        heading: 'Boka resan',
        paragraphs: [
          'Den uppdaterade riktlinjen för tjänsteresor gäller från {datum}.',
          'Resor görs i första hand med tåg eller buss. Flyg får användas när resan med tåg tar mer än fem timmar.',
          'Resor bokas via den upphandlade resebyrån. Kvitton redovisas i självservice.',
        ],
      },
      {
        title: 'Ny rutin för sjukanmälan',
        description: 'Från {datum} sjukanmäler du dig via appen eller telefon, före arbetsdagens början.',
        heading: 'Friskanmälan',
        paragraphs: [
          'Från {datum} görs sjukanmälan i appen eller via telefon till sjukanmälan, före arbetsdagens början.',
          'Din chef får ett meddelande direkt. I schemalagda verksamheter ringer du också till arbetsplatsen.',
          'När du är tillbaka i arbete friskanmäler du dig på samma sätt.',
        ],
      },
    ],
  },
];

export const NEWS_THEMES: readonly NewsTheme[] = [...STAFF_THEMES, ...VERKSAMHET_THEMES];

/** Values used to fill the {system}, {gata}, {amne} and {belopp} placeholders. */
export const SYSTEMS: readonly string[] = ['e-posten', 'Teams', 'ärendehanteringssystemet', 'verksamhetssystemet för omsorgen', 'lärplattformen', 'lönesystemet', 'telefonin', 'skrivarna', 'VPN-tjänsten'];
export const STREETS: readonly string[] = ['Storgatan', 'Kungsgatan', 'Järnvägsgatan', 'Skolgatan', 'Östra Vägen', 'Västra Esplanaden', 'Norrgatan', 'Lasarettsgatan'];
export const SUBJECTS: readonly string[] = ['klarspråk', 'arbetsmiljö', 'lågaffektivt bemötande', 'digitala möten', 'hjärt-lungräddning', 'brandskydd', 'diarieföring', 'dataskydd'];
export const AMOUNTS: readonly string[] = ['2 500', '3 000', '3 500', '4 000'];
