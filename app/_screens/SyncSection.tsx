'use client';
import { type FormEvent, useState } from 'react';
import { signInToSync, signOutOfSync, syncNow, useSync } from '../../lib/hooks/sync/useSync';
import { type MessageKey, useI18n } from '../../lib/i18n';
import { useHydrationGate } from '../../lib/ui';

/**
 * The words for a failed sync: what happened and what it means for the learner's data. A refusal at sign-in is the
 * password; a refusal while syncing, with an account that signed in before, is its session ending.
 */
function errorKey(status: number, signingIn: boolean): MessageKey {
  if (status === 401) return signingIn ? 'sync.error.unauthorized' : 'sync.error.expired';
  if (status === 403) return 'sync.error.forbidden';
  // No answer at all, or the reverse proxy's "the server behind me is down".
  if (status === 0 || status === 502 || status === 503 || status === 504) return 'sync.error.unreachable';
  return 'sync.error.other';
}

function PasswordField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('sync.password')}
      <input type="password" autoComplete="current-password" required value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** Settings → Sync: the account (the password is never stored), the status, and "Sync now". */
export function SyncSection() {
  const { t, lang } = useI18n();
  const view = useSync();
  const [server, setServer] = useState('/couchdb');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [refused, setRefused] = useState<{ status: number; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Its own gate: a lazy section, it hydrates after the settings screen has opened theirs.
  const gate = useHydrationGate();

  const submit = async (event: FormEvent, account: { server: string; user: string }) => {
    event.preventDefault();
    setBusy(true);
    setRefused(await signInToSync(account.server.trim(), account.user.trim(), password));
    setPassword('');
    setBusy(false);
  };

  const error = refused ?? view?.lastError ?? null;
  // The session ended (expired, or the password changed): the same account signs in again, where it left off.
  const expired = !refused && view?.account && view.lastError?.status === 401 ? view.account : null;
  return (
    <section aria-labelledby="settings-sync" data-testid="settings-sync">
      <h2 id="settings-sync">{t('sync.title')}</h2>
      <p className="muted">{t('sync.explain')}</p>
      {view?.account ? (
        <>
          <p data-testid="sync-account">{t('sync.account', { user: view.account.user, server: view.account.server })}</p>
          <p data-testid="sync-last" data-last-synced={view.lastSyncedAt ?? 0}>
            {view.lastSyncedAt ? t('sync.last', { when: new Date(view.lastSyncedAt).toLocaleString(lang) }) : t('sync.never')}
          </p>
          <p data-testid="sync-pending">{t('sync.pending', { count: view.pending })}</p>
          {expired && (
            <form className="stack" {...gate} onSubmit={(event) => void submit(event, expired)}>
              <PasswordField value={password} onChange={setPassword} />
              <button type="submit" className="button primary" aria-disabled={busy}>
                {t('sync.signInAgain')}
              </button>
            </form>
          )}
          <div className="button-row">
            <button type="button" className="button primary" aria-disabled={view.syncing} onClick={() => void syncNow()}>
              {view.syncing ? t('sync.syncing') : t('sync.now')}
            </button>
            <button type="button" className="button" onClick={() => void signOutOfSync()}>
              {t('sync.signOut')}
            </button>
          </div>
        </>
      ) : (
        <form className="stack" {...gate} onSubmit={(event) => void submit(event, { server, user })}>
          <label>
            {t('sync.server')}
            <input type="text" inputMode="url" autoComplete="url" required value={server} onChange={(e) => setServer(e.target.value)} />
          </label>
          <label>
            {t('sync.user')}
            <input type="text" autoComplete="username" required value={user} onChange={(e) => setUser(e.target.value)} />
          </label>
          <PasswordField value={password} onChange={setPassword} />
          <button type="submit" className="button primary" aria-disabled={busy}>
            {t('sync.signIn')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" data-testid="sync-error">
          {t(errorKey(error.status, Boolean(refused)), { message: error.message })}
        </p>
      )}
    </section>
  );
}
