export type ImageReadResult<T extends string> =
  | { ok: true; mimeType: T; dataUrl: string; fileName: string }
  | { ok: false; reason: 'wrong-type' | 'too-large' | 'unreadable'; fileName: string; size: number };

/**
 * Reads a chosen image file as a data URL, refusing a file of the wrong type or size before anything
 * is stored (an organisation's logo, an image in a document).
 */
export async function readImageFile<T extends string>(
  file: File,
  accepted: { mimeTypes: readonly T[]; maxBytes: number },
): Promise<ImageReadResult<T>> {
  const failure = (reason: 'wrong-type' | 'too-large' | 'unreadable') =>
    ({ ok: false, reason, fileName: file.name, size: file.size }) as const;
  const mimeType = accepted.mimeTypes.find((type) => type === file.type);
  if (!mimeType) return failure('wrong-type');
  if (file.size > accepted.maxBytes) return failure('too-large');
  try {
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
      reader.readAsDataURL(file);
    });
    return { ok: true, mimeType, dataUrl, fileName: file.name };
  } catch {
    return failure('unreadable');
  }
}

type Translate = (key: string, options: Record<string, string>) => string;

/**
 * Why a chosen image was refused, in the user's language. `keys` names the message for each reason;
 * each message may use {{file}}, and the one for a file too large also {{size}}.
 */
export function imageRefusal(
  refused: Extract<ImageReadResult<string>, { ok: false }>,
  keys: Record<'wrong-type' | 'too-large' | 'unreadable', string>,
  t: Translate,
  locale: string,
): string {
  return t(keys[refused.reason], { file: refused.fileName, size: formatBytes(refused.size, locale) });
}

/** "1,4 MB" in the Swedish way, "1.4 MB" in English. */
export function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes.toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
