/**
 * Bytes of an HTML file → text, honouring a byte-order mark or the page's own <meta charset>
 * (as browsers do), so a windows-1252 or Shift_JIS page read from disk keeps its accents and
 * characters. Uses only TextDecoder, available in Node and browsers alike.
 */

const SNIFF_BYTES = 2048;

/**
 * windows-1252's 0x80–0x9F (curly quotes, dashes, €…). The Encoding standard maps latin1 and
 * iso-8859-1 to windows-1252 too, but Node 20's TextDecoder returns C1 controls for these bytes.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_LABELS = /^(?:windows-1252|cp1252|x-cp1252|latin1|l1|iso-8859-1|iso8859-1|iso_8859-1|iso-ir-100|ascii|us-ascii|cp819|ibm819)$/;

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Decodes an HTML document's bytes with the encoding it declares (UTF-8 when it declares none or an unknown one). */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (declared) {
    const label = declared.toLowerCase();
    try {
      const text = new TextDecoder(label).decode(bytes);
      return CP1252_LABELS.test(label) ? fixCp1252(text) : text;
    } catch {
      // An unknown label: fall through to UTF-8, what browsers assume for modern pages.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
