/**
 * A problem that stops the run before any page is linted (bad config, unreadable or invalid spec,
 * bad arguments). The CLI prints the message on one line and exits 2.
 */
export class FatalError extends Error {
  override name = 'FatalError';
}
