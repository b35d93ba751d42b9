/** An image stored in a document, decoded for an exporter: its bytes, format and size in pixels. */
export interface ImageData {
  bytes: Uint8Array;
  type: 'png' | 'jpg' | 'gif';
  width: number;
  height: number;
}

const TYPES: Record<string, ImageData['type']> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };

function size(bytes: Uint8Array, type: ImageData['type']): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (type === 'gif' && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (type === 'jpg') {
    // Walk the JPEG segments to the frame header (SOF0–SOF15, except the DHT, JPG and DAC markers).
    for (let at = 2; at + 9 < bytes.length; ) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      }
      at += 2 + view.getUint16(at + 2);
    }
  }
  return null;
}

/** Decodes an image's data URL; null when it is not a PNG, JPEG or GIF that can be read. */
export function decodeImage(dataUrl: string): ImageData | null {
  const match = /^data:(image\/[a-z]+);base64,(.*)$/s.exec(dataUrl);
  const type = match ? TYPES[match[1]!] : undefined;
  if (!match || !type) return null;
  let binary: string;
  try {
    binary = atob(match[2]!);
  } catch {
    return null;
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const dimensions = size(bytes, type);
  return dimensions && dimensions.width > 0 && dimensions.height > 0 ? { bytes, type, ...dimensions } : null;
}

/**
 * The text area of an A4 page with 2.5 cm margins, in pixels at 96 dpi: 16 × 24.7 cm. Every export
 * prints an image within it: a PNG header may claim four billion pixels, and printed at that size
 * the image would make a Word file Word refuses, or a PDF of thousands of pages.
 */
export const PAGE_TEXT_PX = { width: 605, height: 933 } as const;

/** An image's size in pixels, shrunk (never enlarged) to fit the page's text area, and at least 1 px. */
export function fitToPage({ width, height }: Pick<ImageData, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(1, PAGE_TEXT_PX.width / width, PAGE_TEXT_PX.height / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
