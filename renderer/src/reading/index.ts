/** The reading feature's public parts: the app mounts the screens and hands the reading page to the document screen. */
export { ReadingView } from './ReadingView';
export { MethodsScreen, RolesScreen } from './AtHandScreens';
