import { xmlText } from '../xml-text';
/** What the XMP packet of a finished PDF says of it. */
export interface XmpFields {
  title: string;
  /** BCP 47, e.g. sv-SE. */
  language: string;
  author?: string;
  /** ISO 8601, e.g. 2026-12-02T16:23:14+00:00. */
  created?: string;
}

export const PRODUCER = 'Handbok';

/** Text as XML content: escaped, and the characters XML forbids (a title from an archive can hold them) as U+FFFD. */
const xml = (text: string) => xmlText(text).replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A PDF date ("D:20261202162314+00'00'") in ISO 8601, as XMP writes dates; undefined when it is not one. */
export function isoDate(pdfDate: string): string | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(pdfDate);
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`;
}

/**
 * The XMP metadata packet (ISO 16684-1) that PDF/UA-1 asks for: the title and language in Dublin
 * Core, Handbok as producer and creator tool, and the PDF/UA identification `pdfuaid:part` 1.
 */
export function xmpPacket({ title, language, author, created }: XmpFields): string {
  const dates = created ? `<xmp:CreateDate>${created}</xmp:CreateDate><xmp:ModifyDate>${created}</xmp:ModifyDate><xmp:MetadataDate>${created}</xmp:MetadataDate>` : '';
  const creator = author ? `<dc:creator><rdf:Seq><rdf:li>${xml(author)}</rdf:li></rdf:Seq></dc:creator>` : '';
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' +
      ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(language)}</rdf:li></rdf:Bag></dc:language>`,
    creator,
    `<pdf:Producer>${PRODUCER}</pdf:Producer>`,
    `<xmp:CreatorTool>${PRODUCER}</xmp:CreatorTool>`,
    dates,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
    .filter(Boolean)
    .join('\n');
}
