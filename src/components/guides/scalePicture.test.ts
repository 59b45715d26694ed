import { scalePicture, scalePlan, scaledName } from './scalePicture';
import type { DecodedPicture, ScaleDeps } from './scalePicture';

describe('scalePlan', () => {
  it('scales the longer side to 1600 pixels, keeping proportions and the type a browser writes', () => {
    expect(scalePlan(4032, 3024, 'image/jpeg')).toEqual({ width: 1600, height: 1200, type: 'image/jpeg', quality: 0.9, reencode: true });
    expect(scalePlan(1080, 2400, 'image/png')).toEqual({ width: 720, height: 1600, type: 'image/png', reencode: true });
    expect(scalePlan(3000, 2000, 'image/webp')).toEqual({ width: 1600, height: 1067, type: 'image/webp', quality: 0.9, reencode: true });
    // A canvas writes no GIF.
    expect(scalePlan(2000, 1000, 'image/gif')).toEqual({ width: 1600, height: 800, type: 'image/png', reencode: true });
  });

  it('leaves a picture within the size untouched, except a JPEG, written again without its camera data', () => {
    expect(scalePlan(1600, 900, 'image/png')).toEqual({ width: 1600, height: 900, type: 'image/png', reencode: false });
    expect(scalePlan(640, 480, 'image/gif')).toEqual({ width: 640, height: 480, type: 'image/gif', reencode: false });
    expect(scalePlan(800, 600, 'image/jpeg')).toEqual({ width: 800, height: 600, type: 'image/jpeg', quality: 0.9, reencode: true });
  });
});

describe('scaledName', () => {
  it('gives the name the extension of the written type', () => {
    expect(scaledName('anim.gif', 'image/png')).toBe('anim.png');
    expect(scaledName('foto.JPEG', 'image/jpeg')).toBe('foto.jpg');
    expect(scaledName('image', 'image/png')).toBe('image.png');
    expect(scaledName('', 'image/png')).toBe('bild.png');
  });
});

/** A canvas that records what was drawn on it and writes a blob of the type asked for (or PNG when it "cannot"). */
function fakeDeps(width: number, height: number, writes: string[] = ['image/png', 'image/jpeg', 'image/webp']) {
  const calls: string[] = [];
  let closed = false;
  const decoded: DecodedPicture = {
    width, height,
    draw: (_context, w, h) => { calls.push(`draw ${w}x${h}`); },
    close: () => { closed = true; }
  };
  const deps: ScaleDeps = {
    decode: async () => decoded,
    canvas: (w, h) => ({
      context: () => ({
        get fillStyle(): string { return ''; },
        set fillStyle(value: string) { calls.push(`fill ${value}`); },
        fillRect: (_x: number, _y: number, fw: number, fh: number) => { calls.push(`fillRect ${fw}x${fh}`); },
        imageSmoothingEnabled: false,
        imageSmoothingQuality: 'low'
      }) as unknown as CanvasRenderingContext2D,
      toBlob: async (type: string, quality?: number) => {
        calls.push(`canvas ${w}x${h} ${type} ${quality ?? ''}`.trim());
        return new Blob([new Uint8Array(10)], { type: writes.includes(type) ? type : 'image/png' });
      }
    })
  };
  return { deps, calls, wasClosed: () => closed };
}

describe('scalePicture', () => {
  it('draws a large photo at 1600 pixels on a white ground and writes it as JPEG', async () => {
    const fake = fakeDeps(4032, 3024);
    const result = await scalePicture(Object.assign(new Blob(['x'], { type: 'image/jpeg' }), { name: 'IMG_0001.jpeg' }), fake.deps);
    expect(fake.calls).toEqual(['fill #ffffff', 'fillRect 1600x1200', 'draw 1600x1200', 'canvas 1600x1200 image/jpeg 0.9']);
    expect(result).toMatchObject({ width: 1600, height: 1200, type: 'image/jpeg', scaled: true });
    expect(result.file.name).toBe('IMG_0001.jpg');
    expect(result.file.size).toBe(10);
    expect(fake.wasClosed()).toBe(true);
  });

  it('keeps a PNG a PNG (transparency too), without a ground', async () => {
    const fake = fakeDeps(2400, 1200);
    const result = await scalePicture(Object.assign(new Blob(['x'], { type: 'image/png' }), { name: 'skärm.png' }), fake.deps);
    expect(fake.calls).toEqual(['draw 1600x800', 'canvas 1600x800 image/png']);
    expect(result).toMatchObject({ width: 1600, height: 800, type: 'image/png', scaled: true });
  });

  it('uploads a small PNG as it is, and says the type the browser wrote when it could not write WebP', async () => {
    const small = fakeDeps(800, 600);
    const original = Object.assign(new Blob(['png'], { type: 'image/png' }), { name: 'liten.png' });
    const kept = await scalePicture(original, small.deps);
    expect(small.calls).toEqual([]);
    expect(kept).toMatchObject({ width: 800, height: 600, type: 'image/png', scaled: false });
    expect(kept.file.size).toBe(3);
    const noWebp = fakeDeps(3200, 1600, ['image/png', 'image/jpeg']);
    const written = await scalePicture(Object.assign(new Blob(['x'], { type: 'image/webp' }), { name: 'bild.webp' }), noWebp.deps);
    expect(written.type).toBe('image/png');
    expect(written.file.name).toBe('bild.png');
  });

  it('rejects a file the browser cannot decode', async () => {
    const deps: ScaleDeps = { decode: () => Promise.reject(new Error('InvalidStateError')), canvas: () => { throw new Error('not reached'); } };
    await expect(scalePicture(new Blob(['nope'], { type: 'image/png' }), deps)).rejects.toThrow('InvalidStateError');
  });
});
