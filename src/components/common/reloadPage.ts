/**
 * Reloads the page: what a reader whose sign-in has run out (401) is offered instead of a retry,
 * since SharePoint signs them in again on the reload (see offersReload in core/failures). Its own
 * module so tests can replace it (jsdom cannot reload).
 */
export function reloadPage(): void {
  window.location.reload();
}
