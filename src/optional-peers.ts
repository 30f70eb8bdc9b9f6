/**
 * The server renderer (`event-timeline/ssr`) and the command line need packages that a browser-only
 * install leaves out: they are optional peer dependencies. When one is missing, the message says
 * which, and what to install. No Lit, no DOM.
 */

/** The optional peer dependencies, as package.json lists them. */
export const OPTIONAL_PEERS = ['@lit-labs/ssr', 'ajv'] as const;

/** The optional peer that a failed import (`error`, or the error it was caused by) did not find. */
export function missingOptionalPeer(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') continue;
    const peer = OPTIONAL_PEERS.find((name) => current instanceof Error && current.message.includes(`'${name}'`));
    if (peer) return peer;
  }
  return undefined;
}
