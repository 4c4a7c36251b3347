/**
 * A server action posted to a page that does not hold it is forwarded by Next.js to the page that does: a second request
 * from the server to itself, with the first one's headers and its body streamed again, of undeclared length. The first
 * request was judged here already; refusing the second (411) aborted Next.js's forwarding mid-body and it logged an
 * `uncaughtException` for each such post (attacker pass 20). So the proxy marks each request it lets through with a key
 * only this process knows (JUDGED_HEADER, overwriting whatever a client sent), and a forwarded request that carries it
 * is not judged twice. A client cannot send the key: it is random per process and never leaves the server.
 */
export const JUDGED_HEADER = 'x-steering-body-judged';
const JUDGED_KEY = Symbol.for('steering.bodyJudgedKey');
export function judgedKey(): string {
  const g = globalThis as typeof globalThis & { [JUDGED_KEY]?: string };
  return (g[JUDGED_KEY] ??= crypto.randomUUID());
}
