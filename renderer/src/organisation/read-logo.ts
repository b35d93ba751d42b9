import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, type Logo } from '@shared/model/organisation';

export type LogoResult =
  | { ok: true; logo: Logo }
  | { ok: false; reason: 'wrong-type' | 'too-large' | 'unreadable'; fileName: string; size: number };

/** Reads a chosen image into the profile, refusing what is not a usable logo before anything is stored. */
export async function readLogo(file: File): Promise<LogoResult> {
  const failure = (reason: 'wrong-type' | 'too-large' | 'unreadable') =>
    ({ ok: false, reason, fileName: file.name, size: file.size }) as const;
  const mimeType = LOGO_MIME_TYPES.find((type) => type === file.type);
  if (!mimeType) return failure('wrong-type');
  if (file.size > LOGO_MAX_BYTES) return failure('too-large');
  try {
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
      reader.readAsDataURL(file);
    });
    return { ok: true, logo: { mimeType, dataUrl, fileName: file.name } };
  } catch {
    return failure('unreadable');
  }
}

/** "1,4 MB" in the Swedish way, "1.4 MB" in English. */
export function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes.toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
