import { GUIDE_PICTURE_MAX_DIMENSION, scaledDimensions } from '../../core/guideEditorValidation';

/**
 * Scales a step's picture down in the browser before it is uploaded: its longer side to at most
 * GUIDE_PICTURE_MAX_DIMENSION (1600) pixels, proportions kept, never enlarged.
 *
 * The type is kept where the browser can write it: PNG stays PNG (screenshots stay sharp,
 * transparency stays), JPEG stays JPEG (quality 0.9), WebP stays WebP where the browser encodes
 * it (else PNG). A GIF that needs scaling becomes PNG (a canvas writes no GIF; an animation keeps
 * only its first frame), one that does not is left as it is. A JPEG is always written again, so its
 * camera data (the place it was taken, EXIF) does not reach the library; its orientation is applied
 * first. Any other picture within the size is uploaded untouched.
 */

export interface ScalePlan {
  width: number;
  height: number;
  /** The type to write, or the original's when `reencode` is false. */
  type: string;
  /** Encoder quality for the lossy types. */
  quality?: number;
  /** Whether the picture is drawn and written again; false: the original file is used as it is. */
  reencode: boolean;
}

const JPEG_QUALITY = 0.9;

/** What to do with a picture of this size and type (the pure part of scalePicture). */
export function scalePlan(width: number, height: number, type: string, max: number = GUIDE_PICTURE_MAX_DIMENSION): ScalePlan {
  const target = scaledDimensions(width, height, max);
  const scaled = target.width !== width || target.height !== height;
  const t = type.toLowerCase();
  if (t === 'image/jpeg') {
    return { ...target, type: t, quality: JPEG_QUALITY, reencode: true };
  }
  if (!scaled) {
    return { ...target, type: t, reencode: false };
  }
  if (t === 'image/webp') {
    return { ...target, type: t, quality: JPEG_QUALITY, reencode: true };
  }
  return { ...target, type: 'image/png', reencode: true };
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif' };

/** The file name for the written type: "foto.HEIC.jpeg" scaled to JPEG is "foto.HEIC.jpg", a GIF made PNG "anim.png". */
export function scaledName(name: string, type: string): string {
  const extension = EXTENSIONS[type];
  if (!extension) {
    return name;
  }
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name || 'bild';
  return `${stem}.${extension}`;
}

/** A decoded picture: its size, and a way to draw it (with its orientation applied). */
export interface DecodedPicture {
  width: number;
  height: number;
  draw(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, width: number, height: number): void;
  close(): void;
}

export interface PictureCanvas {
  context(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  /** The canvas written as `type`; the browser may write another type (PNG) when it cannot write that one. */
  toBlob(type: string, quality?: number): Promise<Blob | null>;
}

export interface ScaleDeps {
  decode(file: Blob): Promise<DecodedPicture>;
  canvas(width: number, height: number): PictureCanvas;
}

export interface ScaledPicture {
  /** The file to upload, with a name that matches its type. */
  file: Blob & { name: string };
  width: number;
  height: number;
  /** The written type (the browser's, when it wrote another than asked). */
  type: string;
  /** Whether it was made smaller than the original's dimensions. */
  scaled: boolean;
}

async function decodeInBrowser(file: Blob): Promise<DecodedPicture> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return {
      width: bitmap.width,
      height: bitmap.height,
      draw: (context, width, height) => context.drawImage(bitmap, 0, 0, width, height),
      close: () => bitmap.close()
    };
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return {
      width: image.naturalWidth,
      height: image.naturalHeight,
      draw: (context, width, height) => context.drawImage(image, 0, 0, width, height),
      close: () => undefined
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasInBrowser(width: number, height: number): PictureCanvas {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    return {
      context: () => canvas.getContext('2d'),
      toBlob: (type, quality) => canvas.convertToBlob({ type, quality })
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return {
    context: () => canvas.getContext('2d'),
    toBlob: (type, quality) => new Promise(resolve => canvas.toBlob(resolve, type, quality))
  };
}

const BROWSER: ScaleDeps = { decode: decodeInBrowser, canvas: canvasInBrowser };

function named(blob: Blob, name: string): Blob & { name: string } {
  if (typeof File === 'function') {
    return new File([blob], name, { type: blob.type });
  }
  return Object.assign(blob, { name });
}

/**
 * The picture to upload: scaled and written again as scalePlan says, or the original. Rejects when
 * the browser cannot decode it (not a picture after all) or cannot draw it.
 */
export async function scalePicture(file: Blob & { name?: string }, deps: ScaleDeps = BROWSER): Promise<ScaledPicture> {
  const name = file.name || 'bild';
  const decoded = await deps.decode(file);
  try {
    const plan = scalePlan(decoded.width, decoded.height, file.type);
    const scaled = plan.width !== decoded.width || plan.height !== decoded.height;
    if (!plan.reencode) {
      return { file: named(file, name), width: decoded.width, height: decoded.height, type: file.type, scaled: false };
    }
    const canvas = deps.canvas(plan.width, plan.height);
    const context = canvas.context();
    if (!context) {
      throw new Error('The browser gave no 2D canvas to scale the picture on.');
    }
    if (plan.type === 'image/jpeg') {
      // JPEG has no transparency: a transparent pixel becomes white, not black.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, plan.width, plan.height);
    }
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    decoded.draw(context, plan.width, plan.height);
    const blob = await canvas.toBlob(plan.type, plan.quality);
    if (!blob) {
      throw new Error('The browser could not write the scaled picture.');
    }
    const type = blob.type || plan.type;
    return { file: named(blob, scaledName(name, type)), width: plan.width, height: plan.height, type, scaled };
  } finally {
    decoded.close();
  }
}
