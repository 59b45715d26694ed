import * as React from 'react';
import { render } from '@testing-library/react';
import { SafeHtml } from './SafeHtml';

describe('SafeHtml', () => {
  it('renders content markup without what could run', () => {
    const { container } = render(<SafeHtml className="body" html={'<p>Välkommen <em>alla</em></p><img src="x" onerror="window.__ran=1"><script>window.__ran=1</script>'} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.tagName).toBe('DIV');
    expect(root.className).toBe('body');
    expect(root.querySelector('em')!.textContent).toBe('alla');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')!.getAttribute('onerror')).toBeNull();
  });

  it('renders inline fragments in a span', () => {
    const { container } = render(<SafeHtml as="span" html="<b>Lön</b> &amp; HR" />);
    expect(container.innerHTML).toBe('<span data-safe-html=""><b>Lön</b> &amp; HR</span>');
  });
});
