/** The reading feature's public parts: the app mounts the screens and hands the reading page to the document screen. */
export { ReadingPage } from './ReadingPage';
export { MethodsScreen, RolesScreen } from './AtHandScreens';
