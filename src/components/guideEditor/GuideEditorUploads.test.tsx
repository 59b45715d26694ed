import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'GuideEditorWebPartStrings';
import type { NamedBlob } from '../../core/guideEditorPorts';
import type { ScaledPicture } from '../guides/scalePicture';
import { FakeGuideEditor, FakeScaler, openNew, type } from '../../../tests/support/guideEditorFakes';

// Fluent and jsdom on a shared machine: a whole editing session takes a few seconds.
jest.setTimeout(60000);
configure({ asyncUtilTimeout: 5000 });

function fileInput(kind: 'picture' | 'captions', step: number = 0): HTMLInputElement {
  return document.querySelectorAll<HTMLInputElement>(`[data-upload="${kind}"] input[type="file"]`)[step];
}

function choose(kind: 'picture' | 'captions', file: File, step: number = 0): void {
  fireEvent.change(fileInput(kind, step), { target: { files: [file] } });
}

describe('GuideEditor uploads', () => {
  it('scales a chosen picture, uploads it with a progress indicator and fills the picture address; the alt text stays to write', async () => {
    const service = new FakeGuideEditor();
    const scaler = new FakeScaler();
    await openNew(service, undefined, scaler);
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[0], 'Öppna portalen');
    // The button is a real, focusable button; the file input behind it takes picture types only.
    expect(screen.getByRole('button', { name: 'Välj bild…' })).toBeTruthy();
    expect(fileInput('picture').getAttribute('accept')).toBe('image/png,image/jpeg,image/gif,image/webp');

    choose('picture', new File(['x'.repeat(2000)], 'skärm.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    expect(scaler.scaled.map(f => f.name)).toEqual(['skärm.jpg']);
    expect(service.uploads[0].kind).toBe('picture');
    expect(service.uploads[0].file.name).toBe('skärm.png');
    expect(screen.getByText('Bilden förminskades till 1600 × 900 px.')).toBeTruthy();
    act(() => service.uploads[0].progress!(0.4));
    expect(screen.getByText('Laddar upp skärm.png…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByRole('button', { name: 'Välj bild…' }).hasAttribute('disabled') || screen.getByRole('button', { name: 'Välj bild…' }).getAttribute('aria-disabled') === 'true').toBe(true);

    await act(async () => service.uploads[0].finish());
    const address = 'https://kommun.sharepoint.com/sites/gemensamt/Guidebilder/1-skärm.png';
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe(address);
    expect(screen.getByText('Bilden 1-skärm.png är uppladdad och adressen ifylld.').getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((screen.getAllByLabelText(strings.Editor.StepTitle)[0] as HTMLInputElement).value).toBe('Öppna portalen');

    // Publishing still asks for the picture's alt text.
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.Publish }));
    // Found by its attribute: role queries over the whole form are slow on a busy machine.
    const summary = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-guide-problems]');
      if (!found) throw new Error('no problems summary yet');
      return found;
    });
    expect(within(summary).getByText(formatProblem(strings.Problems.pictureWithoutAlt, 1))).toBeTruthy();
  });

  it('refuses a file that is not a picture with a message naming what it takes, and sends nothing', async () => {
    const service = new FakeGuideEditor();
    const scaler = new FakeScaler();
    await openNew(service, undefined, scaler);
    type(strings.Editor.PictureAlt, 'Startsidan');
    choose('picture', new File(['%PDF'], 'lathund.pdf', { type: 'application/pdf' }));
    expect(await screen.findAllByText('Filen är inte en bild. Välj en PNG-, JPEG-, GIF- eller WebP-bild.')).not.toHaveLength(0);
    // A picture too large even for the browser to be worth scaling is refused with the limit, after scaling.
    const huge = Object.assign(new Blob(['x'], { type: 'image/png' }), { name: 'jätte.png' });
    scaler.scale = (file: NamedBlob): Promise<ScaledPicture> => Promise.resolve({
      file: Object.assign(new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' }), { name: file.name }), width: 1600, height: 1600, type: 'image/png', scaled: true
    });
    fireEvent.change(fileInput('picture'), { target: { files: [huge] } });
    expect(await screen.findAllByText('Bilden är för stor. Den får vara högst 10 MB.')).not.toHaveLength(0);
    expect(service.uploads).toEqual([]);
    expect(scaler.scaled).toEqual([]);
    expect((screen.getByLabelText(strings.Editor.PictureAlt) as HTMLInputElement).value).toBe('Startsidan');
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe('');
  });

  it('says a failed upload failed, keeps everything typed in the step, and Försök igen sends the same file again', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[0], 'Logga in');
    type(strings.Editor.PictureUrl, 'https://kommun.sharepoint.com/gammal.png');
    type(strings.Editor.PictureAlt, 'Inloggningsrutan');
    choose('picture', new File(['png'], 'inlogg.png', { type: 'image/png' }));
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    await act(async () => service.uploads[0].finish(Object.assign(new Error('offline'), { status: 503 })));
    const failed = await screen.findAllByText(/inlogg\.png kunde inte laddas upp/);
    expect(failed.some(el => el.getAttribute('aria-live') === 'polite')).toBe(true);
    expect((screen.getAllByLabelText(strings.Editor.StepTitle)[0] as HTMLInputElement).value).toBe('Logga in');
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/gammal.png');
    expect((screen.getByLabelText(strings.Editor.PictureAlt) as HTMLInputElement).value).toBe('Inloggningsrutan');

    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(service.uploads).toHaveLength(2));
    expect(service.uploads[1].file).toBe(service.uploads[0].file);
    await act(async () => service.uploads[1].finish());
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/sites/gemensamt/Guidebilder/2-inlogg.png');
    expect((screen.getByLabelText(strings.Editor.PictureAlt) as HTMLInputElement).value).toBe('Inloggningsrutan');
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });

  it('uploads a picture pasted into the step', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    const step = document.querySelector('[data-step-key]')!;
    fireEvent.paste(step, { clipboardData: { files: [new File(['png'], 'image.png', { type: 'image/png' })] } });
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    expect(service.uploads[0].kind).toBe('picture');
    await act(async () => service.uploads[0].finish());
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toMatch(/Guidebilder\/1-image\.png$/);
  });

  it('uploads a chosen .vtt file and fills the captions address; another file is refused', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    type(strings.Editor.FilmUrl, 'https://kommun.sharepoint.com/film.mp4');
    expect(fileInput('captions').getAttribute('accept')).toBe('.vtt,text/vtt');
    choose('captions', new File(['WEBVTT'], 'film.srt', { type: '' }));
    expect(await screen.findAllByText('Filen är inte en textningsfil. Välj en WebVTT-fil (.vtt).')).not.toHaveLength(0);
    expect(service.uploads).toEqual([]);

    choose('captions', new File(['WEBVTT\n'], 'film.vtt', { type: 'text/vtt' }));
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    expect(service.uploads[0].kind).toBe('captions');
    act(() => service.uploads[0].progress!(0.5));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    await act(async () => service.uploads[0].finish());
    expect((screen.getByLabelText(strings.Editor.CaptionsUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/sites/gemensamt/Guidebilder/1-film.vtt');
    expect((screen.getByLabelText(strings.Editor.FilmUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/film.mp4');
  });
});

function formatProblem(text: string, step: number): string {
  return text.replace('{0}', String(step));
}
