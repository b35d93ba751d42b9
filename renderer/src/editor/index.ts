/*
 * What the rest of the renderer may use of the editor; everything else in editor/ is its own business
 * and may change without a feature noticing (eslint.config.js refuses imports past this file).
 */
export { ContentEditor, EditingSurface, putStoredContent, serializedAsEditor } from './ContentEditor';
export { ContentSerializer } from './content-serializer';
export { EditorErrorBoundary } from './EditorErrorBoundary';
export { EditorLibraryProvider, type EditorLibrary } from './library-context';
export { OutlinePanel } from './OutlinePanel';
export { QualityPanel } from './QualityPanel';
export { RichTextField } from './RichTextField';
export { SharedContentEditor, colorOfName } from './SharedContentEditor';
export { SharedSession, type SharedSessionState, type SharedConnectionStatus } from './collab/shared-session';
