// A local CouchDB-protocol server (npm pouchdb-server, in memory) with one learner account, for trying sync between
// two browsers on this machine and for the tests. Development and tests only: once an admin exists, one anonymous
// `PUT /newdb` crashes pouchdb-server (its issue #374); production runs Apache CouchDB (README).
// Usage: node scripts/sync-server.mjs [port] [user] [password]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ADMIN = { name: 'admin', password: 'admin-password' };

const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** A CouchDB user's own database, as `couch_peruser` names it (the app derives the same name). */
export const userDbName = (user) => `userdb-${Buffer.from(user, 'utf8').toString('hex')}`;

async function call(url, method, body, auth = ADMIN) {
  const response = await fetch(url, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 412) throw new Error(`${method} ${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs pouchdb-server on `port` with its data (and config) in `dir`; resolves once it answers. */
async function runServer(port, dir, inMemory) {
  const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
  const child = spawn(
    process.execPath,
    [bin, ...(inMemory ? ['--in-memory'] : []), '--port', String(port), '--dir', dir, '--config', join(dir, 'config.json')],
    { cwd: dir, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch (error) {
      if (tries > 300 || child.exitCode !== null) throw new Error(`pouchdb-server did not start on ${url}: ${error}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return child;
}

const stopped = (child) =>
  new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });

/**
 * Starts the server on `port` (0: a free one) with an admin, and the learner `user` with their own database (members
 * only). Resolves once it answers; `stop()` ends it. With `keepData` its databases are on disk (leveldown, in a temp
 * folder) and `restart()` brings a stopped server back on the same port with them, as a real server restarts (its
 * session secret too: signed-in browsers stay signed in). `expireSessions()` ends every session at once, as a
 * CouchDB session timing out does.
 */
export async function startSyncServer({ port = 0, user = 'learner', password = 'learner-password', keepData = false } = {}) {
  const listen = port || (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'kubecards-sync-'));
  // A session lasts a day: pouchdb-server's default of 10 minutes ended the sync bench's session in the middle of a run.
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ couch_httpd_auth: { secret: randomUUID(), timeout: 86_400 } }));
  let child = await runServer(listen, dir, !keepData);
  const url = `http://127.0.0.1:${listen}`;
  // Before the first admin exists the server is an "admin party": this request makes the admin.
  await fetch(`${url}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  await call(`${url}/_users/org.couchdb.user:${encodeURIComponent(user)}`, 'PUT', { name: user, password, roles: [], type: 'user' });
  const db = `${url}/${userDbName(user)}`;
  await call(db, 'PUT');
  await call(`${db}/_security`, 'PUT', { admins: { names: [], roles: [] }, members: { names: [user], roles: [] } });
  return {
    url,
    user,
    password,
    /** A request to the learner's database as the admin (tests put what another device pushed, and read what arrived). */
    asAdmin: (method, path, body) => call(`${db}/${path}`, method, body),
    stop: () => stopped(child),
    async restart() {
      if (!keepData) throw new Error('an in-memory server cannot restart with its data: start it with keepData');
      await stopped(child);
      child = await runServer(listen, dir, false);
    },
    expireSessions: () => call(`${url}/_config/couch_httpd_auth/secret`, 'PUT', randomUUID()),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port = '5984', user, password] = process.argv.slice(2);
  const server = await startSyncServer({ port: Number(port), user, password });
  console.log(`Sync server (pouchdb-server, in memory) on ${server.url}; learner "${server.user}", password "${server.password}".`);
  console.log(`Serve the app with it behind /couchdb:  COUCHDB_URL=${server.url} npm start`);
  console.log('then in Settings → Sync: server /couchdb, that user and password. Ctrl-C stops it (its data goes with it).');
  process.on('SIGINT', () => server.stop().then(() => process.exit(0)));
}
