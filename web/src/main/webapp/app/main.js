/** Start-up: the texts of the chosen language first, then the frame (which routes to the first page). */
import { initLanguage } from './i18n.js';

await initLanguage();
await import('./shell.js');
