import type { ContentRemote } from '../../db/syncContentPush';

/** A JSON request to the server, failing with the server's own words (couchRemote.ts). */
type Request = <T>(url: string, init?: RequestInit) => Promise<T>;

/** The content calls of the learner's database `base` (lib/db/syncContentPush.ts): many documents at once, and files. */
export function couchContent(base: string, request: Request, send: (url: string, init: RequestInit) => Promise<Response>): ContentRemote {
  return {
    allDocs: (keys) => request(`${base}/_all_docs?include_docs=true`, { method: 'POST', body: JSON.stringify({ keys }) }),
    bulkDocs: (docs) => request(`${base}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs }) }),
    attachment: async (id, name) => {
      const response = await send(`${base}/${encodeURIComponent(id)}/${encodeURIComponent(name)}`, { credentials: 'include' });
      if (!response.ok) throw Object.assign(new Error(`${id}/${name}: HTTP ${response.status}`), { status: response.status });
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
