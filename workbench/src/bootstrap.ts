// Imported first by index.tsx, before any module that reads these settings when it loads.
import { readState } from './workbenchState';

// The loc modules pick their language when they are evaluated, as SPFx picks the user's
// language before a web part's strings load.
const lang = readState(window.location.search).lang;
(window as unknown as { __SAMVERKA_LOCALE__: string }).__SAMVERKA_LOCALE__ = lang === 'en' ? 'en-us' : 'sv-se';
document.documentElement.lang = lang;

// Fluent UI would fetch Segoe UI from Microsoft's CDN; the workbench runs offline and uses the
// fonts of the machine (a SharePoint page has the fonts loaded already).
(window as unknown as { FabricConfig: { fontBaseUrl: string } }).FabricConfig = { fontBaseUrl: '' };
