import type { SyncDoc } from '../../db/syncDocs';
import type { RemoteDb } from '../../db/syncOnce';
import { couchContent } from './couchContent';

/** Why a request to the sync server failed, in terms the Settings screen can say in words. */
export class SyncHttpError extends Error {
  override name = 'SyncHttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A CouchDB user's own database, as `couch_peruser` names it: `userdb-` and the user name in hex. */
export function userDbName(user: string): string {
  return `userdb-${[...new TextEncoder().encode(user)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const trimmed = (server: string) => server.replace(/\/+$/, '');

/** The browser's fetch, sending the session cookie; tests pass their own. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;
const browserFetch: Fetch = (url, init) => fetch(url, init);

async function request<T>(url: string, init: RequestInit = {}, send: Fetch = browserFetch): Promise<T> {
  let response: Response;
  try {
    response = await send(url, { ...init, credentials: 'include', headers: { 'Content-Type': 'application/json', ...init.headers } });
  } catch (error) {
    throw new SyncHttpError(0, `cannot reach ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const body = (await response.json().catch(() => ({}))) as T & { reason?: string; error?: string };
  if (!response.ok) throw new SyncHttpError(response.status, body.reason ?? body.error ?? response.statusText);
  return body;
}

/** Opens a CouchDB session (the server sets its cookie; the password goes no further). */
export async function signIn(server: string, user: string, password: string, send?: Fetch): Promise<void> {
  await request(`${trimmed(server)}/_session`, { method: 'POST', body: JSON.stringify({ name: user, password }) }, send);
}

/** Ends the session (the cookie is dropped). */
export async function signOut(server: string, send?: Fetch): Promise<void> {
  await request(`${trimmed(server)}/_session`, { method: 'DELETE' }, send);
}

/** The learner's database through CouchDB's HTTP API: the calls sync makes (lib/db/syncOnce.ts). */
export function couchRemote(server: string, user: string, send?: Fetch): RemoteDb {
  const base = `${trimmed(server)}/${userDbName(user)}`;
  return {
    ...couchContent(base, (url, init) => request(url, init, send), send ?? browserFetch),
    put: (doc: SyncDoc) => request(`${base}/${encodeURIComponent(doc._id)}`, { method: 'PUT', body: JSON.stringify(doc) }, send),
    get: (id: string) => request<SyncDoc>(`${base}/${encodeURIComponent(id)}`, {}, send),
    changes: ({ since, limit }) =>
      request(`${base}/_changes?include_docs=true&limit=${limit}&since=${encodeURIComponent(String(since))}`, {}, send),
  };
}
