// Imported by index.tsx after bootstrap.ts: Fluent UI reads FabricConfig (set there) when it loads.
import { initializeIcons } from '@fluentui/react/lib/Icons';

// SharePoint and Teams register Fluent UI's icons for the page; the workbench does the same, with
// the icon font served by the workbench itself (serve.mjs, /fonts/) rather than Microsoft's CDN.
initializeIcons('/fonts/', { disableWarnings: true });
