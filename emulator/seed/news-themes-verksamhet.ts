import type { NewsTheme } from './news-themes.ts';

/**
 * News of the municipalities' own verksamheter: förvaltningarnas nyheter (skola, omsorg,
 * samhällsbyggnad, kultur och fritid), political decisions, premises, and news of one unit.
 * Written like the staff themes in news-themes.ts: every story is one piece.
 */
export const VERKSAMHET_THEMES: readonly NewsTheme[] = [
  {
    key: 'julbord',
    scene: 'christmas',
    audience: 'general',
    months: [11, 12],
    stories: [
      {
        title: 'Välkommen på julbord {datum}',
        months: [11],
        description: 'Traditionsenligt bjuder {kommun} alla medarbetare på julbord. Anmäl dig senast {datum2}.',
        heading: 'Anmälan',
        paragraphs: [
          'Årets julbord serveras {datum} i {plats}. Det blir sittningar både till lunch och middag så att alla verksamheter kan delta.',
          'Anmälan görs via formuläret senast {datum2}. Ange eventuell specialkost när du anmäler dig.',
          'Du som arbetar kväll eller natt den dagen är välkommen till lunchsittningen.',
        ],
      },
      {
        title: 'Julhälsning från kommundirektören',
        months: [12],
        description: 'Ett stort tack för året som gått – och ett särskilt tack till alla som arbetar under helgerna.',
        heading: 'Tack',
        paragraphs: [
          'Det har varit ett intensivt år i många verksamheter. Tack för allt arbete ni gör för invånarna i {kort}.',
          'Ett särskilt tack till er som arbetar under jul- och nyårshelgerna, i omsorgen, i räddningstjänsten och i beredskapen.',
          'Jag önskar er alla en god jul och ett gott nytt år.',
        ],
      },
    ],
  },
  {
    key: 'ny-forskola',
    scene: 'preschool',
    audience: 'general',
    forvaltning: 'buf',
    stories: [
      {
        title: 'Ny förskola öppnar i {plats}',
        description: 'Den nya förskolan i {plats} har plats för 120 barn och öppnar efter sommaren.',
        heading: 'Personal och placering',
        paragraphs: [
          'Den nya förskolan i {plats} får sex avdelningar, eget tillagningskök och en stor gård med närhet till skogen.',
          'Byggnaden är certifierad enligt Miljöbyggnad silver och har solceller på taket.',
          'Vårdnadshavare med barn i kö till förskola i {plats} får besked om placering under våren.',
        ],
      },
      {
        title: 'Spadtag för den nya förskolan i {plats}',
        description: 'Bygget har startat. Förskolan ska stå klar om ett och ett halvt år.',
        heading: 'Tidplan',
        paragraphs: [
          'I dag togs det första spadtaget för den nya förskolan i {plats}. Ordföranden i barn- och utbildningsnämnden var på plats tillsammans med barn från grannförskolan.',
          'Förskolan ersätter två äldre förskolor i tillfälliga lokaler och får plats för 120 barn.',
          'Under byggtiden kan det bli begränsad framkomlighet vid infarten. Skyltning finns på plats.',
        ],
      },
      {
        title: 'Förskolan i {plats} söker förskollärare och barnskötare',
        description: 'Inför öppningen rekryterar vi personal till den nya förskolan. Interna sökande är särskilt välkomna.',
        heading: 'Så söker du',
        paragraphs: [
          'Rekryteringen av förskollärare och barnskötare till den nya förskolan i {plats} startar i {manad}.',
          'Vi söker dig som vill vara med och bygga upp en ny verksamhet med fokus på utevistelse och hållbarhet.',
          'Tjänsterna publiceras på kommunens webbplats. Har du frågor, kontakta rektor för förskolorna i området.',
        ],
      },
      {
        title: 'Förskola i tätorterna: fler platser till hösten',
        description: 'Kön till förskola har vuxit. Nu öppnar två tillfälliga avdelningar.',
        heading: 'Vad händer nu?',
        paragraphs: [
          'Antalet barn som står i kö till förskola har ökat under våren, särskilt i tätorterna.',
          'Två tillfälliga avdelningar öppnar därför efter sommaren i paviljonger vid befintliga förskolor.',
          'Alla barn som har ansökt om förskola i tid ska få en plats inom fyra månader, som skollagen kräver.',
        ],
      },
    ],
  },
  {
    key: 'skolstart',
    scene: 'school',
    audience: 'general',
    forvaltning: 'buf',
    months: [6, 7, 8],
    stories: [
      {
        title: 'Skolstarten {ar}: viktiga datum',
        description: 'Höstterminen för eleverna börjar {datum}. Här är planeringsdagarna och vad som är nytt i år.',
        heading: 'Nytt i år',
        paragraphs: [
          'Planeringsdagarna inleds med en gemensam uppstart för all personal i skola, förskola och fritidshem.',
          'I år införs en ny lärplattform för årskurs 4–9. Utbildning ges under planeringsdagarna.',
          'Höstterminen för eleverna börjar {datum}. Skolskjutsarna startar samma dag och turlistorna finns på kommunens webbplats.',
        ],
      },
      {
        title: 'Välkommen tillbaka efter sommaren',
        description: 'Förvaltningschefen hälsar all personal i skola och förskola välkommen till ett nytt läsår.',
        heading: 'Läsårets fokus',
        paragraphs: [
          'Välkommen tillbaka! Jag hoppas att ni har fått vila och samla kraft under sommaren.',
          'Under läsåret fortsätter vi arbetet med läsning och med att öka närvaron i skolan.',
          'Vi ses på den gemensamma uppstarten i sporthallen på måndag morgon.',
        ],
      },
      {
        title: 'Planeringsdagar inför höstterminen',
        description: 'Programmet för planeringsdagarna är klart: gemensam uppstart, kompetensutveckling och tid på den egna skolan.',
        heading: 'Program',
        paragraphs: [
          'Planeringsdagarna börjar med en gemensam uppstart för alla skolor och förskolor.',
          'Dag två ägnas åt kompetensutveckling om anpassningar i undervisningen, med elevhälsan som värd.',
          'Resten av dagarna planerar varje skola och förskola sin egen terminsstart.',
        ],
      },
    ],
  },
  {
    key: 'hemtjanst-app',
    scene: 'care',
    audience: 'general',
    forvaltning: 'soc',
    stories: [
      {
        title: 'Ny planeringsapp för hemtjänsten',
        description: 'Från {datum} planeras besöken i hemtjänsten i en ny app. Utbildning ges på varje enhet.',
        heading: 'Utbildning',
        paragraphs: [
          'Den nya appen samlar besöksplanering, dokumentation och digitala nycklar i tjänstetelefonen.',
          'Varje enhet får en superanvändare som stöttar kollegorna under införandet.',
          'Utbildningen tar en timme och genomförs på arbetstid före {datum}. Din enhetschef bokar tiden.',
        ],
      },
      {
        title: 'Trygghetslarmen byts ut under hösten',
        description: 'Alla trygghetslarm byts till digitala larm. Så påverkas arbetet i hemtjänsten.',
        heading: 'Vad innebär det för dig?',
        paragraphs: [
          'Under hösten byter kommunen alla trygghetslarm hos brukarna till digitala larm.',
          'Larmen installeras av leverantören. Personalen i hemtjänsten hjälper till att informera brukare och anhöriga.',
          'Larmen tas emot i samma larmcentral som i dag. Rutinen för att åka på larm ändras inte.',
        ],
      },
      {
        title: 'Digital signering av läkemedel införs',
        description: 'Signeringslistor på papper ersätts av signering i telefonen. Alla som ger läkemedel ska gå utbildningen.',
        heading: 'Så går införandet till',
        paragraphs: [
          'Från {datum} signeras överlämnande av läkemedel digitalt i tjänstetelefonen.',
          'Sjuksköterskan ser direkt om en dos har missats och kan följa upp samma dag.',
          'Alla som har delegering att ge läkemedel ska gå utbildningen innan de börjar signera digitalt.',
        ],
      },
    ],
  },
  {
    key: 'influensa',
    scene: 'care',
    audience: 'general',
    forvaltning: 'soc',
    months: [10, 11, 12],
    stories: [
      {
        title: 'Vaccination mot influensa för personal i vård och omsorg',
        description: 'Medarbetare i vård och omsorg erbjuds kostnadsfri vaccination mot säsongsinfluensa.',
        heading: 'Boka tid',
        paragraphs: [
          'Vaccinationen ges på arbetsplatsen av kommunens sjuksköterskor under vecka {vecka}.',
          'Vaccinationen är frivillig och kostnadsfri. Den skyddar både dig och de personer du möter i arbetet.',
          'Boka tid hos din enhetschef senast {datum}.',
        ],
      },
      {
        title: 'Dags att boka tid för vaccination',
        description: 'Säsongens vaccinationer har börjat. Sjuksköterskan besöker din arbetsplats under vecka {vecka}.',
        heading: 'Bra att veta',
        paragraphs: [
          'Kommunens sjuksköterskor vaccinerar personal i vård och omsorg på arbetsplatserna under vecka {vecka}.',
          'Du som inte kan vara på plats den dagen kan vaccinera dig på vårdcentralen. Kvittot ersätts via självservice.',
          'Har du frågor om vaccinationen, prata med sjuksköterskan på din enhet.',
        ],
      },
    ],
  },
  {
    key: 'vagarbete',
    scene: 'road',
    audience: 'general',
    forvaltning: 'sbf',
    months: [4, 5, 6, 7, 8, 9, 10],
    stories: [
      {
        title: 'Vägarbete på {gata} vecka {vecka}',
        description: 'Framkomligheten på {gata} begränsas under arbetet. Följ skyltningen på plats.',
        heading: 'Omledning',
        paragraphs: [
          'Gata och park byter vatten- och avloppsledningar på {gata} under vecka {vecka}.',
          'Trafiken leds om via angränsande gator. Gående och cyklister kan passera hela tiden.',
          'Arbetet samordnas med el- och fiberleverantörerna så att gatan inte behöver grävas upp flera gånger.',
        ],
      },
      {
        title: 'Ny gång- och cykelväg i {plats}',
        description: 'Den nya gång- och cykelvägen gör det säkrare för barnen att ta sig till skolan.',
        heading: 'Klar till hösten',
        paragraphs: [
          'Den nya gång- och cykelvägen i {plats} blir 1,2 kilometer lång och får belysning hela vägen.',
          'Den binder ihop bostadsområdet med skolan och idrottsplatsen.',
          'Arbetet pågår under sommaren och ska vara klart till skolstarten.',
        ],
      },
      {
        title: 'Beläggningsarbeten under sommaren',
        description: 'Under sommaren får flera gator ny asfalt. Här är listan och tidplanen.',
        heading: 'Berörda gator',
        paragraphs: [
          'Under juni till augusti läggs ny asfalt på ett tiotal gator, bland annat {gata}.',
          'Varje gata är avstängd i en till två dagar. Boende får information i brevlådan en vecka i förväg.',
          'Frågor om arbetet besvaras av kommunens kontaktcenter.',
        ],
      },
    ],
  },
  {
    key: 'snorojning',
    scene: 'snow',
    audience: 'general',
    forvaltning: 'sbf',
    months: [11, 12, 1, 2],
    stories: [
      {
        title: 'Snöröjningen: så prioriterar vi',
        description: 'Gång- och cykelvägar till skolor, förskolor och omsorg röjs först.',
        heading: 'Ordningen',
        paragraphs: [
          'Snöröjningen startar när det har fallit fem centimeter snö.',
          'Först röjs gång- och cykelvägar till skolor, förskolor och särskilda boenden, sedan huvudgator och busshållplatser.',
          'Brister i snöröjningen kan anmälas via kommunens webbplats.',
        ],
      },
      {
        title: 'Halkbekämpning vid skolor och förskolor',
        description: 'Vid risk för halka sandas skolgårdar och entréer innan barnen kommer.',
        heading: 'Om det ändå är halt',
        paragraphs: [
          'Gata och park sandar entréer och gångvägar vid skolor och förskolor tidigt på morgonen vid risk för halka.',
          'På de mest trafikerade gatorna används salt, på övriga gator sand.',
          'Är det halt vid din arbetsplats, kontakta fastighetsjouren så kommer de ut.',
        ],
      },
    ],
  },
  {
    key: 'bygglov',
    scene: 'plans',
    audience: 'general',
    forvaltning: 'sbf',
    stories: [
      {
        title: 'Ny e-tjänst för bygglov',
        description: 'Ansökan om bygglov kan nu göras helt digitalt, med kontroll av att handlingarna är kompletta.',
        heading: 'Kortare handläggningstid',
        paragraphs: [
          'Den nya e-tjänsten guidar den sökande genom ansökan och kontrollerar att ritningar och handlingar är kompletta.',
          'Färre ofullständiga ansökningar gör att handläggarna kan fatta beslut snabbare.',
          'Medarbetare i kontaktcenter har fått en genomgång av e-tjänsten och kan hjälpa invånare som ringer.',
        ],
      },
      {
        title: 'Detaljplan för {plats} ute på samråd',
        description: 'Förslaget till detaljplan visas i stadshuset och på webben till och med {datum}.',
        heading: 'Lämna synpunkter',
        paragraphs: [
          'Detaljplanen för {plats} möjliggör 40 nya bostäder och en förskola.',
          'Planförslaget visas i stadshusets entré och på kommunens webbplats.',
          'Synpunkter på planförslaget lämnas skriftligt senast {datum}.',
        ],
      },
      {
        title: 'Handläggningstiden för bygglov har halverats',
        description: 'Sedan e-tjänsten infördes tar ett bygglov i genomsnitt tre veckor.',
        heading: 'Bakgrund',
        paragraphs: [
          'Handläggningstiden för bygglov har minskat från sex till i genomsnitt tre veckor.',
          'Förklaringen är den nya e-tjänsten och ett nytt arbetssätt där en handläggare följer ärendet hela vägen.',
          'Plan och bygg fortsätter att utveckla arbetet tillsammans med företagare i kommunen.',
        ],
      },
    ],
  },
  {
    key: 'bibliotek',
    scene: 'library',
    audience: 'general',
    forvaltning: 'kof',
    stories: [
      {
        title: 'Biblioteket förlänger öppettiderna',
        description: 'Från {datum} har huvudbiblioteket öppet även på lördagar.',
        heading: 'Nya öppettider',
        paragraphs: [
          'Från {datum} har huvudbiblioteket öppet lördagar klockan 10–14.',
          'Förändringen är ett svar på önskemål från låntagare som arbetar dagtid.',
          'Öppettiderna på filialerna är oförändrade.',
        ],
      },
      {
        title: 'Sommarlovsaktiviteter för barn och unga',
        description: 'Läsfrämjande aktiviteter, prova-på och utflykter hela sommaren – kostnadsfritt.',
        heading: 'Tipsa om programmet',
        paragraphs: [
          'Sommarlovsprogrammet innehåller läsutmaning, skrivarverkstad, prova-på-aktiviteter och utflykter.',
          'Aktiviteterna är kostnadsfria och finansieras delvis med statliga bidrag.',
          'Medarbetare som vill tipsa om aktiviteter till programmet kan kontakta Kultur och evenemang.',
        ],
      },
      {
        title: 'Meröppet bibliotek i {plats}',
        description: 'Biblioteket i {plats} blir meröppet: låntagare kan komma in med lånekort och kod även när personalen inte är där.',
        heading: 'Så fungerar det',
        paragraphs: [
          'Biblioteket i {plats} blir meröppet från {datum}. Det är öppet varje dag klockan 7–21.',
          'Låntagare som har fyllt 18 år kan teckna avtal om meröppet på biblioteket.',
          'Bemannade tider med bibliotekarie finns kvar som tidigare.',
        ],
      },
    ],
  },
  {
    key: 'idrott',
    scene: 'pitch',
    audience: 'general',
    forvaltning: 'kof',
    stories: [
      {
        title: 'Ny konstgräsplan invigd i {plats}',
        description: 'Invigningen blev en folkfest med matcher och aktiviteter för alla åldrar.',
        heading: 'Bokning',
        paragraphs: [
          'Den nya konstgräsplanen i {plats} är öppen för föreningar och allmänhet.',
          'Planen har belysning och kan användas även under vinterhalvåret.',
          'Föreningar bokar tider via kommunens bokningssystem.',
        ],
      },
      {
        title: 'Simhallen stänger för renovering',
        description: 'Simhallen är stängd från {datum} under renoveringen. Skolsimmet flyttas.',
        heading: 'Skolsimmet',
        paragraphs: [
          'Simhallen stänger {datum} för en renovering av bassäng, ventilation och omklädningsrum.',
          'Under renoveringen flyttas skolsimmet till grannkommunens bad enligt ett särskilt schema.',
          'Medarbetare som arbetar i simhallen placeras i andra verksamheter under tiden.',
        ],
      },
      {
        title: 'Spontanidrottsplats byggs i {plats}',
        description: 'En plats för basket, parkour och utegym, öppen för alla dygnet runt.',
        heading: 'Bakgrund',
        paragraphs: [
          'Spontanidrottsplatsen i {plats} byggs under sommaren och invigs i början av hösten.',
          'Den har tagits fram tillsammans med ungdomar i området.',
          'Investeringen är en del av satsningen på folkhälsa och meningsfull fritid.',
        ],
      },
    ],
  },
  {
    key: 'fullmaktige',
    scene: 'townhall',
    audience: 'general',
    stories: [
      {
        title: 'Kommunfullmäktige har beslutat om budget för {nastaAr}',
        description: 'Budgeten innehåller satsningar på skola, äldreomsorg och bostadsbyggande.',
        heading: 'De viktigaste besluten',
        paragraphs: [
          'Kommunfullmäktige i {kort} har antagit budget och verksamhetsplan för {nastaAr}.',
          'Budgeten innehåller satsningar på skola, äldreomsorg och bostadsbyggande. Skattesatsen är oförändrad.',
          'Protokollet justeras inom två veckor och publiceras på kommunens webbplats.',
        ],
      },
      {
        title: 'Ny vision för {kort} antagen',
        description: 'Visionen pekar ut riktningen för kommunens utveckling fram till 2035.',
        heading: 'Hur påverkar det mitt arbete?',
        paragraphs: [
          'Kommunfullmäktige har antagit en ny vision för {kort}. Den har tagits fram efter dialog med invånare, föreningar och medarbetare.',
          'Visionen pekar ut tre riktningar: en attraktiv plats att bo på, ett starkt näringsliv och trygghet genom hela livet.',
          'Under {nastaAr} bryter förvaltningarna ned visionen i mål för sina verksamheter.',
        ],
      },
      {
        title: 'Kommunstyrelsen beslutar om ny organisation',
        description: 'Förvaltningsorganisationen ses över. Förändringen gäller från årsskiftet.',
        heading: 'Tidplan',
        paragraphs: [
          'Kommunstyrelsen i {kort} har beslutat om en ny förvaltningsorganisation från den 1 januari {nastaAr}.',
          'Berörda medarbetare får information av sin chef. De fackliga organisationerna har varit delaktiga i arbetet.',
          'Ingen medarbetare blir uppsagd till följd av omorganisationen.',
        ],
      },
    ],
  },
  {
    key: 'kulturnatt',
    scene: 'stage',
    audience: 'general',
    forvaltning: 'kof',
    months: [3, 4, 5, 9, 10],
    stories: [
      {
        title: 'Kulturnatt i {kort} {datum}',
        description: 'Musik, teater och öppna ateljéer – välkommen till kulturnatten.',
        heading: 'Var med som volontär',
        paragraphs: [
          'Kulturnatten {datum} arrangeras tillsammans med föreningar och näringsliv i centrala {kort}.',
          'Programmet bjuder på konserter, teater för barn och öppna ateljéer.',
          'Medarbetare är välkomna att bidra som volontärer under kvällen. Anmäl dig till Kultur och evenemang.',
        ],
      },
      {
        title: 'Utställning i stadshuset',
        description: 'Lokala konstnärer ställer ut i stadshusets entré till och med {datum}.',
        heading: 'Öppet',
        paragraphs: [
          'Utställningen i stadshuset visar måleri och keramik av sex konstnärer från kommunen.',
          'Den pågår till och med {datum} och är öppen under stadshusets öppettider.',
          'Ta gärna med besökare förbi när du har möten i huset.',
        ],
      },
      {
        title: 'Konstnärer sökes till offentlig utsmyckning',
        description: 'Den nya förskolan och simhallen ska få konstnärlig utsmyckning. Ansökan är öppen.',
        heading: 'Så går urvalet till',
        paragraphs: [
          'Kommunen avsätter en procent av byggkostnaden för konst i nya offentliga byggnader.',
          'Nu söks konstnärer till utsmyckningen av den nya förskolan och den renoverade simhallen.',
          'En jury med konstkonsulent, verksamhet och arkitekt väljer förslag. Ansökan lämnas senast {datum}.',
        ],
      },
    ],
  },
  {
    key: 'val',
    scene: 'townhall',
    audience: 'general',
    months: [5, 6, 7, 8, 9],
    stories: [
      {
        title: 'Valet {ar}: röstmottagare sökes',
        description: 'Valnämnden söker röstmottagare. Medarbetare får utföra uppdraget på arbetstid efter överenskommelse.',
        heading: 'Utbildning',
        paragraphs: [
          'Inför valet behövs många röstmottagare i vallokaler och förtidsröstningslokaler.',
          'Uppdraget är arvoderat. Prata med din chef om du vill arbeta med förtidsröstningen på arbetstid.',
          'Alla röstmottagare går en obligatorisk utbildning under augusti.',
        ],
      },
      {
        title: 'Förtidsröstning i stadshuset',
        description: 'Förtidsröstningen är öppen i stadshuset och på biblioteken från 18 dagar före valdagen.',
        heading: 'Öppettider',
        paragraphs: [
          'Förtidsröstningen öppnar 18 dagar före valdagen i stadshuset och på biblioteken.',
          'Receptionen i stadshuset har utökad bemanning under perioden.',
          'Tänk på att inte bära partisymboler när du arbetar i eller nära en röstningslokal.',
        ],
      },
    ],
  },
  {
    key: 'lokaler',
    scene: 'townhall',
    audience: 'general',
    stories: [
      {
        title: 'Renovering av stadshuset: tillfälliga lokaler',
        description: 'Under renoveringen flyttar flera verksamheter tillfälligt. Här är vem som sitter var.',
        heading: 'Vem sitter var?',
        paragraphs: [
          'Stadshuset i {kort} renoveras under ett år. Arbetet omfattar ventilation, tillgänglighet och energieffektivisering.',
          'Kommunledningsförvaltningen flyttar till tillfälliga lokaler i {plats} under vecka {vecka}.',
          'Under flytten kan telefontiderna vara begränsade. Receptionen finns kvar i stadshusets entré.',
        ],
      },
      {
        title: 'Flytt till nya lokaler i {plats}',
        description: 'Flytten sker under vecka {vecka}. Packa dina saker senast fredagen veckan innan.',
        heading: 'Inför flytten',
        paragraphs: [
          'Under vecka {vecka} flyttar verksamheten till de nya lokalerna i {plats}.',
          'Flyttkartonger finns att hämta i förrådet. Märk dem med namn och rumsnummer.',
          'Datorer och skrivare kopplas in av IT på måndagen efter flytten.',
        ],
      },
      {
        title: 'Nya mötesrum kan bokas i Outlook',
        description: 'Fyra nya mötesrum med utrustning för hybridmöten är klara i stadshuset.',
        heading: 'Så bokar du',
        paragraphs: [
          'De nya mötesrummen har skärm, kamera och mikrofon för möten där några deltar på distans.',
          'Rummen bokas i Outlook som vanliga mötesrum.',
          'En lathund för tekniken finns på väggen i varje rum.',
        ],
      },
    ],
  },
  {
    key: 'nyanstalld',
    scene: 'fika',
    audience: 'unit',
    stories: [
      {
        title: 'Välkommen {namn}, ny {titel} på {enhet}',
        description: '{namn} börjar hos oss {datum2}. Ta gärna en fika och hälsa välkommen!',
        heading: 'Introduktion',
        paragraphs: [
          '{namn} kommer närmast från en tjänst i en grannkommun och har lång erfarenhet av verksamheten.',
          'Den första tiden följer {namn} sin introduktionsplan tillsammans med en mentor på arbetsplatsen.',
          'Varmt välkommen!',
        ],
      },
      {
        title: 'Ny kollega på {enhet}',
        description: 'Vi hälsar {namn} välkommen till {enhet} från och med {datum2}.',
        heading: 'Fika på fredag',
        paragraphs: [
          '{namn} börjar som {titel} på {enhet} {datum2}.',
          'Vi bjuder på fika i personalrummet första fredagen så att alla får tillfälle att säga hej.',
          'Varmt välkommen till oss!',
        ],
      },
    ],
  },
  {
    key: 'apt',
    scene: 'meeting',
    audience: 'unit',
    stories: [
      {
        title: 'Arbetsplatsträff på {enhet} {datum2}',
        description: 'Dagordning och underlag inför arbetsplatsträffen.',
        heading: 'Dagordning',
        paragraphs: [
          'Arbetsplatsträffen hålls {datum2} i personalrummet. Dagordningen finns i Teams-kanalen.',
          'Vi går igenom resultatet från medarbetarenkäten och handlingsplanen för arbetsmiljön.',
          'Kan du inte delta? Meddela din chef senast dagen innan.',
        ],
        bullets: ['Information från förvaltningen', 'Medarbetarenkäten och handlingsplanen', 'Skyddsrond och övriga frågor'],
      },
      {
        title: 'Nytt schema för {enhet} från vecka {vecka}',
        description: 'Det nya schemat gäller från vecka {vecka}. Det finns i schemasystemet från i dag.',
        heading: 'Synpunkter',
        paragraphs: [
          'Det nya schemat för {enhet} gäller från vecka {vecka}.',
          'Schemat har tagits fram tillsammans med schemagruppen och skyddsombudet, och följer önskemålen från arbetsplatsträffen.',
          'Har du frågor om ditt schema, kontakta din chef eller schemagruppen.',
        ],
      },
      {
        title: 'Planeringsdag för {enhet} {datum}',
        description: 'Verksamheten är stängd för planering {datum}. All personal deltar.',
        heading: 'Program',
        paragraphs: [
          '{enhet} har planeringsdag {datum}. Vi håller till i {plats} hela dagen.',
          'På förmiddagen följer vi upp årets mål. På eftermiddagen planerar vi för våren.',
          'Lunch ingår. Meddela specialkost till din chef senast en vecka innan.',
        ],
      },
    ],
  },
];
