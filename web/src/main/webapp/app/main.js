/**
 * Start-up: the texts of the chosen language and whether a session is still open (a reload), then the frame (which
 * routes to the first page, or to the sign-in page).
 */
import { initLanguage } from './i18n.js';
import { restoreSession } from './session.js';

await Promise.all([initLanguage(), restoreSession()]);
await import('./shell.js');
