import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { useTenant } from '../tenant-fixture.ts';

/**
 * Files in the guide editor's library 'Guidebilder' on the shared site: upload as PnPjs 4 sends it
 * (AddUsingPath, and a stub followed by startUpload / continueUpload / finishUpload), reading the
 * file back (SP.File, $value, its own URL), and the rules SharePoint enforces on names, paths and rights.
 */

const tenant = useTenant({ seed: 42, news: 100 });
const WEB = '/sites/gemensamt/_api/web';
const LIBRARY = `${WEB}/lists/getByTitle('Guidebilder')`;
const FOLDER = '/sites/gemensamt/Guidebilder';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c40000000049454e44ae426082', 'hex');

async function post(path: string, token: string, body?: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; json: any }> {
  const r = await fetch(`${tenant.url}${path}`, { method: 'POST', headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...headers }, body });
  const text = await r.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: r.status, text, json };
}

const add = (name: string, token: string, body?: Buffer, overwrite = false): ReturnType<typeof post> =>
  post(`${LIBRARY}/rootFolder/files/AddUsingPath(decodedurl='${encodeURIComponent(name.replace(/'/g, "''"))}'${overwrite ? ',Overwrite=true' : ''})`, token, body);
const onFile = (path: string, tail: string): string => `${WEB}/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(path.replace(/'/g, "''"))}')${tail}`;

test('the library is on the shared site: a document library that readers read', async () => {
  const r = await tenant.call(`${LIBRARY}?$select=Title,BaseTemplate`, { token: 'sara' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.BaseTemplate, 101);
});

test('an editor adds a picture with AddUsingPath; a reader reads it by $value and by its URL with the content type of its extension', async () => {
  const r = await add('skarm-1.png', 'johan', PNG);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json['odata.type'], 'SP.File');
  assert.equal(r.json.ServerRelativeUrl, `${FOLDER}/skarm-1.png`);
  assert.equal(r.json.Name, 'skarm-1.png');
  assert.equal(r.json.Length, String(PNG.length));
  const value = await fetch(`${tenant.url}${onFile(`${FOLDER}/skarm-1.png`, '/$value')}`, { headers: { authorization: 'Bearer sara' } });
  assert.equal(value.status, 200);
  assert.equal(value.headers.get('content-type'), 'image/png');
  assert.deepEqual(Buffer.from(await value.arrayBuffer()), PNG);
  const url = await fetch(`${tenant.url}${FOLDER}/skarm-1.png`, { headers: { authorization: 'Bearer sara' } });
  assert.equal(url.status, 200);
  assert.equal(url.headers.get('content-type'), 'image/png');
  assert.deepEqual(Buffer.from(await url.arrayBuffer()), PNG);
  // An <img> sends no token: the session cookie's stand-in, or nothing (401).
  const cookie = await fetch(`${tenant.url}${FOLDER}/skarm-1.png`, { headers: { cookie: 'samverka-token=sara' } });
  assert.equal(cookie.status, 200);
  assert.equal((await fetch(`${tenant.url}${FOLDER}/skarm-1.png`)).status, 401);
  const entity = await tenant.call(onFile(`${FOLDER}/skarm-1.png`, ''), { token: 'sara' });
  assert.equal(entity.status, 200, entity.text);
  assert.equal(entity.json.Length, String(PNG.length));
});

test('a chunked upload as PnPjs sends it: a stub, startUpload, continueUpload, finishUpload; offsets as Int64 strings', async () => {
  const bytes = Buffer.alloc(2500, 7);
  const stub = await add('film-1.sv.vtt', 'johan');
  assert.equal(stub.status, 200, stub.text);
  assert.equal(stub.json.Length, '0');
  const id = randomUUID();
  const path = `${FOLDER}/film-1.sv.vtt`;
  const start = await post(onFile(path, `/startUpload(uploadId=guid'${id}')`), 'johan', bytes.subarray(0, 1000));
  assert.equal(start.status, 200, start.text);
  assert.equal(start.json.value, '1000');
  const next = await post(onFile(path, `/continueUpload(uploadId=guid'${id}',fileOffset=1000)`), 'johan', bytes.subarray(1000, 2000));
  assert.equal(next.json.value, '2000');
  const finish = await post(onFile(path, `/finishUpload(uploadId=guid'${id}',fileOffset=2000)`), 'johan', bytes.subarray(2000));
  assert.equal(finish.status, 200, finish.text);
  assert.equal(finish.json.Length, '2500');
  const read = await fetch(`${tenant.url}${path}`, { headers: { authorization: 'Bearer anna' } });
  assert.equal(read.headers.get('content-type'), 'text/vtt; charset=utf-8');
  assert.deepEqual(Buffer.from(await read.arrayBuffer()), bytes);
});

test('a chunk at another offset than the upload stands at, or of an upload never started, is refused (400) and the file keeps its content', async () => {
  await add('fel-offset.png', 'johan', PNG);
  const path = `${FOLDER}/fel-offset.png`;
  const id = randomUUID();
  assert.equal((await post(onFile(path, `/continueUpload(uploadId=guid'${id}',fileOffset=0)`), 'johan', 'x')).status, 400);
  assert.equal((await post(onFile(path, `/startUpload(uploadId=guid'${id}')`), 'johan', 'abc')).status, 200);
  // startUpload is idempotent with the same id and bytes; other bytes under that id are refused.
  assert.equal((await post(onFile(path, `/startUpload(uploadId=guid'${id}')`), 'johan', 'abc')).json.value, '3');
  assert.equal((await post(onFile(path, `/startUpload(uploadId=guid'${id}')`), 'johan', 'xyz')).status, 400);
  assert.equal((await post(onFile(path, `/continueUpload(uploadId=guid'${id}',fileOffset=2)`), 'johan', 'x')).status, 400);
  const read = await fetch(`${tenant.url}${path}`, { headers: { authorization: 'Bearer johan' } });
  assert.deepEqual(Buffer.from(await read.arrayBuffer()), PNG);
});

test('a reader may not add a file (403), nor write one by a chunked upload (403); nothing is created', async () => {
  const r = await add('sara.png', 'sara', PNG);
  assert.equal(r.status, 403, r.text);
  assert.match(r.json['odata.error'].code, /UnauthorizedAccessException/);
  assert.equal((await tenant.call(onFile(`${FOLDER}/sara.png`, ''), { token: 'johan' })).status, 404);
  await add('johans.png', 'johan', PNG);
  const start = await post(onFile(`${FOLDER}/johans.png`, `/startUpload(uploadId=guid'${randomUUID()}')`), 'sara', 'x');
  assert.equal(start.status, 403, start.text);
  // Someone who cannot read the shared site at all.
  assert.equal((await add('x.png', 'upn:nobody@example.se', PNG)).status, 401);
});

test('file names with characters SharePoint does not allow, reserved names and paths over 400 characters are refused (400)', async () => {
  for (const name of ['a"b.png', 'a*b.png', 'a:b.png', 'a<b.png', 'a>b.png', 'a?b.png', 'a\\b.png', 'a|b.png', 'under/mapp.png', ' blank.png', 'CON.png', 'desktop.ini', '~$x.png', 'a_vti_b.png']) {
    const r = await add(name, 'johan', PNG);
    assert.equal(r.status, 400, `${name}: ${r.text}`);
  }
  const long = `${'a'.repeat(400 - FOLDER.length - 5)}.png`;
  assert.equal(`${FOLDER}/${long}`.length, 400);
  assert.equal((await add(long, 'johan', PNG)).status, 200);
  const tooLong = `b${long}`;
  const r = await add(tooLong, 'johan', PNG);
  assert.equal(r.status, 400, r.text);
  assert.match(r.json['odata.error'].message.value, /400 characters/);
  // Characters SharePoint Online allows: # and %, å ä ö, apostrophes.
  assert.equal((await add("Lön #1 100% Åsa's.png", 'johan', PNG)).status, 200);
});

test('a file that exists is not replaced without Overwrite (400); with it, an editor replaces it', async () => {
  await add('tva-ganger.png', 'johan', PNG);
  const again = await add('tva-ganger.png', 'johan', Buffer.from('ny'));
  assert.equal(again.status, 400, again.text);
  assert.match(again.json['odata.error'].message.value, /already exists/);
  const overwrite = await add('tva-ganger.png', 'johan', Buffer.from('ny'), true);
  assert.equal(overwrite.status, 200, overwrite.text);
  assert.equal(overwrite.json.Length, '2');
});

test('an editor deletes a file (PnPjs file.delete()); a reader may not', async () => {
  await add('bort.png', 'johan', PNG);
  const path = `${FOLDER}/bort.png`;
  assert.equal((await post(onFile(path, ''), 'sara', undefined, { 'x-http-method': 'DELETE' })).status, 403);
  assert.equal((await post(onFile(path, ''), 'johan', undefined, { 'x-http-method': 'DELETE', 'if-match': '*' })).status, 200);
  assert.equal((await tenant.call(onFile(path, ''), { token: 'johan' })).status, 404);
  assert.equal((await fetch(`${tenant.url}${path}`, { headers: { authorization: 'Bearer johan' } })).status, 404);
});
