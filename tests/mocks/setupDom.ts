import { setIconOptions } from '@fluentui/react/lib/Styling';

// Fluent UI warns about icons that were never registered; tests do not load the icon font.
setIconOptions({ disableWarnings: true });
