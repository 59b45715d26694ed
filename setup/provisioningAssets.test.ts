import { parseXml, readProvisioningAssets } from './provisioningAssets';

const ELEMENTS = `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment with <Field ID="nope"/> inside -->
<Elements xmlns="http://schemas.microsoft.com/sharepoint/">
  <Field ID="{8BE1E076-BCD6-4191-BEC4-416CE4921E57}" Name="SamverkaOwner" DisplayName="Inneh&#229;lls&#228;gare" Type="User" List="UserInfo" Group="Samverka" />
  <Field ID="{51152c7f-35bd-4367-a3c5-2568ba609081}" Name="SamverkaReviewDate" DisplayName="Granskas" Type="DateTime" Group="Samverka">
    <Default>[today]</Default>
  </Field>
  <Field Name="Broken" Type="Text" />
  <ContentType ID="0x0100A2D5B1C36E6B4B4D9B3C7E1F5A6B7C8D" Name="Samverka-guide" Group="Samverka" Description="Guide &amp; steg">
    <FieldRefs>
      <FieldRef ID="{8be1e076-bcd6-4191-bec4-416ce4921e57}" Name="SamverkaOwner" />
      <FieldRef ID="{51152c7f-35bd-4367-a3c5-2568ba609081}" Name="SamverkaReviewDate" />
    </FieldRefs>
  </ContentType>
  <ListInstance Title="Guider" Url="Lists/Guider" TemplateType="100" Description="Guider" />
  <ListInstance Title="Erbjudanden" Url="Lists/Erbjudanden" TemplateType="100" CustomSchema="erbjudanden-schema.xml" />
  <ContentTypeBinding ContentTypeId="0x0100A2D5B1C36E6B4B4D9B3C7E1F5A6B7C8D" ListUrl="Lists/Guider" />
  <ContentTypeBinding ContentTypeId="0x0100AA" ListUrl="Lists/Saknas" />
</Elements>`;

const SCHEMA = `<List xmlns:ows="Microsoft SharePoint" Title="Erbjudanden" BaseType="0">
  <MetaData>
    <ContentTypes><ContentTypeRef ID="0x01" /></ContentTypes>
    <Fields>
      <Field ID="{1c4f2b4e-0d2a-4c35-9f2e-1234567890ab}" Name="SamverkaSource" DisplayName="Källa" Type="URL" />
    </Fields>
  </MetaData>
</List>`;

describe('the element files of sharepoint/assets', () => {
  it('reads columns with their XML as written, content types with their columns, lists with their types', () => {
    const assets = readProvisioningAssets([{ name: 'elements.xml', text: ELEMENTS }, { name: 'erbjudanden-schema.xml', text: SCHEMA }]);
    expect(assets.fields.map(f => [f.id, f.name, f.displayName, f.type])).toEqual([
      ['8be1e076-bcd6-4191-bec4-416ce4921e57', 'SamverkaOwner', 'Innehållsägare', 'User'],
      ['51152c7f-35bd-4367-a3c5-2568ba609081', 'SamverkaReviewDate', 'Granskas', 'DateTime']
    ]);
    expect(assets.fields[1].schemaXml).toMatch(/^<Field ID="\{51152c7f[^]*<Default>\[today\]<\/Default>\s*<\/Field>$/);
    expect(assets.contentTypes).toEqual([expect.objectContaining({
      id: '0x0100A2D5B1C36E6B4B4D9B3C7E1F5A6B7C8D', name: 'Samverka-guide', description: 'Guide & steg', fieldNames: ['SamverkaOwner', 'SamverkaReviewDate']
    })]);
    expect(assets.lists.map(l => [l.title, l.url, l.templateType, l.contentTypeIds, l.fields.map(f => f.name)])).toEqual([
      ['Guider', 'Lists/Guider', 100, ['0x0100A2D5B1C36E6B4B4D9B3C7E1F5A6B7C8D'], []],
      ['Erbjudanden', 'Lists/Erbjudanden', 100, ['0x01'], ['SamverkaSource']]
    ]);
    expect(assets.problems).toEqual([
      expect.stringMatching(/^elements\.xml: a <Field> needs ID, Name and Type/),
      'a <ContentTypeBinding> names the list "Lists/Saknas", which no <ListInstance> creates'
    ]);
  });

  it('reads a list schema\'s item-level permissions, NoCrawl and indexed columns, and flags a security value SharePoint has not', () => {
    const schema = `<List Title="Läsbekräftelser" ReadSecurity="2" WriteSecurity="2" NoCrawl="TRUE"><MetaData><Fields>
      <Field ID="{f65c11f1-f99a-4fb2-a1d9-c5606e23a6aa}" Name="SamverkaReader" Type="Text" Indexed="TRUE" />
      <Field ID="{2db5843d-9d25-46d3-b64e-fab4cbde8dd5}" Name="Other" Type="Text" />
    </Fields></MetaData></List>`;
    const elements = '<Elements><ListInstance Title="Läsbekräftelser" Url="Lists/Läsbekräftelser" CustomSchema="s.xml" /><ListInstance Title="Guider" Url="Lists/Guider" /></Elements>';
    const assets = readProvisioningAssets([{ name: 'e.xml', text: elements }, { name: 's.xml', text: schema }]);
    expect(assets.problems).toEqual([]);
    const [confirmations, guides] = assets.lists;
    expect([confirmations.readSecurity, confirmations.writeSecurity, confirmations.noCrawl]).toEqual([2, 2, true]);
    expect(confirmations.fields.map(f => [f.name, f.indexed === true])).toEqual([['SamverkaReader', true], ['Other', false]]);
    expect([guides.readSecurity, guides.writeSecurity, guides.noCrawl]).toEqual([undefined, undefined, undefined]);
    const bad = readProvisioningAssets([{ name: 'e.xml', text: elements }, { name: 's.xml', text: '<List ReadSecurity="4" WriteSecurity="3" />' }]);
    expect(bad.problems).toEqual(['s.xml: ReadSecurity="4" is not one of 1, 2', 's.xml: WriteSecurity="3" is not one of 1, 2, 4']);
  });

  it('reads a library at an address of its own: its Url, template, OnQuickLaunch and the schema file it came with', () => {
    const elements = `<Elements>
      <ListInstance Title="Läsbekräftelser, sammanställning" Url="Lasbekraftelser-sammanstallning" TemplateType="101" OnQuickLaunch="FALSE" CustomSchema="summary.xml" />
      <ListInstance Title="Guider" Url="Lists/Guider" TemplateType="100" OnQuickLaunch="TRUE" />
    </Elements>`;
    const assets = readProvisioningAssets([{ name: 'e.xml', text: elements }, { name: 'summary.xml', text: '<List BaseType="1" NoCrawl="TRUE"><MetaData /></List>' }]);
    expect(assets.problems).toEqual([]);
    expect(assets.lists.map(l => [l.title, l.url, l.templateType, l.noCrawl, l.onQuickLaunch, l.schemaSource])).toEqual([
      ['Läsbekräftelser, sammanställning', 'Lasbekraftelser-sammanstallning', 101, true, undefined, 'summary.xml'],
      ['Guider', 'Lists/Guider', 100, undefined, true, undefined]
    ]);
  });

  it('says which file is broken or missing instead of failing', () => {
    const assets = readProvisioningAssets([
      { name: 'broken.xml', text: '<Elements><Field ID="{x}" Name="A" Type="Text"></Elements>' },
      { name: 'lists.xml', text: '<Elements><ListInstance Title="L" Url="Lists/L" CustomSchema="none.xml" /></Elements>' }
    ]);
    expect(assets.problems).toEqual([
      'broken.xml: not well-formed XML (Unexpected </Elements> at offset 47)',
      'lists.xml: the list schema "none.xml" of "L" is not among the asset files'
    ]);
    expect(assets.lists.map(l => l.title)).toEqual(['L']);
  });

  it('binds a content type to the site\'s own Site Pages library, and still flags a binding to a list nobody creates', () => {
    const assets = readProvisioningAssets([{
      name: 'pages.xml',
      text: `<Elements>
        <ContentType ID="0x0101009D1CB255DA76424F860D91F20E6C411800AB" Name="Sida"><FieldRefs><FieldRef Name="SamverkaOwner" /></FieldRefs></ContentType>
        <ContentTypeBinding ContentTypeId="0x0101009D1CB255DA76424F860D91F20E6C411800AB" ListUrl="SitePages" />
        <ContentTypeBinding ContentTypeId="0x0101009D1CB255DA76424F860D91F20E6C411800AB" ListUrl="SitePages" />
        <ContentTypeBinding ContentTypeId="0x0101009D1CB255DA76424F860D91F20E6C411800FF" ListUrl="/SitePages/" />
        <ContentTypeBinding ContentTypeId="0x0101009D1CB255DA76424F860D91F20E6C411800AB" ListUrl="Lists/Sidor" />
      </Elements>`
    }]);
    expect(assets.libraries).toEqual([{ url: 'SitePages', title: 'Site Pages', contentTypeIds: ['0x0101009D1CB255DA76424F860D91F20E6C411800AB', '0x0101009D1CB255DA76424F860D91F20E6C411800FF'], source: 'pages.xml' }]);
    expect(assets.lists).toEqual([]);
    expect(assets.problems).toEqual([
      'a <ContentTypeBinding> names the list "Lists/Sidor", which no <ListInstance> creates',
      'pages.xml: a <ContentTypeBinding> binds the content type 0x0101009D1CB255DA76424F860D91F20E6C411800FF to "SitePages", but no <ContentType> defines it'
    ]);
  });

  it('flags a person column that does not name the User Information List', () => {
    const assets = readProvisioningAssets([{
      name: 'people.xml',
      text: `<Elements>
        <Field ID="{00000000-0000-0000-0000-000000000001}" Name="Ansvarig" Type="User" />
        <Field ID="{00000000-0000-0000-0000-000000000002}" Name="Deltagare" Type="UserMulti" Mult="TRUE" List="{a1b2}" />
        <Field ID="{00000000-0000-0000-0000-000000000003}" Name="Granskare" Type="User" List="UserInfo" />
      </Elements>`
    }]);
    expect(assets.fields.map(f => f.name)).toEqual(['Ansvarig', 'Deltagare', 'Granskare']);
    expect(assets.problems).toEqual([
      'people.xml: the person column Ansvarig needs List="UserInfo", as SharePoint\'s own person columns have it',
      'people.xml: the person column Deltagare needs List="UserInfo", as SharePoint\'s own person columns have it'
    ]);
  });

  it('flags a content type that refers to a column defined after it, in its own file or a later one', () => {
    const field = (id: string, name: string): string => `<Field ID="{00000000-0000-0000-0000-00000000000${id}}" Name="${name}" Type="Text" />`;
    const type = (name: string, refs: string[]): string => `<ContentType ID="0x0100AB${name.length}" Name="${name}"><FieldRefs>${refs.map(r => `<FieldRef Name="${r}" />`).join('')}</FieldRefs></ContentType>`;
    const assets = readProvisioningAssets([
      { name: 'a.xml', text: `<Elements>${field('1', 'Först')}${type('Tidig', ['Först', 'Sen', 'Title'])}${field('2', 'Sen')}</Elements>` },
      { name: 'b.xml', text: `<Elements>${type('Korsvis', ['Först', 'Senare'])}</Elements>` },
      { name: 'c.xml', text: `<Elements>${field('3', 'Senare')}${type('Rätt', ['Först', 'Sen', 'Senare'])}</Elements>` }
    ]);
    expect(assets.contentTypes.map(ct => ct.name)).toEqual(['Tidig', 'Korsvis', 'Rätt']);
    // Title is SharePoint's own column, defined by no asset file: not a matter of order.
    expect(assets.problems).toEqual([
      'a.xml: the content type "Tidig" refers to Sen before a.xml defines it: define a column before any content type that uses it',
      'b.xml: the content type "Korsvis" refers to Senare before c.xml defines it: define a column before any content type that uses it'
    ]);
  });

  it('parses self-closing and nested elements with either quote', () => {
    const [root] = parseXml(`<a x='1' y="two"><b/><c z="3">text</c></a>`);
    expect(root.attributes).toEqual({ x: '1', y: 'two' });
    expect(root.children.map(c => c.name)).toEqual(['b', 'c']);
    expect(root.children[1].outerXml).toBe('<c z="3">text</c>');
  });
});
