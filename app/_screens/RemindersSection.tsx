'use client';
import { useState } from 'react';
import {
  disableDailyNotification,
  downloadReminderIcs,
  enableDailyNotification,
  type NotificationOutcome,
  refreshAppBadge,
  reminderSupport,
  saveReminderSettings,
  useReminderSettings,
} from '../../lib/hooks/reminders';
import { type MessageKey, useI18n } from '../../lib/i18n';
import { enReminders } from '../../lib/i18n/enReminders';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';

/** This section's part of the English catalog: it loads with the section, not with the settings page. */
const STRINGS = [enReminders];

const OUTCOME: Record<NotificationOutcome, MessageKey> = {
  on: 'reminders.notify.on',
  denied: 'reminders.notify.denied',
  unsupported: 'reminders.notify.unsupported',
  'not-installed': 'reminders.notify.notInstalled',
};

/** App badge, daily notification and calendar reminder, with what each platform does said plainly. */
function RemindersView() {
  const { t } = useI18n();
  const settings = useReminderSettings();
  const [status, setStatus] = useState('');
  const [support] = useState(reminderSupport);
  if (!settings) return null;

  const toggleNotify = async (on: boolean) => {
    if (!on) {
      await disableDailyNotification();
      await saveReminderSettings({ ...settings, notify: false });
      setStatus(t('reminders.notify.off'));
      return;
    }
    // Asked here, when the learner turns notifications on: never on a first visit.
    const outcome = await enableDailyNotification();
    setStatus(t(OUTCOME[outcome]));
    if (outcome !== 'on') return;
    // The worker has no catalog: it gets the words in the learner's language now.
    const text = { title: t('reminders.notification.title'), body: t('reminders.notification.body', { count: '{count}' }) };
    await saveReminderSettings({ ...settings, notify: true, text });
  };

  return (
    <section aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      <ul className="platforms">
        <li>{t('reminders.platform.chromium')}</li>
        <li>{t('reminders.platform.ios')}</li>
        <li>{t('reminders.platform.other')}</li>
      </ul>
      <div className="settings">
        <label className="check">
          <input
            type="checkbox"
            checked={settings.badge}
            disabled={!support.badge}
            aria-describedby={support.badge ? undefined : 'reminders-no-badge'}
            onChange={(e) => void saveReminderSettings({ ...settings, badge: e.target.checked }).then(() => refreshAppBadge())}
          />{' '}
          {t('reminders.badge')}
        </label>
        {!support.badge && (
          <p id="reminders-no-badge" className="muted small">
            {t('reminders.badge.unsupported')}
          </p>
        )}
        <label className="check">
          <input type="checkbox" checked={settings.notify} onChange={(e) => void toggleNotify(e.target.checked)} /> {t('reminders.notify')}
        </label>
        <p role="status" data-testid="notify-status">
          {status}
        </p>
      </div>
      <h3>{t('reminders.calendar')}</h3>
      <p className="muted">{t('reminders.calendar.explain')}</p>
      <form
        className="settings"
        onSubmit={(e) => {
          e.preventDefault();
          downloadReminderIcs(settings.time, { title: t('reminders.event.title'), description: t('reminders.event.description') });
        }}
      >
        <label htmlFor="reminder-time">{t('reminders.time')}</label>
        <input
          id="reminder-time"
          className="text-input"
          type="time"
          required
          value={settings.time}
          onChange={(e) => {
            if (/^\d\d:\d\d$/.test(e.target.value)) void saveReminderSettings({ ...settings, time: e.target.value });
          }}
        />
        <p>
          <button type="submit" className="button">
            {t('reminders.download')}
          </button>
        </p>
      </form>
    </section>
  );
}

export const RemindersSection = withExtraStrings(STRINGS, RemindersView);
