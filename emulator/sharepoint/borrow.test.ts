import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/** Borrowing a page on the local tenant: SP.MoveCopyUtil.CopyFileByPath across sites, with permissions. */

const tenant = useTenant({ seed: 42, news: 200 });
const COPY = '/sites/savsjo/_api/SP.MoveCopyUtil.CopyFileByPath(overwrite=@a1)?@a1=false';
const PAGES = "_api/web/lists/getByTitle('Site%20Pages')/items";

async function savsjoNews(): Promise<Record<string, any>> {
  const r = await tenant.call(`/sites/savsjo/${PAGES}?$select=Id,Title,Description,FileRef,FileLeafRef,CanvasContent1,PromotedState&$filter=PromotedState eq 2&$top=1`, { token: 'maria' });
  assert.equal(r.status, 200, r.text);
  return r.json.value[0];
}

function copyBody(src: string, dest: string): Record<string, unknown> {
  return {
    srcPath: { DecodedUrl: `${tenant.url}${src}` },
    destPath: { DecodedUrl: `${tenant.url}${dest}` },
    options: { KeepBoth: false, ResetAuthorAndCreatedOnCopy: true, ShouldBypassSharedLocks: true },
  };
}

async function pageAt(site: string, fileRef: string): Promise<Record<string, any> | undefined> {
  const r = await tenant.call(`${site}/${PAGES}?$select=Id,Title,Description,CanvasContent1,PromotedState,FirstPublishedDate,AuthorId,FileRef&$filter=FileRef eq '${encodeURIComponent(fileRef)}'`, { token: 'johan' });
  assert.equal(r.status, 200, r.text);
  return r.json.value[0];
}

describe('SP.MoveCopyUtil.CopyFileByPath', () => {
  test('an editor of Vetlanda copies a Sävsjö news page into Vetlanda: a page with its content, not news', async () => {
    const source = await savsjoNews();
    const dest = '/sites/vetlanda/SitePages/lanad-fran-savsjo.aspx';
    const r = await tenant.call(COPY, { token: 'johan', body: copyBody(source.FileRef, dest) });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json['odata.null'], true);
    const copy = await pageAt('/sites/vetlanda', dest);
    assert.ok(copy, 'the copy is in Vetlanda Site Pages');
    assert.equal(copy.Title, source.Title);
    assert.equal(copy.Description, source.Description);
    assert.equal(copy.CanvasContent1, source.CanvasContent1);
    assert.equal(copy.PromotedState, 0);
    assert.equal(copy.FirstPublishedDate, null);
    const johan = tenant.running.tenant.store.users().find((u) => u.personaKey === 'johan')!;
    assert.equal(copy.AuthorId, johan.spId, 'author reset to who copied');
    const again = await tenant.call(COPY, { token: 'johan', body: copyBody(source.FileRef, dest) });
    assert.equal(again.status, 400, 'an existing file is not overwritten unless asked');
  });

  test('overwrite=true replaces the content of the existing copy, keeping its item', async () => {
    const source = await savsjoNews();
    const dest = '/sites/vetlanda/SitePages/skrivs-over.aspx';
    assert.equal((await tenant.call(COPY, { token: 'johan', body: copyBody(source.FileRef, dest) })).status, 200);
    const before = (await pageAt('/sites/vetlanda', dest))!;
    const merge = await tenant.call(`/sites/vetlanda/${PAGES}(${before.Id})`, { token: 'johan', headers: { 'x-http-method': 'MERGE', 'if-match': '*' }, body: { Title: 'Vår rubrik' } });
    assert.equal(merge.status, 204, merge.text);
    const r = await tenant.call('/sites/savsjo/_api/SP.MoveCopyUtil.CopyFileByPath(overwrite=@a1)?@a1=true', { token: 'johan', body: copyBody(source.FileRef, dest) });
    assert.equal(r.status, 200, r.text);
    const after = (await pageAt('/sites/vetlanda', dest))!;
    assert.equal(after.Id, before.Id);
    assert.equal(after.Title, source.Title);
  });

  test('403 when copying into a hub the caller may not edit; 403 from a site the caller cannot read', async () => {
    const source = await savsjoNews();
    const sara = await tenant.call(COPY.replace('/sites/savsjo', '/sites/vetlanda'), { token: 'sara', body: copyBody(source.FileRef, '/sites/vetlanda/SitePages/sara.aspx') });
    assert.equal(sara.status, 403, 'sara reads Vetlanda but may not add pages there');
    const anna = await tenant.call('/sites/eksjo/_api/SP.MoveCopyUtil.CopyFileByPath(overwrite=@a1)?@a1=false', { token: 'anna', body: copyBody(source.FileRef, '/sites/eksjo/SitePages/anna.aspx') });
    assert.equal(anna.status, 403, 'anna cannot read Sävsjö');
    const missing = await tenant.call(COPY, { token: 'johan', body: copyBody('/sites/savsjo/SitePages/finns-inte.aspx', '/sites/vetlanda/SitePages/x.aspx') });
    assert.equal(missing.status, 404);
    assert.equal(await pageAt('/sites/vetlanda', '/sites/vetlanda/SitePages/sara.aspx'), undefined);
  });
});
