import type { ForvaltningKind } from './organisation.ts';

/**
 * What the seeded news are about. A news page is composed from one theme: a title, a
 * description, two or three paragraphs and sometimes a list, with placeholders filled from the
 * page's municipality, unit and date ({kort}, {enhet}, {datum} ...; see news.ts).
 */
export interface NewsTheme {
  key: string;
  /** Shown on the generated banner image. */
  label: string;
  /** Who the theme is written for: everyone, managers, or one unit. */
  audience: 'general' | 'managers' | 'unit';
  /** The theme belongs to one förvaltning (its news may target it). */
  forvaltning?: ForvaltningKind;
  /** Suitable for the shared site (common to all municipalities). */
  shared?: boolean;
  /** Months (1-12) in which the theme is published; any month when absent. */
  months?: readonly number[];
  titles: readonly string[];
  descriptions: readonly string[];
  paragraphs: readonly string[];
  bullets?: readonly string[];
  imageAlt: string;
}

export const NEWS_THEMES: readonly NewsTheme[] = [
  {
    key: 'lonerevision',
    label: 'Lönerevision',
    audience: 'general',
    shared: true,
    months: [1, 2, 3, 4, 9, 10, 11],
    titles: ['Lönerevision {nastaAr}: tidplan och process', 'Så går lönerevisionen {nastaAr} till', 'Ny lön betalas ut i {manad}'],
    descriptions: [
      'Här är tidplanen för årets lönerevision och vad du behöver göra inför ditt lönesamtal.',
      'Lönerevisionen är i gång. Läs om lönekriterierna och när den nya lönen betalas ut.',
    ],
    paragraphs: [
      'Arbetet med lönerevisionen {nastaAr} har startat och pågår fram till {datum}. Alla medarbetare har ett lönesamtal med sin närmaste chef under perioden.',
      'Inför samtalet är det bra att läsa igenom lönekriterierna och fundera över det gångna året. Underlaget finns under Personalhandboken.',
      'Den nya lönen gäller från den 1 april och betalas ut med retroaktiv ersättning när revisionen är klar.',
      'Har du frågor om din lön? Kontakta i första hand din chef, i andra hand Lön och HR.',
    ],
    bullets: ['Lönesamtal senast {datum}', 'Förhandlingar med de fackliga organisationerna', 'Ny lön med retroaktiv ersättning'],
    imageAlt: 'Miniräknare och lönespecifikation på ett skrivbord',
  },
  {
    key: 'lonesamtal-chefer',
    label: 'Lönesamtal',
    audience: 'managers',
    months: [1, 2, 3, 9, 10, 11],
    titles: ['Chefsinformation: lönesamtal inför lönerevisionen {nastaAr}', 'Stöd till chefer inför lönesättande samtal', 'Lönebudget och ramar för {nastaAr} klara'],
    descriptions: [
      'Underlag, lönekriterier och utbildningstillfällen för dig som håller lönesamtal i år.',
      'Nu finns ramarna för årets lönerevision. Här är vad du som chef behöver veta.',
    ],
    paragraphs: [
      'Som chef håller du lönesättande samtal med dina medarbetare under perioden fram till {datum}. HR har tagit fram en samtalsmall och ett stödmaterial.',
      'Lönebudgeten för {nastaAr} är fastställd. Fördelningen mellan enheterna presenteras på chefsträffen {datum2}.',
      'Tänk på att lönesamtalet ska utgå från de gemensamma lönekriterierna och att motiveringen ska vara tydlig för medarbetaren.',
      'Boka gärna in en genomgång med din HR-konsult innan samtalen startar.',
    ],
    bullets: ['Samtalsmall och lönekriterier', 'Utbildning i lönesättning {datum2}', 'Rapportering i lönesystemet senast {datum}'],
    imageAlt: 'Två personer i samtal vid ett bord',
  },
  {
    key: 'semester',
    label: 'Semester',
    audience: 'general',
    shared: true,
    months: [1, 2, 3, 4, 5],
    titles: ['Nya rutiner för semesteransökan', 'Ansök om sommarsemester senast {datum}', 'Semesterplanering {ar}: det här gäller'],
    descriptions: [
      'Från i år ansöker du om semester direkt i självservice. Så här gör du.',
      'Sommarens semesterperiod planeras nu. Lämna in din ansökan i tid.',
    ],
    paragraphs: [
      'Från och med {datum2} ansöker alla medarbetare om semester i självservice i stället för på blankett. Ansökan går direkt till din chef för beslut.',
      'Huvudregeln är fyra veckors sammanhängande ledighet under perioden juni till augusti, om verksamheten tillåter det.',
      'Sista dag för ansökan om sommarsemester är {datum}. Besked lämnas senast en månad innan ledigheten börjar.',
      'I verksamheter med schemalagd personal görs semesterplaneringen gemensamt på arbetsplatsträffen.',
    ],
    bullets: ['Logga in i självservice', 'Välj Ledighet och sedan Semester', 'Ange period och skicka till din chef'],
    imageAlt: 'Solstol på en brygga vid en sjö',
  },
  {
    key: 'arbetsmiljovecka',
    label: 'Arbetsmiljöveckan',
    audience: 'general',
    shared: true,
    months: [9, 10],
    titles: ['Arbetsmiljöveckan vecka {vecka}: program och anmälan', 'Välkommen till arbetsmiljöveckan', 'Föreläsningar om stress och återhämtning under arbetsmiljöveckan'],
    descriptions: [
      'Föreläsningar, prova-på-pass och workshoppar för alla medarbetare under vecka {vecka}.',
      'Under arbetsmiljöveckan lyfter vi återhämtning, ergonomi och ett hållbart arbetsliv.',
    ],
    paragraphs: [
      'Under vecka {vecka} arrangeras arbetsmiljöveckan med aktiviteter för alla medarbetare. Programmet är framtaget tillsammans med skyddsombuden.',
      'Årets tema är återhämtning. Föreläsningarna sänds även digitalt så att fler kan delta oavsett arbetstid.',
      'Anmälan till workshopparna görs senast {datum}. Antalet platser är begränsat.',
      'Tala med din chef om hur du kan delta på arbetstid.',
    ],
    bullets: ['Föreläsning om stress och sömn', 'Ergonomi vid skärmarbete', 'Prova-på-pass i yoga och stavgång'],
    imageAlt: 'Medarbetare som stretchar i ett konferensrum',
  },
  {
    key: 'it-storning',
    label: 'Driftstörning',
    audience: 'general',
    shared: true,
    titles: ['IT-driftstörning i {system} åtgärdad', 'Störning i {system} – vi arbetar med felet', 'Planerat underhåll av {system} {datum}'],
    descriptions: [
      'Under {datum} var {system} otillgängligt under delar av dagen. Felet är nu åtgärdat.',
      'Tjänsten kan vara långsam eller otillgänglig. Vi uppdaterar informationen löpande.',
    ],
    paragraphs: [
      'Den gemensamma IT-driften har åtgärdat en störning som påverkade {system}. Orsaken var ett fel vid en uppdatering av servermiljön.',
      'Arbete som sparades under störningen kan behöva kontrolleras. Kontakta IT-servicedesk om något saknas.',
      'Under det planerade underhållet {datum} mellan klockan 17 och 21 kan du inte logga in i {system}.',
      'Aktuell driftinformation finns alltid på driftsidan och i IT-servicedeskens telefonkö.',
    ],
    imageAlt: 'Serverhall med blinkande lampor',
  },
  {
    key: 'julbord',
    label: 'Julbord',
    audience: 'general',
    months: [11, 12],
    titles: ['Välkommen på julbord {datum}', 'Anmälan till personalens julbord är öppen', 'Julhälsning från kommundirektören'],
    descriptions: [
      'Traditionsenligt bjuder {kommun} alla medarbetare på julbord. Anmäl dig senast {datum2}.',
      'Ett stort tack för året som gått – välkommen att fira med dina kollegor.',
    ],
    paragraphs: [
      'Årets julbord serveras {datum} i {plats}. Det blir sittningar både till lunch och middag så att alla verksamheter kan delta.',
      'Anmälan görs via formuläret senast {datum2}. Ange eventuell specialkost vid anmälan.',
      'Det har varit ett intensivt år i många verksamheter. Tack för allt arbete ni gör för kommunens invånare.',
      'Medarbetare som arbetar under julhelgerna får en julhälsning till arbetsplatsen.',
    ],
    imageAlt: 'Dukat julbord med tända ljus',
  },
  {
    key: 'friskvard',
    label: 'Friskvård',
    audience: 'general',
    shared: true,
    titles: ['Friskvårdsbidraget höjs till {belopp} kronor', 'Glöm inte att använda ditt friskvårdsbidrag', 'Friskvårdstimmen – så fungerar det'],
    descriptions: [
      'Från den 1 januari höjs friskvårdsbidraget. Läs vad bidraget kan användas till.',
      'Du har rätt till friskvårdsbidrag för träning och motion. Sista dag för årets kvitton är {datum}.',
    ],
    paragraphs: [
      'Friskvårdsbidraget höjs till {belopp} kronor per år. Bidraget kan användas till träningskort, simhall, gruppträning och liknande aktiviteter.',
      'Ansökan görs i självservice med kvitto som underlag. Kvitton för innevarande år ska vara inlämnade senast {datum}.',
      'Satsningen är en del av arbetet för en god arbetsmiljö och friska medarbetare.',
      'Frågor om friskvårdsbidraget besvaras av Lön och HR.',
    ],
    imageAlt: 'Löparskor på ett motionsspår i skogen',
  },
  {
    key: 'ny-forskola',
    label: 'Ny förskola',
    audience: 'general',
    forvaltning: 'buf',
    titles: ['Ny förskola öppnar i {plats}', 'Spadtag för nya förskolan i {plats}', 'Förskolan i {plats} söker personal'],
    descriptions: [
      'Den nya förskolan får plats för 120 barn och öppnar efter sommaren.',
      'Bygget av förskolan i {plats} har startat. Här är tidplanen.',
    ],
    paragraphs: [
      'Den nya förskolan i {plats} får sex avdelningar, tillagningskök och en stor gård med närhet till skogen.',
      'Byggnaden är certifierad enligt Miljöbyggnad silver och har solceller på taket.',
      'Rekryteringen av förskollärare och barnskötare startar i {manad}. Interna sökande är särskilt välkomna.',
      'Vårdnadshavare som har barn i kö får information om placering under våren.',
    ],
    imageAlt: 'Lekplats vid en nybyggd förskola',
  },
  {
    key: 'skolstart',
    label: 'Skolstart',
    audience: 'general',
    forvaltning: 'buf',
    months: [6, 7, 8],
    titles: ['Skolstarten {ar}: viktiga datum', 'Välkommen tillbaka efter sommaren', 'Studiedagar inför höstterminen'],
    descriptions: [
      'Höstterminen börjar {datum}. Här är planeringsdagarna och vad som är nytt i år.',
      'En sammanfattning av det viktigaste inför terminsstarten.',
    ],
    paragraphs: [
      'Planeringsdagarna inleds med en gemensam uppstart för all personal i skolan och förskolan.',
      'I år införs en ny lärplattform för årskurs 4–9. Utbildning ges under studiedagarna.',
      'Höstterminen för eleverna börjar {datum}.',
      'Skolskjutsarna startar samma dag. Turlistorna finns på kommunens webbplats.',
    ],
    imageAlt: 'Skolbänkar i ett klassrum med morgonljus',
  },
  {
    key: 'hemtjanst-app',
    label: 'Hemtjänst',
    audience: 'general',
    forvaltning: 'soc',
    titles: ['Ny planeringsapp för hemtjänsten', 'Trygghetslarmen byts ut under hösten', 'Digital signering av läkemedel införs'],
    descriptions: [
      'Från {datum} planeras besöken i hemtjänsten i en ny app. Utbildning ges på varje enhet.',
      'Bytet till digitala trygghetslarm sker under hösten. Så påverkas arbetet.',
    ],
    paragraphs: [
      'Den nya appen samlar besöksplanering, dokumentation och nyckelhantering i telefonen.',
      'Varje enhet får en superanvändare som stöttar kollegorna under införandet.',
      'Utbildningen tar en timme och genomförs på arbetstid före {datum}.',
      'Synpunkter på appen lämnas till verksamhetsutvecklarna på Socialförvaltningen.',
    ],
    imageAlt: 'Medarbetare i hemtjänsten med en mobiltelefon',
  },
  {
    key: 'influensa',
    label: 'Vaccination',
    audience: 'general',
    forvaltning: 'soc',
    months: [10, 11, 12],
    titles: ['Vaccination mot influensa för personal i vård och omsorg', 'Dags att boka tid för vaccination'],
    descriptions: ['Medarbetare i vård och omsorg erbjuds kostnadsfri vaccination mot säsongsinfluensa.'],
    paragraphs: [
      'Vaccinationen ges på arbetsplatsen av kommunens sjuksköterskor under vecka {vecka}.',
      'Vaccinationen är frivillig och kostnadsfri. Den skyddar både dig och de personer du möter i arbetet.',
      'Boka tid hos din enhetschef senast {datum}.',
    ],
    imageAlt: 'Sjuksköterska förbereder en vaccinationsspruta',
  },
  {
    key: 'medarbetarenkat',
    label: 'Medarbetarenkät',
    audience: 'general',
    shared: true,
    titles: ['Medarbetarenkäten {ar}: nu är resultaten klara', 'Svara på medarbetarenkäten senast {datum}', 'Så arbetar vi vidare med medarbetarenkäten'],
    descriptions: [
      'Svarsfrekvensen blev 82 procent. Resultaten presenteras på arbetsplatsträffarna.',
      'Dina svar är viktiga för att utveckla arbetsmiljön. Enkäten tar tio minuter.',
    ],
    paragraphs: [
      'Årets medarbetarenkät visar att de flesta trivs med sina arbetsuppgifter och känner stöd från kollegorna.',
      'Områden att utveckla är arbetsbelastning och möjligheten till återhämtning.',
      'Varje arbetsplats tar fram en handlingsplan tillsammans med sin chef före {datum}.',
      'Enkäten genomförs av ett externt företag och ingen enskild medarbetares svar kan identifieras.',
    ],
    imageAlt: 'Stapeldiagram på en skärm',
  },
  {
    key: 'chefsdag',
    label: 'Chefsdag',
    audience: 'managers',
    titles: ['Chefsdagar {datum}: program', 'Ledarforum: ny chefsutbildning startar', 'Inbjudan till chefsträff {datum}'],
    descriptions: [
      'Alla chefer bjuds in till en dag om ledarskap, arbetsmiljöansvar och verksamhetsplanering.',
      'Ett nytt ledarutvecklingsprogram för chefer startar i {manad}. Anmälan är öppen.',
    ],
    paragraphs: [
      'Chefsdagen inleds med en genomgång av kommunens verksamhetsplan och budget för {nastaAr}.',
      'Under eftermiddagen arbetar vi i grupper med arbetsmiljöansvar och systematiskt arbetsmiljöarbete.',
      'Ledarutvecklingsprogrammet omfattar sex träffar under ett år och riktar sig till chefer med personalansvar.',
      'Anmälan görs till HR senast {datum2}.',
    ],
    bullets: ['Verksamhetsplan och budget', 'Arbetsmiljöansvar i praktiken', 'Erfarenhetsutbyte mellan förvaltningarna'],
    imageAlt: 'Chefer i en workshop med post-it-lappar',
  },
  {
    key: 'budget',
    label: 'Budget',
    audience: 'managers',
    titles: ['Budgetarbetet inför {nastaAr} startar', 'Delårsrapport: så ser ekonomin ut', 'Nya anvisningar för budgetuppföljning'],
    descriptions: [
      'Anvisningarna för budget {nastaAr} är klara. Underlagen ska vara inne senast {datum}.',
      'Prognosen visar ett underskott i några verksamheter. Så arbetar vi med åtgärder.',
    ],
    paragraphs: [
      'Budgetprocessen inför {nastaAr} har startat och följer samma tidplan som tidigare år.',
      'Varje chef ansvarar för att uppföljningen av den egna enhetens budget görs månadsvis.',
      'Ekonomerna finns tillgängliga för stöd med prognoser och underlag.',
      'Delårsrapporten behandlas av kommunstyrelsen {datum}.',
    ],
    imageAlt: 'Kalkylblad och diagram på en bärbar dator',
  },
  {
    key: 'rehab',
    label: 'Rehabilitering',
    audience: 'managers',
    titles: ['Uppdaterad rutin för rehabilitering', 'Ny rutin för tillbudsrapportering', 'Arbetsmiljöansvar: uppgiftsfördelningen ska förnyas'],
    descriptions: [
      'Rutinen för arbetslivsinriktad rehabilitering är uppdaterad. Här är det viktigaste för dig som chef.',
      'Från {datum} rapporteras tillbud och arbetsskador i ett nytt system.',
    ],
    paragraphs: [
      'Som chef ansvarar du för att rehabiliteringsarbetet startar tidigt, senast efter den fjärde sjukfrånvaroperioden under ett år.',
      'Den nya rutinen beskriver ansvarsfördelningen mellan chef, HR och företagshälsovård.',
      'Uppgiftsfördelningen i arbetsmiljöarbetet ska förnyas vid chefsbyte och minst vart tredje år.',
      'HR håller en introduktion till rutinen {datum2}.',
    ],
    imageAlt: 'Pärm med rutiner på ett skrivbord',
  },
  {
    key: 'krisberedskap',
    label: 'Krisberedskap',
    audience: 'general',
    shared: true,
    titles: ['Övning i krisberedskap {datum}', 'Ny krisledningsplan antagen', 'Så agerar du vid ett längre strömavbrott'],
    descriptions: [
      'Kommunerna på Höglandet övar tillsammans. Vissa verksamheter kan påverkas.',
      'Krisledningsplanen beskriver hur kommunen leds vid en samhällsstörning.',
    ],
    paragraphs: [
      'Övningen genomförs {datum} och omfattar krisledningsnämnden och ledningsgrupperna i förvaltningarna.',
      'Alla verksamheter ska ha en kontinuitetsplan som beskriver hur viktiga uppgifter kan utföras vid en störning.',
      'Vid ett längre strömavbrott samlas information på kommunens webbplats och i lokalradion.',
      'Frågor om krisberedskap besvaras av säkerhetssamordnaren.',
    ],
    imageAlt: 'Ficklampa och radio på ett bord',
  },
  {
    key: 'bluffmejl',
    label: 'Informationssäkerhet',
    audience: 'general',
    shared: true,
    titles: ['Varning för bluffmejl – så känner du igen dem', 'Nytt lösenordskrav från {datum}', 'Tvåstegsverifiering införs för alla konton'],
    descriptions: [
      'Just nu skickas falska mejl som ser ut att komma från IT-servicedesk. Klicka inte på länkarna.',
      'För att skydda kommunens information skärps kraven på inloggning.',
    ],
    paragraphs: [
      'Bluffmejlen uppmanar mottagaren att logga in för att behålla sin e-postlåda. IT-servicedesk skickar aldrig sådana mejl.',
      'Om du har klickat på en länk: byt lösenord direkt och kontakta IT-servicedesk.',
      'Från {datum} krävs tvåstegsverifiering vid inloggning utanför kommunens nätverk.',
      'Lösenordet ska vara minst 14 tecken. Använd gärna en lösenordsfras.',
    ],
    bullets: ['Kontrollera avsändaren', 'Klicka inte på länkar i oväntade mejl', 'Rapportera misstänkta mejl med knappen Rapportera'],
    imageAlt: 'Hänglås på ett tangentbord',
  },
  {
    key: 'teams',
    label: 'Digital arbetsplats',
    audience: 'general',
    shared: true,
    titles: ['Nu flyttar vi till Teams', 'Nytt intranät: tyck till om sidorna', 'Utbildning i Teams och OneDrive {datum}'],
    descriptions: [
      'Gemensamma filer flyttas från de gamla filservrarna till Teams och SharePoint.',
      'Vi bygger ett gemensamt intranät för alla tre kommunerna. Vad tycker du?',
    ],
    paragraphs: [
      'Flytten görs förvaltning för förvaltning och är klar före {datum}.',
      'Varje arbetsplats får stöd av en digital ambassadör under flytten.',
      'Det nya intranätet samlar nyheter från din egen kommun och gemensamma nyheter för alla tre kommunerna.',
      'Lämna synpunkter via formuläret eller till kommunikationsavdelningen.',
    ],
    imageAlt: 'Bärbar dator med ett videomöte',
  },
  {
    key: 'vagarbete',
    label: 'Vägarbete',
    audience: 'general',
    forvaltning: 'sbf',
    months: [4, 5, 6, 7, 8, 9, 10],
    titles: ['Vägarbete på {gata} vecka {vecka}', 'Ny gång- och cykelväg i {plats}', 'Beläggningsarbeten under sommaren'],
    descriptions: [
      'Framkomligheten begränsas under arbetet. Följ skyltningen på plats.',
      'Den nya gång- och cykelvägen gör det säkrare att ta sig till skolan.',
    ],
    paragraphs: [
      'Arbetet på {gata} pågår under vecka {vecka} och innebär att trafiken leds om.',
      'Gata och park samordnar arbetet med el- och fiberleverantörer för att undvika att gatan grävs upp flera gånger.',
      'Den nya gång- och cykelvägen i {plats} blir 1,2 kilometer lång och får belysning hela vägen.',
      'Frågor om arbetet besvaras av kommunens kontaktcenter.',
    ],
    imageAlt: 'Vägarbete med avspärrningar',
  },
  {
    key: 'snorojning',
    label: 'Snöröjning',
    audience: 'general',
    forvaltning: 'sbf',
    months: [11, 12, 1, 2],
    titles: ['Snöröjningen: så prioriterar vi', 'Halkbekämpning vid skolor och förskolor'],
    descriptions: ['Gång- och cykelvägar till skolor och omsorg röjs först.'],
    paragraphs: [
      'Snöröjningen startar när det har fallit fem centimeter snö. Gång- och cykelvägar till skolor och särskilda boenden prioriteras.',
      'Halkbekämpning sker med sand och i vissa fall salt på de mest trafikerade gatorna.',
      'Brister i snöröjningen kan anmälas via kommunens webbplats.',
    ],
    imageAlt: 'Snöplog på en gata i skymningen',
  },
  {
    key: 'bygglov',
    label: 'Samhällsbyggnad',
    audience: 'general',
    forvaltning: 'sbf',
    titles: ['Ny e-tjänst för bygglov', 'Detaljplan för {plats} ute på samråd', 'Handläggningstiden för bygglov har halverats'],
    descriptions: [
      'Ansökan om bygglov kan nu göras helt digitalt.',
      'Förslaget till detaljplan visas i stadshuset och på webben till och med {datum}.',
    ],
    paragraphs: [
      'E-tjänsten guidar den sökande genom ansökan och kontrollerar att handlingarna är kompletta.',
      'Sedan e-tjänsten infördes har handläggningstiden minskat till i genomsnitt tre veckor.',
      'Detaljplanen för {plats} möjliggör 40 nya bostäder och en förskola.',
      'Synpunkter på planförslaget lämnas skriftligt senast {datum}.',
    ],
    imageAlt: 'Ritningar och en hjälm på ett bord',
  },
  {
    key: 'bibliotek',
    label: 'Biblioteket',
    audience: 'general',
    forvaltning: 'kof',
    titles: ['Biblioteket förlänger öppettiderna', 'Sommarlovsaktiviteter för barn och unga', 'Meröppet bibliotek i {plats}'],
    descriptions: [
      'Från {datum} har biblioteket öppet även på lördagar.',
      'Sommarlovsprogrammet innehåller läsfrämjande aktiviteter, prova-på och utflykter.',
    ],
    paragraphs: [
      'Biblioteket i {plats} blir meröppet, vilket innebär att låntagare kan komma in med lånekort och kod även när personalen inte är på plats.',
      'Sommarlovsaktiviteterna är kostnadsfria och finansieras delvis med statliga bidrag.',
      'Medarbetare som vill tipsa om aktiviteter till programmet kan kontakta Kultur och evenemang.',
    ],
    imageAlt: 'Bokhyllor i ett ljust bibliotek',
  },
  {
    key: 'idrott',
    label: 'Fritid',
    audience: 'general',
    forvaltning: 'kof',
    titles: ['Ny konstgräsplan invigd i {plats}', 'Simhallen stänger för renovering', 'Spontanidrottsplats byggs i {plats}'],
    descriptions: [
      'Invigningen blir en folkfest med matcher och aktiviteter för alla åldrar.',
      'Simhallen är stängd från {datum} under renoveringen.',
    ],
    paragraphs: [
      'Den nya anläggningen i {plats} är öppen för föreningar och allmänhet.',
      'Under renoveringen av simhallen flyttas skolsimmet till grannkommunens bad enligt särskilt schema.',
      'Investeringen är en del av satsningen på folkhälsa och meningsfull fritid.',
    ],
    imageAlt: 'Fotbollsplan i kvällsljus',
  },
  {
    key: 'pension',
    label: 'Pension',
    audience: 'general',
    shared: true,
    titles: ['Informationsmöte om pension {datum}', 'Ny pensionsrådgivning för medarbetare'],
    descriptions: ['Funderar du på din pension? Välkommen till ett informationsmöte med pensionsrådgivare.'],
    paragraphs: [
      'Mötet riktar sig till medarbetare som har fem år eller mindre kvar till pension.',
      'Pensionsrådgivaren går igenom tjänstepensionen, allmän pension och möjligheten att gå ned i tid.',
      'Anmälan görs senast {datum2}. Mötet hålls även digitalt.',
    ],
    imageAlt: 'Kaffekopp och broschyrer om pension',
  },
  {
    key: 'utbildning',
    label: 'Kompetensutveckling',
    audience: 'general',
    shared: true,
    titles: ['Utbildning i {amne} – anmäl dig nu', 'E-learning: informationssäkerhet för alla medarbetare', 'Nya utbildningar i kompetensportalen'],
    descriptions: [
      'Utbildningen ges vid flera tillfällen under hösten och är öppen för alla medarbetare.',
      'Alla medarbetare ska genomföra e-learningen före {datum}.',
    ],
    paragraphs: [
      'Utbildningen i {amne} tar en halv dag och ges både på plats och digitalt.',
      'E-learningen tar cirka 30 minuter och avslutas med ett kunskapstest.',
      'Kompetensportalen samlar alla utbildningar som erbjuds medarbetare i kommunerna på Höglandet.',
      'Prata med din chef om vilka utbildningar som passar dig.',
    ],
    imageAlt: 'Person som gör en webbutbildning vid en dator',
  },
  {
    key: 'samverkan',
    label: 'Samverkan',
    audience: 'general',
    shared: true,
    titles: ['Samverkan kring IT-drift förlängs', 'Gemensam e-tjänsteplattform för Höglandet', 'Tre kommuner – ett intranät'],
    descriptions: [
      'Kommunerna fortsätter att samarbeta om IT-drift, lön och upphandling.',
      'Invånarna får samma inloggning och samma e-tjänster oavsett kommun.',
    ],
    paragraphs: [
      'Samverkansavtalet för den gemensamma IT-driften förlängs med fyra år.',
      'Genom samverkan kan kommunerna dela på specialistkompetens och hålla nere kostnaderna.',
      'Den gemensamma e-tjänsteplattformen lanseras stegvis under {nastaAr}.',
      'Medarbetare som arbetar i flera kommuner får ett konto och tillgång till alla kommunernas intranät.',
    ],
    imageAlt: 'Tre personer som skakar hand',
  },
  {
    key: 'miljo',
    label: 'Klimat och miljö',
    audience: 'general',
    shared: true,
    titles: ['Så sorterar vi matavfall på arbetsplatsen', 'Klimatveckan: cykla till jobbet', 'Laddplatser för tjänstebilar byggs ut'],
    descriptions: [
      'Alla arbetsplatser får kärl för matavfall. Så här gör du.',
      'Under klimatveckan utmanar vi varandra att cykla, gå eller åka kollektivt till jobbet.',
    ],
    paragraphs: [
      'Matavfallet blir biogas som driver kommunens bussar.',
      'Under klimatveckan vecka {vecka} kan du registrera dina resor och tävla med din arbetsplats.',
      'Fler laddplatser byggs vid kommunens arbetsplatser under året.',
    ],
    imageAlt: 'Cykel parkerad utanför stadshuset',
  },
  {
    key: 'lonespecifikation',
    label: 'Lön',
    audience: 'general',
    shared: true,
    titles: ['Lönespecifikationen flyttar till appen', 'Tidigare löneutbetalning i december', 'Ändrade datum för tidrapportering'],
    descriptions: [
      'Från {datum} finns din lönespecifikation i appen i stället för på papper.',
      'Lönen för december betalas ut den 20 december.',
    ],
    paragraphs: [
      'Den gemensamma lönefunktionen hanterar löner för alla tre kommunerna.',
      'Tidrapporter och avvikelser ska vara attesterade senast den 5:e varje månad.',
      'Lönespecifikationen finns också i självservice på datorn.',
    ],
    imageAlt: 'Mobiltelefon med en lönespecifikation',
  },
  {
    key: 'distansarbete',
    label: 'Riktlinjer',
    audience: 'general',
    shared: true,
    titles: ['Ny riktlinje för distansarbete', 'Uppdaterad riktlinje för tjänsteresor', 'Ny rutin för sjukanmälan'],
    descriptions: [
      'Riktlinjen beskriver när och hur distansarbete kan beviljas.',
      'Från {datum} sjukanmäler du dig via appen eller telefon.',
    ],
    paragraphs: [
      'Distansarbete kan beviljas när arbetsuppgifterna tillåter det och efter överenskommelse med chef.',
      'Tjänsteresor ska i första hand göras med tåg eller buss. Digitala möten är ett bra alternativ.',
      'Sjukanmälan görs före arbetsdagens början. Friskanmälan görs när du är tillbaka i arbete.',
      'Riktlinjerna finns i sin helhet i personalhandboken.',
    ],
    imageAlt: 'Hemmakontor med dator och växt',
  },
  {
    key: 'fullmaktige',
    label: 'Politiska beslut',
    audience: 'general',
    titles: ['Kommunfullmäktige har beslutat om budget för {nastaAr}', 'Ny vision för {kort} antagen', 'Kommunstyrelsen beslutar om ny organisation'],
    descriptions: [
      'Här är de viktigaste besluten från sammanträdet {datum}.',
      'Visionen pekar ut riktningen för kommunens utveckling till 2035.',
    ],
    paragraphs: [
      'Kommunfullmäktige sammanträdde {datum} och fattade beslut om budget och verksamhetsplan.',
      'Budgeten innehåller satsningar på skola, äldreomsorg och bostadsbyggande.',
      'Protokollet justeras inom två veckor och publiceras på kommunens webbplats.',
    ],
    imageAlt: 'Sessionssal med tomma bänkar',
  },
  {
    key: 'kulturnatt',
    label: 'Kultur',
    audience: 'general',
    forvaltning: 'kof',
    months: [3, 4, 5, 9, 10],
    titles: ['Kulturnatt i {kort} {datum}', 'Utställning i stadshuset', 'Konstnärer sökes till offentlig utsmyckning'],
    descriptions: ['Musik, teater och öppna ateljéer – välkommen till kulturnatten.'],
    paragraphs: [
      'Kulturnatten arrangeras tillsammans med föreningar och näringsliv.',
      'Utställningen i stadshuset visar verk av lokala konstnärer och pågår till {datum}.',
      'Medarbetare är välkomna att bidra som volontärer under kvällen.',
    ],
    imageAlt: 'Scen med ljusslingor en höstkväll',
  },
  {
    key: 'val',
    label: 'Valet',
    audience: 'general',
    months: [5, 6, 7, 8, 9],
    titles: ['Valet {ar}: så arbetar vi med valet', 'Röstmottagare sökes till valet', 'Förtidsröstning i stadshuset'],
    descriptions: ['Valnämnden söker röstmottagare. Medarbetare får utföra uppdraget på arbetstid efter överenskommelse.'],
    paragraphs: [
      'Inför valet behövs många röstmottagare i vallokaler och förtidsröstningslokaler.',
      'Utbildning av röstmottagare sker under augusti.',
      'Förtidsröstningen är öppen i stadshuset och på biblioteken.',
    ],
    imageAlt: 'Valsedlar i ett röstbås',
  },
  {
    key: 'lokaler',
    label: 'Lokaler',
    audience: 'general',
    titles: ['Renovering av stadshuset: tillfälliga lokaler', 'Flytt till nya lokaler i {plats}', 'Nya mötesrum kan bokas i Outlook'],
    descriptions: ['Under renoveringen flyttar flera verksamheter tillfälligt.', 'Flytten sker under vecka {vecka}.'],
    paragraphs: [
      'Renoveringen omfattar ventilation, tillgänglighet och energieffektivisering.',
      'Under flytten kan telefontiderna vara begränsade.',
      'De nya mötesrummen har utrustning för hybridmöten.',
    ],
    imageAlt: 'Flyttkartonger i en korridor',
  },
  {
    key: 'nyanstalld',
    label: 'Välkommen',
    audience: 'unit',
    titles: ['Välkommen {namn}, ny {titel} på {enhet}', 'Ny kollega på {enhet}'],
    descriptions: ['{namn} börjar hos oss {datum}. Ta gärna en fika och hälsa välkommen!'],
    paragraphs: [
      '{namn} kommer närmast från en tjänst i en grannkommun och har lång erfarenhet av verksamheten.',
      'Den första tiden följer {namn} sin introduktionsplan tillsammans med en mentor på arbetsplatsen.',
      'Varmt välkommen!',
    ],
    imageAlt: 'Kaffekoppar och bullar på ett fikabord',
  },
  {
    key: 'apt',
    label: 'Arbetsplatsträff',
    audience: 'unit',
    titles: ['Arbetsplatsträff på {enhet} {datum}', 'Nytt schema för {enhet} från vecka {vecka}', 'Planeringsdag för {enhet}'],
    descriptions: ['Dagordning och underlag inför mötet.', 'Det nya schemat gäller från vecka {vecka}.'],
    paragraphs: [
      'Arbetsplatsträffen hålls {datum} i personalrummet. Dagordningen finns i Teams-kanalen.',
      'På mötet går vi igenom resultatet från medarbetarenkäten och handlingsplanen för arbetsmiljön.',
      'Det nya schemat har tagits fram tillsammans med schemagruppen och skyddsombudet.',
      'Kan du inte delta? Meddela {namn} senast dagen innan.',
    ],
    imageAlt: 'Anteckningsblock och kaffe på ett mötesbord',
  },
];

/** Values used to fill the {system}, {gata}, {amne} and {belopp} placeholders. */
export const SYSTEMS: readonly string[] = ['e-posten', 'Teams', 'ärendehanteringssystemet', 'verksamhetssystemet för omsorgen', 'lärplattformen', 'lönesystemet', 'telefonin', 'skrivarna', 'VPN-tjänsten'];
export const STREETS: readonly string[] = ['Storgatan', 'Kungsgatan', 'Järnvägsgatan', 'Skolgatan', 'Östra Vägen', 'Västra Esplanaden', 'Norrgatan', 'Lasarettsgatan'];
export const SUBJECTS: readonly string[] = ['klarspråk', 'arbetsmiljö', 'lågaffektivt bemötande', 'digitala möten', 'hjärt-lungräddning', 'brandskydd', 'diarieföring', 'dataskydd'];
export const AMOUNTS: readonly string[] = ['2 500', '3 000', '3 500', '4 000'];
