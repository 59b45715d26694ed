/**
 * The pictures of the seeded news banners: flat illustrations drawn as small SVGs (1200 × 675),
 * one scene per theme and three variants of each (time of day, season or colours). Only shapes
 * and fills: no text, no scripts, no links or external references.
 */

export type SceneKey =
  | 'desk' | 'chart' | 'lock' | 'video' | 'course' | 'payslip' | 'server' | 'meeting' | 'calendar' | 'lake' | 'forest'
  | 'preschool' | 'school' | 'care' | 'road' | 'snow' | 'plans' | 'library' | 'pitch' | 'townhall'
  | 'skyline' | 'stage' | 'christmas' | 'fika' | 'bike';

/** What each picture shows, for the banner's alt text. */
export const SCENE_ALT: Readonly<Record<SceneKey, string>> = {
  desk: 'Skrivbord med en datorskärm, en kaffekopp och en krukväxt framför ett fönster',
  chart: 'Skrivbord med en datorskärm som visar ett stapeldiagram',
  lock: 'Datorskärm med ett hänglås på ett skrivbord',
  video: 'Datorskärm med ett videomöte med fyra deltagare på ett skrivbord',
  course: 'Datorskärm med en webbutbildning som spelas upp på ett skrivbord',
  payslip: 'Mobiltelefon med en lönespecifikation bredvid en kaffekopp',
  server: 'Serverhall med rader av serverskåp och blinkande lampor',
  meeting: 'Kollegor runt ett mötesbord framför en whiteboard med lappar',
  calendar: 'Väggkalender med ett inringat datum ovanför ett skrivbord',
  lake: 'Brygga vid en skogssjö med en röd stuga på andra sidan',
  forest: 'Löpare på ett motionsspår genom granskog',
  preschool: 'Förskola med lekplats, gunga och rutschkana',
  school: 'Skolbyggnad med klocka, flaggstång och cykelställ',
  care: 'Medarbetare i hemtjänsten med en mobiltelefon vid en bil utanför ett rött hus',
  road: 'Vägarbete med grävmaskin, koner och avspärrning',
  snow: 'Snöplog på en gata med gatlyktor en vinterkväll',
  plans: 'Ritningar, linjal och en skyddshjälm på ett bord',
  library: 'Bokhyllor och en läsfåtölj i ett bibliotek',
  pitch: 'Fotbollsplan med mål och strålkastare',
  townhall: 'Stadshus med klocka och flagga',
  skyline: 'Småstad med kyrktorn, hus och skog',
  stage: 'Utomhusscen med ljusslingor och publik en kväll',
  christmas: 'Dukat bord med tända ljus och en adventsstjärna i fönstret',
  fika: 'Kaffekoppar och kanelbullar på ett fikabord',
  bike: 'Cykel och laddstolpe utanför en kontorsbyggnad',
};

type Variant = 0 | 1 | 2;

const SKY = ['#cfe7f7', '#9fcdee', '#f4c7a1'];
const ACCENT = ['#0b5cad', '#2e7d32', '#b4472b'];
const WALL = ['#eef1f4', '#f4efe6', '#e8eef2'];
const SKIN = ['#f1c9a5', '#c68b59', '#8d5a3b', '#e0ac7d'];
const SHIRT = ['#0b5cad', '#c8672e', '#2e7d32', '#7a1f3d', '#5b2a86', '#00838f'];
const HAIR = ['#3b2a20', '#d9b26f', '#1f1f1f', '#8a4b2a', '#b0b0b0'];

const r = (x: number, y: number, w: number, h: number, fill: string, rx = 0): string =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"${rx ? ` rx="${rx}"` : ''} fill="${fill}"/>`;
const c = (cx: number, cy: number, radius: number, fill: string): string => `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="${fill}"/>`;
const p = (points: string, fill: string): string => `<polygon points="${points}" fill="${fill}"/>`;
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number): string =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"/>`;

/** A person from the waist up (behind a table, or standing when `legs`). */
function person(x: number, y: number, k: number, legs = false): string {
  const skin = SKIN[k % SKIN.length];
  const shirt = SHIRT[k % SHIRT.length];
  const hair = HAIR[k % HAIR.length];
  return [
    legs ? r(x - 26, y + 120, 22, 110, '#37474f', 8) + r(x + 4, y + 120, 22, 110, '#37474f', 8) : '',
    r(x - 45, y + 30, 90, 110, shirt, 30),
    c(x, y, 32, skin),
    `<path d="M${x - 33} ${y - 2}a33 33 0 0 1 66 0q-10-18-33-16q-23-2-33 16z" fill="${hair}"/>`,
  ].join('');
}

function spruce(x: number, ground: number, h: number, fill: string): string {
  return p(`${x},${ground - h} ${x - h * 0.28},${ground} ${x + h * 0.28},${ground}`, fill) + r(x - 4, ground - 6, 8, 12, '#5d4037');
}

function leafy(x: number, ground: number, h: number, fill: string): string {
  return r(x - 7, ground - h * 0.5, 14, h * 0.5, '#6d4c41') + c(x, ground - h * 0.62, h * 0.32, fill);
}

function house(x: number, ground: number, w: number, h: number, wall: string, roof: string): string {
  const windows = [0.22, 0.62].map((f) => r(x + w * f, ground - h * 0.7, w * 0.16, h * 0.28, '#fff8e1') ).join('');
  return r(x, ground - h, w, h, wall) + p(`${x - 10},${ground - h} ${x + w / 2},${ground - h - h * 0.55} ${x + w + 10},${ground - h}`, roof) + windows
    + r(x + w * 0.42, ground - h * 0.45, w * 0.16, h * 0.45, '#5d4037');
}

/** An office wall with a window, a desk and a screen; `screen` draws what the screen shows. */
function desk(v: Variant, screen: string): string {
  return [
    r(0, 0, 1200, 675, WALL[v]),
    r(90, 70, 330, 300, '#ffffff', 6), r(105, 85, 300, 270, SKY[v]),
    spruce(170, 355, 150, '#2e5d3a'), spruce(250, 355, 190, '#356b43'), leafy(350, 355, 140, '#6a9f58'),
    r(253, 85, 4, 270, '#ffffff'), r(105, 218, 300, 4, '#ffffff'),
    r(0, 470, 1200, 205, '#c9a27a'), r(0, 470, 1200, 14, '#b08660'),
    r(585, 385, 30, 70, '#78909c'), r(530, 450, 140, 22, '#78909c', 6),
    r(430, 120, 340, 270, '#263238', 14), r(446, 136, 308, 238, '#ffffff', 4), screen,
    r(480, 500, 240, 34, '#eceff1', 6), r(760, 505, 50, 70, '#eceff1', 25),
    r(880, 440, 70, 80, ACCENT[v], 10), `<path d="M950 460q34 0 34 24t-34 24" fill="none" stroke="${ACCENT[v]}" stroke-width="10"/>`,
    r(1010, 430, 90, 90, '#8d6e63', 12), c(1030, 395, 40, '#43a047'), c(1075, 380, 44, '#388e3c'), c(1055, 350, 36, '#4caf50'),
  ].join('');
}

function documentScreen(v: Variant): string {
  return r(446, 136, 308, 34, ACCENT[v]) + [0, 1, 2, 3, 4].map((i) => r(470, 195 + i * 34, i % 2 ? 200 : 250, 14, '#cfd8dc', 7)).join('');
}

function chartScreen(v: Variant): string {
  const bars = [120, 170, 95, 200, 150].map((h, i) => r(480 + i * 52, 350 - h, 34, h, i === 3 ? ACCENT[v] : '#90a4ae', 4)).join('');
  return bars + r(466, 350, 270, 4, '#546e7a');
}

function lockScreen(v: Variant): string {
  return `<path d="M560 250v-40a40 40 0 0 1 80 0v40" fill="none" stroke="#455a64" stroke-width="18"/>` + r(535, 245, 130, 100, ACCENT[v], 14) + c(600, 285, 12, '#ffffff') + r(595, 290, 10, 30, '#ffffff', 4);
}

function videoScreen(v: Variant): string {
  const tiles = [0, 1, 2, 3].map((i) => {
    const x = 452 + (i % 2) * 150;
    const y = 142 + Math.floor(i / 2) * 114;
    return r(x, y, 146, 110, ['#cfd8dc', '#b0bec5'][(i + v) % 2], 4) + c(x + 73, y + 44, 22, SKIN[(i + v) % SKIN.length]) + r(x + 43, y + 70, 60, 40, SHIRT[(i + v * 2) % SHIRT.length], 18);
  }).join('');
  return tiles + c(600, 352, 14, '#d32f2f');
}

function courseScreen(v: Variant): string {
  return r(446, 136, 308, 190, '#37474f', 4) + c(600, 230, 44, '#ffffff') + p('588,208 588,252 624,230', ACCENT[v])
    + r(470, 344, 260, 10, '#cfd8dc', 5) + r(470, 344, 90 + v * 50, 10, ACCENT[v], 5);
}

function payslip(v: Variant): string {
  return [
    r(0, 0, 1200, 675, ['#c9a27a', '#bf9870', '#d7b98e'][v]),
    r(380, 60, 300, 560, '#263238', 40), r(398, 100, 264, 480, '#ffffff', 8), r(398, 100, 264, 60, ACCENT[v], 8),
    [0, 1, 2, 3, 4, 5].map((i) => r(420, 190 + i * 52, 140, 14, '#cfd8dc', 7) + r(590, 190 + i * 52, 50, 14, i === 5 ? ACCENT[v] : '#b0bec5', 7)).join(''),
    r(420, 500, 220, 4, '#90a4ae'),
    c(880, 300, 110, '#ffffff'), c(880, 300, 85, '#6d4c41'), `<path d="M985 300q50 0 50 40t-50 30" fill="none" stroke="#ffffff" stroke-width="16"/>`,
    r(760, 470, 300, 120, '#fafafa', 8), [0, 1, 2].map((i) => r(785, 495 + i * 28, 200 + i * 20, 10, '#cfd8dc', 5)).join(''),
  ].join('');
}

function server(v: Variant): string {
  const light = ['#4caf50', '#29b6f6', '#ffca28'][v];
  const racks = [0, 1, 2, 3, 4].map((i) => {
    const x = 110 + i * 210;
    const slots = [0, 1, 2, 3, 4, 5, 6].map((j) => r(x + 14, 150 + j * 56, 142, 40, '#37474f', 4) + c(x + 30, 170 + j * 56, 5, (i + j) % 3 === 0 ? '#ef5350' : light) + r(x + 50, 166 + j * 56, 90, 6, '#546e7a', 3)).join('');
    return r(x, 130, 170, 420, '#263238', 8) + slots;
  }).join('');
  return r(0, 0, 1200, 675, '#1a2a33') + r(0, 560, 1200, 115, '#2f434e') + racks + r(0, 110, 1200, 8, '#455a64');
}

function meeting(v: Variant): string {
  const notes = [0, 1, 2, 3, 4, 5].map((i) => r(300 + (i % 3) * 110, 110 + Math.floor(i / 3) * 100, 80, 70, ['#ffee58', '#ffab91', '#80deea'][(i + v) % 3], 4)).join('');
  return [
    r(0, 0, 1200, 675, WALL[v]), r(260, 70, 680, 260, '#ffffff', 8), r(260, 70, 680, 260, 'none'), notes,
    line(700, 150, 880, 150, ACCENT[v], 8), line(700, 200, 850, 200, '#90a4ae', 8), line(700, 250, 870, 250, '#90a4ae', 8),
    person(220, 380, v), person(440, 350, v + 1), person(760, 350, v + 2), person(980, 380, v + 3),
    p('120,520 1080,520 1180,675 20,675', '#a1887f'), p('120,520 1080,520 1090,540 110,540', '#8d6e63'),
    r(330, 560, 140, 60, '#cfd8dc', 6), c(620, 585, 26, '#ffffff'), c(620, 585, 18, '#6d4c41'), r(750, 560, 160, 70, '#fafafa', 4),
  ].join('');
}

function calendar(v: Variant): string {
  const cells = Array.from({ length: 28 }, (_, i) => r(370 + (i % 7) * 66, 215 + Math.floor(i / 7) * 62, 54, 50, '#f5f5f5', 4)).join('');
  const marked = 370 + ((v * 2 + 3) % 7) * 66;
  const row = 215 + (1 + v) * 62;
  return [
    r(0, 0, 1200, 675, WALL[v]), r(340, 80, 520, 480, '#ffffff', 10), r(340, 80, 520, 110, ACCENT[v], 10), r(340, 150, 520, 40, ACCENT[v]),
    c(450, 80, 14, '#546e7a'), c(750, 80, 14, '#546e7a'), cells,
    `<circle cx="${marked + 27}" cy="${row + 25}" r="36" fill="none" stroke="#d32f2f" stroke-width="7"/>`,
    r(0, 590, 1200, 85, '#c9a27a'), r(920, 520, 30, 80, '#8d6e63', 6), c(935, 500, 40, '#43a047'),
    `<g transform="rotate(-20 230 610)">${r(140, 600, 180, 16, '#ffca28', 4)}${p('320,600 345,608 320,616', '#5d4037')}</g>`,
  ].join('');
}

function lake(v: Variant): string {
  const sky = ['#d7ecf7', '#a9d4f0', '#f6c49b'][v];
  const water = ['#6fa8cf', '#3f88c5', '#c98e78'][v];
  const sun = c(930, 140 + v * 40, 60, v === 2 ? '#ffb74d' : '#fff3c4');
  const far = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => spruce(40 + i * 120 + (i % 3) * 18, 330, 130 + (i % 4) * 25, '#2e5d3a')).join('');
  return [
    r(0, 0, 1200, 675, sky), sun, r(0, 300, 1200, 40, '#35623f'), far,
    r(640, 255, 90, 60, '#b71c1c'), p('630,255 685,220 740,255', '#3e2723'), r(670, 280, 20, 35, '#ffffff'),
    r(0, 330, 1200, 345, water), r(150, 420, 300, 6, '#ffffff'), r(700, 470, 220, 6, '#ffffff'),
    p('0,560 560,520 600,540 0,675', '#a1887f'), r(0, 560, 600, 10, '#8d6e63'),
    r(120, 570, 12, 105, '#6d4c41'), r(300, 560, 12, 115, '#6d4c41'), r(480, 548, 12, 127, '#6d4c41'),
  ].join('');
}

function forest(v: Variant): string {
  const sky = ['#dcefe0', '#cfe7f7', '#f4d9b8'][v];
  const trees = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => spruce(i * 105 + (i % 2) * 30, 420 + (i % 3) * 20, 260 + (i % 4) * 40, i % 2 ? '#2e5d3a' : '#1b4d2c')).join('');
  return [
    r(0, 0, 1200, 675, sky), trees, r(0, 430, 1200, 245, '#5b8c4a'),
    p('520,430 680,430 1000,675 200,675', '#d7b98e'),
    person(640, 420, v + 2, true),
    spruce(80, 675, 360, '#1b4d2c'), spruce(1120, 675, 380, '#1b4d2c'),
  ].join('');
}

function preschool(v: Variant): string {
  const panels = ['#ef8354', '#ffd166', '#06d6a0', '#4ea8de'];
  return [
    r(0, 0, 1200, 675, SKY[v]), r(0, 470, 1200, 205, '#7cb342'),
    r(140, 240, 560, 240, '#fafafa'), p('120,240 420,150 720,240', '#546e7a'),
    panels.map((col, i) => r(170 + i * 130, 290, 90, 110, col, 6) + r(185 + i * 130, 305, 60, 50, '#e3f2fd', 4)).join(''),
    r(780, 300, 12, 200, '#8d6e63'), r(940, 300, 12, 200, '#8d6e63'), r(770, 290, 192, 14, '#8d6e63', 6),
    line(830, 304, 830, 420, '#455a64', 4), line(880, 304, 880, 420, '#455a64', 4), r(818, 420, 74, 12, ACCENT[v], 4),
    p('980,500 1100,360 1130,360 1010,500', ACCENT[(v + 1) % 3]), r(1100, 360, 30, 140, '#90a4ae'),
    r(250, 540, 260, 70, '#e0c48c', 8), c(320, 560, 14, '#ef5350'), leafy(1150, 480, 220, '#558b2f'),
  ].join('');
}

function school(v: Variant): string {
  const windows = Array.from({ length: 16 }, (_, i) => r(230 + (i % 8) * 95, 250 + Math.floor(i / 8) * 95, 60, 60, '#e3f2fd', 4)).join('');
  return [
    r(0, 0, 1200, 675, SKY[v]), r(0, 500, 1200, 175, '#9e9e9e'), r(0, 490, 1200, 14, '#7cb342'),
    r(200, 200, 800, 300, ['#e6b38a', '#d98c5f', '#e8c07a'][v]), r(190, 185, 820, 24, '#5d4037'), windows,
    r(560, 400, 80, 100, '#5d4037'), c(600, 150, 40, '#ffffff'), line(600, 150, 600, 125, '#263238', 5), line(600, 150, 618, 160, '#263238', 5),
    r(1060, 180, 8, 320, '#b0bec5'), r(1068, 185, 90, 56, '#1565c0'), r(1068, 206, 90, 14, '#fdd835'), r(1090, 185, 14, 56, '#fdd835'),
    r(50, 540, 180, 8, '#37474f', 4), [0, 1, 2, 3].map((i) => `<circle cx="${70 + i * 45}" cy="560" r="18" fill="none" stroke="#37474f" stroke-width="4"/>`).join(''),
    leafy(110, 490, 220, '#558b2f'),
  ].join('');
}

function care(v: Variant): string {
  return [
    r(0, 0, 1200, 675, SKY[v]), r(0, 480, 1200, 195, '#8d9ba3'), r(0, 470, 1200, 16, '#7cb342'),
    house(120, 470, 360, 220, '#b71c1c', '#37474f'), r(120, 250, 14, 220, '#ffffff'), r(466, 250, 14, 220, '#ffffff'),
    spruce(560, 470, 260, '#2e5d3a'),
    r(700, 420, 300, 100, '#fafafa', 24), p('760,420 800,360 930,360 970,420', '#fafafa'), p('780,418 810,372 920,372 950,418', '#b3e5fc'),
    r(700, 455, 300, 14, ACCENT[v]), c(770, 525, 32, '#263238'), c(930, 525, 32, '#263238'),
    person(1080, 330, v + 1, true), r(1110, 390, 24, 40, '#263238', 5),
  ].join('');
}

function road(v: Variant): string {
  const cones = [0, 1, 2, 3].map((i) => p(`${330 + i * 150},600 ${360 + i * 150},500 ${390 + i * 150},600`, '#ff7043') + r(340 + i * 150, 540, 40, 14, '#ffffff')).join('');
  return [
    r(0, 0, 1200, 675, SKY[v]), r(0, 420, 1200, 255, '#616161'), r(0, 410, 1200, 14, '#9e9e9e'),
    [0, 1, 2, 3, 4].map((i) => r(40 + i * 260, 620, 140, 12, '#fafafa')).join(''),
    house(60, 410, 240, 180, '#ffe0b2', '#6d4c41'), house(960, 410, 200, 160, '#c5e1a5', '#5d4037'),
    r(640, 360, 260, 110, '#fbc02d', 12), r(820, 290, 80, 80, '#fbc02d', 8), r(830, 300, 60, 45, '#b3e5fc'),
    r(630, 470, 290, 40, '#424242', 18), line(660, 380, 520, 300, '#f9a825', 22), line(520, 300, 460, 420, '#f9a825', 18), p('430,420 500,420 480,460', '#424242'),
    r(120, 470, 260, 22, '#ffffff'), [0, 1, 2, 3].map((i) => r(130 + i * 66, 470, 30, 22, '#e53935')).join(''), cones,
  ].join('');
}

function snow(v: Variant): string {
  const sky = ['#2b3a55', '#3d4f6e', '#1d2740'][v];
  const flakes = Array.from({ length: 40 }, (_, i) => c((i * 137) % 1200, (i * 71 + v * 30) % 420, 3 + (i % 3), '#ffffff')).join('');
  return [
    r(0, 0, 1200, 675, sky), house(80, 430, 260, 200, '#8d6e63', '#eceff1'), house(860, 430, 280, 210, '#b71c1c', '#eceff1'),
    [0, 1, 2].map((i) => r(200 + i * 400, 200, 10, 260, '#37474f') + c(205 + i * 400, 200, 22, '#ffe082')).join(''),
    r(0, 430, 1200, 245, '#eef3f7'), p('0,470 1200,450 1200,500 0,520', '#cfd8dc'),
    r(520, 380, 300, 110, '#ef6c00', 10), r(700, 320, 110, 90, '#ef6c00', 8), r(712, 332, 86, 48, '#b3e5fc'), c(580, 500, 34, '#263238'), c(770, 500, 34, '#263238'),
    p('440,400 520,420 520,500 420,510', '#b0bec5'), r(750, 305, 30, 14, '#ffca28'), flakes,
  ].join('');
}

function plans(v: Variant): string {
  const grid = [0, 1, 2, 3, 4, 5].map((i) => line(180, 150 + i * 60, 720, 150 + i * 60, '#90caf9', 2) + line(200 + i * 100, 130, 200 + i * 100, 480, '#90caf9', 2)).join('');
  return [
    r(0, 0, 1200, 675, ['#a1887f', '#bcaaa4', '#8d6e63'][v]),
    `<g transform="rotate(-4 450 320)">${r(160, 110, 580, 390, '#1565c0', 6)}${grid}<rect x="260" y="190" width="300" height="200" fill="none" stroke="#ffffff" stroke-width="6"/>${line(410, 190, 410, 390, '#ffffff', 4)}${line(260, 290, 410, 290, '#ffffff', 4)}</g>`,
    `<g transform="rotate(8 900 560)">${r(700, 540, 420, 40, '#ffe082', 4)}${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => r(720 + i * 50, 540, 4, 18, '#5d4037')).join('')}</g>`,
    `<path d="M820 380a150 130 0 0 1 300 0z" fill="#fbc02d"/>`, r(790, 370, 360, 26, '#f9a825', 12), r(955, 250, 14, 120, '#f57f17', 6),
    `<g transform="rotate(-30 300 580)">${r(180, 570, 260, 18, ACCENT[v], 4)}${p('440,570 470,579 440,588', '#ffe0b2')}</g>`,
  ].join('');
}

function library(v: Variant): string {
  const books = [0, 1, 2, 3].map((shelf) => Array.from({ length: 18 }, (_, i) => {
    const h = 70 + ((i * 7 + shelf * 3) % 5) * 8;
    return r(110 + i * 38 + (i > 8 ? 30 : 0), 150 + shelf * 110 + (100 - h), 30, h, SHIRT[(i + shelf + v) % SHIRT.length], 3);
  }).join('') + r(90, 250 + shelf * 110, 780, 12, '#6d4c41')).join('');
  return [
    r(0, 0, 1200, 675, WALL[v]), r(90, 130, 780, 460, '#8d6e63', 6), books,
    r(0, 590, 1200, 85, '#a1887f'),
    r(930, 420, 200, 160, ACCENT[v], 30), r(910, 460, 50, 130, ACCENT[v], 20), r(1100, 460, 50, 130, ACCENT[v], 20),
    r(1040, 200, 8, 220, '#455a64'), p('1000,200 1090,200 1070,150 1020,150', '#ffca28'),
  ].join('');
}

function pitch(v: Variant): string {
  const sky = ['#a9d4f0', '#f6c49b', '#2b3a55'][v];
  return [
    r(0, 0, 1200, 675, sky), [0, 1, 2, 3, 4, 5, 6, 7].map((i) => spruce(60 + i * 150, 300, 140 + (i % 3) * 30, '#2e5d3a')).join(''),
    p('200,300 1000,300 1200,675 0,675', '#43a047'), p('200,300 1000,300 1200,675 0,675', 'none'),
    `<polygon points="230,320 970,320 1150,660 50,660" fill="none" stroke="#ffffff" stroke-width="6"/>`,
    line(600, 320, 600, 660, '#ffffff', 6), `<ellipse cx="600" cy="470" rx="130" ry="60" fill="none" stroke="#ffffff" stroke-width="6"/>`,
    `<rect x="520" y="250" width="160" height="70" fill="none" stroke="#ffffff" stroke-width="8"/>`,
    [120, 1080].map((x) => r(x - 6, 60, 12, 260, '#607d8b') + r(x - 50, 40, 100, 40, '#eceff1', 4)).join(''),
    c(700, 560, 18, '#ffffff'),
  ].join('');
}

function townhall(v: Variant): string {
  const windows = Array.from({ length: 12 }, (_, i) => r(330 + (i % 6) * 95, 290 + Math.floor(i / 6) * 100, 50, 70, '#fff8e1', 4)).join('');
  return [
    r(0, 0, 1200, 675, SKY[v]), r(0, 540, 1200, 135, '#b0bec5'),
    r(280, 250, 640, 290, ['#f3e5ab', '#e6c9a8', '#d7ccc8'][v]), p('260,250 600,150 940,250', '#546e7a'), windows,
    r(520, 120, 160, 140, ['#f3e5ab', '#e6c9a8', '#d7ccc8'][v]), p('510,120 600,40 690,120', '#37474f'), c(600, 180, 38, '#ffffff'),
    line(600, 180, 600, 156, '#263238', 5), line(600, 180, 620, 188, '#263238', 5),
    r(560, 440, 80, 100, '#5d4037'), r(520, 535, 160, 12, '#90a4ae'),
    r(1010, 140, 8, 400, '#b0bec5'), r(1018, 150, 100, 62, '#1565c0'), r(1018, 174, 100, 14, '#fdd835'), r(1044, 150, 14, 62, '#fdd835'),
    leafy(150, 540, 260, '#558b2f'), leafy(1120, 540, 180, '#689f38'),
  ].join('');
}

function skyline(v: Variant): string {
  const sky = ['#cfe7f7', '#f6c49b', '#8fb3d9'][v];
  return [
    r(0, 0, 1200, 675, sky), `<path d="M0 380q300-120 600-40t600-40v375H0z" fill="#5b8c4a"/>`,
    [0, 1, 2, 3, 4, 5, 6].map((i) => spruce(40 + i * 190, 400, 120 + (i % 3) * 30, '#2e5d3a')).join(''),
    r(520, 300, 160, 200, '#fafafa'), r(560, 150, 80, 160, '#fafafa'), p('555,150 600,30 645,150', '#37474f'), c(600, 190, 18, '#b0bec5'), r(585, 420, 30, 80, '#5d4037'),
    p('510,300 600,250 690,300', '#546e7a'),
    house(150, 520, 170, 140, '#ffcc80', '#5d4037'), house(340, 520, 150, 170, '#b71c1c', '#37474f'),
    house(720, 520, 160, 150, '#fff59d', '#5d4037'), house(900, 520, 190, 130, '#90caf9', '#455a64'),
    r(0, 520, 1200, 155, '#9e9e9e'), r(0, 510, 1200, 14, '#7cb342'), r(60, 590, 200, 10, '#eeeeee'), r(480, 590, 200, 10, '#eeeeee'), r(900, 590, 200, 10, '#eeeeee'),
  ].join('');
}

function stage(v: Variant): string {
  const bulbs = Array.from({ length: 24 }, (_, i) => c(30 + i * 50, 120 + Math.round(30 * Math.sin(i / 1.9)), 9, ['#ffe082', '#ffcc80', '#fff59d'][(i + v) % 3])).join('');
  const crowd = Array.from({ length: 14 }, (_, i) => c(50 + i * 85, 600 + (i % 2) * 18, 40, '#1c2331') + r(15 + i * 85, 620 + (i % 2) * 18, 70, 80, '#1c2331', 24)).join('');
  return [
    r(0, 0, 1200, 675, ['#23345c', '#3a2d5c', '#1d3b4f'][v]), `<path d="M0 130q600 80 1200 0" fill="none" stroke="#455a64" stroke-width="3"/>`, bulbs,
    r(280, 260, 640, 240, '#37474f'), r(260, 480, 680, 40, '#5d4037'), p('280,260 600,190 920,260', '#263238'),
    c(450, 330, 70, '#ffe08244'), c(750, 330, 70, '#ffe08244'), person(450, 370, v + 1), person(750, 370, v + 4), crowd,
  ].join('');
}

function christmas(v: Variant): string {
  const candles = [0, 1, 2, 3].map((i) => r(420 + i * 100, 380, 30, 110, '#fafafa', 4) + `<path d="M${435 + i * 100} 345q14 20 0 32q-14-12 0-32z" fill="#ffb300"/>`).join('');
  return [
    r(0, 0, 1200, 675, '#5d4037'), r(340, 40, 520, 300, '#ffffff', 6), r(356, 56, 488, 268, ['#1a237e', '#0d2b45', '#263238'][v]),
    Array.from({ length: 20 }, (_, i) => c(370 + (i * 97) % 470, 70 + (i * 53) % 240, 3, '#ffffff')).join(''),
    line(600, 56, 600, 110, '#fafafa', 3), p('600,110 625,160 680,170 635,200 650,255 600,225 550,255 565,200 520,170 575,160', '#ffd54f'),
    p('0,470 1200,470 1200,675 0,675', '#fafafa'), r(0, 470, 1200, 14, '#c62828'),
    r(390, 470, 420, 24, '#2e7d32', 8), candles,
    c(200, 560, 70, '#eceff1'), c(200, 560, 50, '#ffffff'), c(1000, 560, 70, '#eceff1'), c(1000, 560, 50, '#ffffff'),
  ].join('');
}

function fika(v: Variant): string {
  const bun = (x: number, y: number): string => c(x, y, 44, '#c68642') + `<path d="M${x} ${y}m-6 0a6 6 0 1 1 12 0a14 14 0 1 1 -26 0a22 22 0 1 1 40 0" fill="none" stroke="#8d5524" stroke-width="5"/>` + c(x - 14, y - 18, 3, '#fafafa') + c(x + 16, y + 10, 3, '#fafafa');
  const cup = (x: number, y: number, col: string): string => c(x, y, 70, '#ffffff') + c(x, y, 62, col) + c(x, y, 46, '#6d4c41') + r(x + 62, y - 14, 40, 28, col, 12);
  return [
    r(0, 0, 1200, 675, ['#d7b98e', '#c9a27a', '#e0c9a6'][v]), [0, 1, 2, 3].map((i) => r(0, 160 * i + 20, 1200, 4, '#b08660')).join(''),
    c(560, 360, 170, '#ffffff'), c(560, 360, 150, '#f5f5f5'), bun(490, 310), bun(620, 300), bun(560, 420), bun(660, 410),
    cup(230, 210, ACCENT[v]), cup(920, 480, '#fafafa'), cup(930, 180, SHIRT[(v + 3) % SHIRT.length]),
    r(150, 470, 150, 110, ['#ef9a9a', '#a5d6a7', '#90caf9'][v], 6),
  ].join('');
}

function bike(v: Variant): string {
  const windows = Array.from({ length: 10 }, (_, i) => r(120 + (i % 5) * 200, 80 + Math.floor(i / 5) * 150, 140, 100, '#b3e5fc', 4)).join('');
  return [
    r(0, 0, 1200, 675, SKY[v]), r(80, 40, 1040, 440, ['#cfd8dc', '#d7ccc8', '#e0e0e0'][v]), windows, r(0, 480, 1200, 195, '#9e9e9e'),
    `<circle cx="360" cy="540" r="80" fill="none" stroke="#263238" stroke-width="10"/>`, `<circle cx="620" cy="540" r="80" fill="none" stroke="#263238" stroke-width="10"/>`,
    `<path d="M360 540l90-150h150l20 150M450 390l60 150l110-150M600 390l-10-40h-40M510 540h110" fill="none" stroke="${ACCENT[v]}" stroke-width="12" stroke-linejoin="round"/>`,
    r(420, 370, 70, 16, '#263238', 8),
    r(860, 320, 90, 200, '#eceff1', 12), r(878, 345, 54, 40, '#263238', 6), r(880, 400, 50, 8, '#43a047', 4), `<path d="M950 430q60 20 40 100" fill="none" stroke="#263238" stroke-width="8"/>`,
  ].join('');
}

const SCENES: Readonly<Record<SceneKey, (v: Variant) => string>> = {
  desk: (v) => desk(v, documentScreen(v)),
  chart: (v) => desk(v, chartScreen(v)),
  lock: (v) => desk(v, lockScreen(v)),
  video: (v) => desk(v, videoScreen(v)),
  course: (v) => desk(v, courseScreen(v)),
  payslip, server, meeting, calendar, lake, forest, preschool, school, care, road, snow, plans, library, pitch, townhall, skyline, stage, christmas, fika, bike,
};

/** The picture of a scene in variant 1, 2 or 3: an SVG document with its alt text as title. */
export function sceneSvg(scene: SceneKey, variant: number): string {
  const v = (((variant - 1) % 3) + 3) % 3 as Variant;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675" role="img" aria-labelledby="t">',
    `<title id="t">${SCENE_ALT[scene]}</title>`,
    SCENES[scene](v),
    '</svg>',
  ].join('');
}
