/**
 * The few globals that every runtime of shared/ has (browsers, Electron main, Node), declared here
 * for the shared program only: it compiles without DOM and Node typings, which is what keeps
 * document, window or process out of shared/. The renderer and Node programs get these from their own
 * typings, so this file is not part of them.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly href: string;
}

declare function structuredClone<T>(value: T): T;

declare function atob(data: string): string;
declare function btoa(data: string): string;

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

/** Native zlib, in every runtime of shared/ (browsers, Electron, Node 18 and later). */
declare class CompressionStream {
  constructor(format: 'deflate' | 'deflate-raw' | 'gzip');
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
}
declare class DecompressionStream extends CompressionStream {}
