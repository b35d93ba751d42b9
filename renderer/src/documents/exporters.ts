/**
 * The exporters, loaded when the first export begins. They and the libraries only they use (docx,
 * JSZip) are a large part of the app's code, and evaluating it at start made every window, and every
 * document, open that much later.
 */
export const loadExporters = async () => {
  const [exporters, caseFile] = await Promise.all([import('@shared/render/export'), import('@shared/render/memo/case-file-bilagor')]);
  return { ...exporters, ...caseFile };
};
