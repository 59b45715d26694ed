/**
 * The site columns, content types and lists the solution needs, read from the element files in
 * sharepoint/assets. The package provisions none of them: a solution deployed tenant-wide
 * (skipFeatureDeployment, which the Teams hosts need) ignores a feature's element manifests, so
 * the setup command creates them from these definitions, the only ones there are.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own markup, from `<` to its end, as written in the file. */
  outerXml: string;
}

export interface FieldDefinition {
  id: string;
  /** Internal name (the Name attribute). */
  name: string;
  displayName: string;
  type: string;
  group: string;
  /** The element as written, for CreateFieldAsXml. */
  schemaXml: string;
  /** File it came from. */
  source: string;
  /** Indexed="TRUE": setup indexes the column of the list it is in (not relying on CreateFieldAsXml to). */
  indexed?: boolean;
}

export interface ContentTypeDefinition {
  id: string;
  name: string;
  group: string;
  description: string;
  /** Internal names of its fields. */
  fieldNames: string[];
  source: string;
}

export interface ListDefinition {
  title: string;
  /** Web-relative URL, e.g. "Lists/Guider". */
  url: string;
  templateType: number;
  description: string;
  contentTypeIds: string[];
  /** List-level fields from its schema. */
  fields: FieldDefinition[];
  source: string;
  /**
   * Item-level permissions from its schema's <List> element: ReadSecurity 2 (people read only the
   * items they created) and WriteSecurity 2 (or 4: no one edits) for everyone without "Override
   * List Behaviors". Absent: SharePoint's default, 1.
   */
  readSecurity?: number;
  writeSecurity?: number;
  /** NoCrawl="TRUE": the list's items stay out of search. */
  noCrawl?: boolean;
  /** The ListInstance's VersioningEnabled="TRUE": the list keeps a version of each item at each save. */
  versioningEnabled?: boolean;
  /** The ListInstance's OnQuickLaunch="TRUE": a link to it in the site's navigation. */
  onQuickLaunch?: boolean;
  /** The list schema file its CustomSchema names, when it names one that is there. */
  schemaSource?: string;
}

/**
 * A library every communication site has from its creation (no <ListInstance> creates it) that a
 * <ContentTypeBinding> adds content types to: Site Pages.
 */
export interface LibraryBinding {
  /** Web-relative URL as the binding names it, e.g. "SitePages". */
  url: string;
  /** The library's title in REST (getByTitle). */
  title: string;
  contentTypeIds: string[];
  source: string;
}

export interface ProvisioningAssets {
  fields: FieldDefinition[];
  contentTypes: ContentTypeDefinition[];
  lists: ListDefinition[];
  /** Bindings to the site's own libraries; absent when there are none. */
  libraries?: LibraryBinding[];
  problems: string[];
}

/** The libraries SharePoint creates with a communication site, by web-relative URL. */
export const WELL_KNOWN_LIBRARIES: Record<string, string> = {
  sitepages: 'Site Pages'
};

export interface AssetFile {
  name: string;
  text: string;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** A small XML reader for element files: elements and attributes; text, comments and CDATA are skipped. */
export function parseXml(text: string): XmlElement[] {
  const roots: XmlElement[] = [];
  const stack: Array<{ element: XmlElement; start: number }> = [];
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([A-Za-z_][\w.:-]*)\s*>|<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(text)) !== null) {
    if (match[1]) {
      const open = stack.pop();
      if (!open || open.element.name !== match[1]) {
        throw new Error(`Unexpected </${match[1]}> at offset ${match.index}`);
      }
      open.element.outerXml = text.slice(open.start, match.index + match[0].length);
      continue;
    }
    if (!match[2]) {
      continue;
    }
    const attributes: Record<string, string> = {};
    const attribute = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    let a: RegExpExecArray | null;
    while ((a = attribute.exec(match[3])) !== null) {
      attributes[a[1]] = decodeEntities(a[2] !== undefined ? a[2] : a[3]);
    }
    const element: XmlElement = { name: match[2], attributes, children: [], outerXml: match[0] };
    const parent = stack.length > 0 ? stack[stack.length - 1].element : undefined;
    (parent ? parent.children : roots).push(element);
    if (match[4] !== '/') {
      stack.push({ element, start: match.index });
    }
  }
  if (stack.length > 0) {
    throw new Error(`<${stack[stack.length - 1].element.name}> is not closed`);
  }
  return roots;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function descendants(elements: XmlElement[], name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (list: XmlElement[]): void => {
    for (const element of list) {
      if (localName(element.name) === name) {
        found.push(element);
      }
      visit(element.children);
    }
  };
  visit(elements);
  return found;
}

function normalizeGuid(value: string): string {
  return value.replace(/[{}]/g, '').trim().toLowerCase();
}

function readField(element: XmlElement, source: string, problems: string[]): FieldDefinition | undefined {
  const a = element.attributes;
  const name = a.Name || a.StaticName;
  if (!a.ID || !name || !a.Type) {
    problems.push(`${source}: a <Field> needs ID, Name and Type (${element.outerXml.slice(0, 80)}…)`);
    return undefined;
  }
  // SharePoint's own person columns (Author, AssignedTo) name the User Information List so.
  if ((a.Type === 'User' || a.Type === 'UserMulti') && a.List !== 'UserInfo') {
    problems.push(`${source}: the person column ${name} needs List="UserInfo", as SharePoint's own person columns have it`);
  }
  const field: FieldDefinition = { id: normalizeGuid(a.ID), name, displayName: a.DisplayName || name, type: a.Type, group: a.Group || '', schemaXml: element.outerXml, source };
  if ((a.Indexed || '').toUpperCase() === 'TRUE') {
    field.indexed = true;
  }
  return field;
}

/**
 * Reads every element file (and the list schemas they name) into definitions, in the order given
 * (the setup command creates them in that order). Problems (a field without an ID, a schema file
 * that is missing, a content type before the columns it uses) are collected, not thrown.
 */
export function readProvisioningAssets(files: AssetFile[]): ProvisioningAssets {
  const result: ProvisioningAssets = { fields: [], contentTypes: [], lists: [], problems: [] };
  const byName: Record<string, AssetFile> = {};
  for (const file of files) {
    byName[file.name.toLowerCase()] = file;
  }
  const bindings: Array<{ contentTypeId: string; listUrl: string; source: string }> = [];
  // Columns a content type names before they are defined, checked once every file is read.
  const early: Array<{ contentType: string; field: string; source: string }> = [];

  for (const file of files) {
    let roots: XmlElement[];
    try {
      roots = parseXml(file.text);
    } catch (e) {
      result.problems.push(`${file.name}: not well-formed XML (${(e as Error).message})`);
      continue;
    }
    const elements = roots.filter(r => localName(r.name) === 'Elements');
    if (elements.length === 0) {
      continue; // a list schema or another file: read through the ListInstance that names it
    }
    for (const root of elements) {
      for (const child of root.children) {
        const kind = localName(child.name);
        if (kind === 'Field') {
          const field = readField(child, file.name, result.problems);
          if (field) {
            result.fields.push(field);
          }
        } else if (kind === 'ContentType') {
          const a = child.attributes;
          if (!a.ID || !a.Name) {
            result.problems.push(`${file.name}: a <ContentType> needs ID and Name`);
            continue;
          }
          const fieldNames = descendants(child.children, 'FieldRef').map(ref => ref.attributes.Name).filter((n): n is string => !!n);
          for (const field of fieldNames) {
            if (!result.fields.some(f => f.name.toLowerCase() === field.toLowerCase())) {
              early.push({ contentType: a.Name, field, source: file.name });
            }
          }
          result.contentTypes.push({ id: a.ID.toUpperCase().replace(/^0X/, '0x'), name: a.Name, group: a.Group || '', description: a.Description || '', fieldNames, source: file.name });
        } else if (kind === 'ListInstance') {
          const a = child.attributes;
          if (!a.Title || !a.Url) {
            result.problems.push(`${file.name}: a <ListInstance> needs Title and Url`);
            continue;
          }
          const list: ListDefinition = {
            title: a.Title,
            url: a.Url,
            templateType: Number(a.TemplateType || 100),
            description: a.Description || '',
            contentTypeIds: [],
            fields: [],
            source: file.name
          };
          if ((a.VersioningEnabled || '').toUpperCase() === 'TRUE') {
            list.versioningEnabled = true;
          }
          if ((a.OnQuickLaunch || '').toUpperCase() === 'TRUE') {
            list.onQuickLaunch = true;
          }
          if (a.CustomSchema) {
            const schema = byName[a.CustomSchema.toLowerCase()];
            if (!schema) {
              result.problems.push(`${file.name}: the list schema "${a.CustomSchema}" of "${a.Title}" is not among the asset files`);
            } else {
              readListSchema(schema, list, result.problems);
            }
          }
          result.lists.push(list);
        } else if (kind === 'ContentTypeBinding') {
          if (child.attributes.ContentTypeId && child.attributes.ListUrl) {
            bindings.push({ contentTypeId: child.attributes.ContentTypeId, listUrl: child.attributes.ListUrl, source: file.name });
          }
        }
      }
    }
  }
  for (const e of early) {
    const later = result.fields.find(f => f.name.toLowerCase() === e.field.toLowerCase());
    if (later) {
      result.problems.push(`${e.source}: the content type "${e.contentType}" refers to ${e.field} before ${later.source} defines it: define a column before any content type that uses it`);
    }
  }
  for (const binding of bindings) {
    const list = result.lists.filter(l => l.url.toLowerCase() === binding.listUrl.toLowerCase())[0];
    const libraryTitle = WELL_KNOWN_LIBRARIES[binding.listUrl.replace(/^\/+|\/+$/g, '').toLowerCase()];
    if (!list && libraryTitle) {
      const libraries = result.libraries || (result.libraries = []);
      let library = libraries.filter(l => l.title === libraryTitle)[0];
      if (!library) {
        library = { url: binding.listUrl, title: libraryTitle, contentTypeIds: [], source: binding.source };
        libraries.push(library);
      }
      if (library.contentTypeIds.indexOf(binding.contentTypeId) < 0) {
        library.contentTypeIds.push(binding.contentTypeId);
      }
    } else if (!list) {
      result.problems.push(`a <ContentTypeBinding> names the list "${binding.listUrl}", which no <ListInstance> creates`);
    } else if (list.contentTypeIds.indexOf(binding.contentTypeId) < 0) {
      list.contentTypeIds.push(binding.contentTypeId);
    }
  }
  // A site's own library can only get a content type the assets define (it is added to the site first).
  for (const library of result.libraries || []) {
    for (const id of library.contentTypeIds) {
      if (!result.contentTypes.some(ct => ct.id.toLowerCase() === id.toLowerCase())) {
        result.problems.push(`${library.source}: a <ContentTypeBinding> binds the content type ${id} to "${library.url}", but no <ContentType> defines it`);
      }
    }
  }
  return result;
}

function readListSchema(schema: AssetFile, list: ListDefinition, problems: string[]): void {
  let roots: XmlElement[];
  try {
    roots = parseXml(schema.text);
  } catch (e) {
    problems.push(`${schema.name}: not well-formed XML (${(e as Error).message})`);
    return;
  }
  list.schemaSource = schema.name;
  const root = roots.filter(r => localName(r.name) === 'List')[0];
  if (root) {
    const security = (name: 'ReadSecurity' | 'WriteSecurity', allowed: number[]): number | undefined => {
      const raw = root.attributes[name];
      if (raw === undefined) {
        return undefined;
      }
      if (allowed.indexOf(Number(raw)) < 0) {
        problems.push(`${schema.name}: ${name}="${raw}" is not one of ${allowed.join(', ')}`);
        return undefined;
      }
      return Number(raw);
    };
    const read = security('ReadSecurity', [1, 2]);
    const write = security('WriteSecurity', [1, 2, 4]);
    if (read !== undefined) {
      list.readSecurity = read;
    }
    if (write !== undefined) {
      list.writeSecurity = write;
    }
    if ((root.attributes.NoCrawl || '').toUpperCase() === 'TRUE') {
      list.noCrawl = true;
    }
  }
  for (const ref of descendants(roots, 'ContentTypeRef')) {
    if (ref.attributes.ID && list.contentTypeIds.indexOf(ref.attributes.ID) < 0) {
      list.contentTypeIds.push(ref.attributes.ID);
    }
  }
  for (const fieldsElement of descendants(roots, 'Fields')) {
    for (const element of fieldsElement.children) {
      if (localName(element.name) === 'Field') {
        const field = readField(element, schema.name, problems);
        if (field) {
          list.fields.push(field);
        }
      }
    }
  }
}
