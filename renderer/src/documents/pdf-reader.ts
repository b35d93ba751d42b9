import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * pdf.js, loaded only when a PDF is made or previewed (it is large), with its worker from the app's
 * own files and without `eval`, which the app's Content-Security-Policy forbids.
 */
async function pdfjs() {
  const library = await import('pdfjs-dist');
  library.GlobalWorkerOptions.workerSrc = workerUrl;
  return library;
}

/** Opens a PDF the app printed: to find where its headings landed, or to draw its pages in the preview. */
export async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await pdfjs();
  // pdf.js takes the buffer over; the caller keeps its bytes to save them.
  return getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
}

export type OpenedPdf = Awaited<ReturnType<typeof openPdf>>;
