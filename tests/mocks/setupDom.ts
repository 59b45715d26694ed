import { setImmediate as realSetImmediate } from 'timers';
import { cleanup } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';

// Fluent UI warns about icons that were never registered; tests do not load the icon font.
setIconOptions({ disableWarnings: true });

/** One turn of Node's event loop, past fake timers (React's test utilities flush their work on these turns). */
function nextTurn(): Promise<void> {
  return new Promise(resolve => realSetImmediate(resolve));
}

// After each test: unmount what it rendered, then let the work React has scheduled on later turns
// (act's flush of effects) finish while the document still exists. Work left until after the
// environment's teardown throws "The `document` global was defined when React was initialized,
// but is not defined anymore" from a timer, and that ends the whole test process on a busy machine.
afterEach(async () => {
  cleanup();
  for (let i = 0; i < 3; i++) {
    await nextTurn();
  }
});
