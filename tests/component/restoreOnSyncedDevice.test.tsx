import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupSection } from '../../app/_screens/BackupSection';
import { I18nProvider, WithExtraStrings } from '../../lib/i18n';
import { enSettings } from '../../lib/i18n/enSettings';

const status = vi.hoisted(() => ({ synced: false }));
const restored = vi.hoisted(() => vi.fn(async () => ({ restored: 3 })));
vi.mock('../../lib/hooks', async (original) => ({
  ...(await original<typeof import('../../lib/hooks')>()),
  useBackupStatus: () => ({ lastBackupAt: undefined, remind: false, synced: status.synced }),
  restoreFromFile: restored,
}));

const SAYS = /the server and your other devices keep theirs/;

function chooseFile() {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json', { type: 'application/json' })] });
  fireEvent.change(input);
}

function showBackupSection() {
  render(
    <I18nProvider>
      <WithExtraStrings strings={[enSettings]}>
        <BackupSection />
      </WithExtraStrings>
    </I18nProvider>,
  );
}

function declineEveryQuestion() {
  const asked = vi.fn(() => false);
  vi.stubGlobal('confirm', asked);
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  restored.mockClear();
});

describe('restoring a backup on a synced device', () => {
  it('says beforehand, on the screen and in the question, what happens to the synced data', async () => {
    status.synced = true;
    const asked = declineEveryQuestion();
    showBackupSection();
    await waitFor(() => expect(screen.getByTestId('restore-synced').textContent).toMatch(SAYS));
    chooseFile();
    expect(asked).toHaveBeenCalledWith(expect.stringMatching(SAYS));
    // Declined: nothing restored.
    expect(restored).not.toHaveBeenCalled();
  });

  it('on a device without sync, says nothing of it', async () => {
    status.synced = false;
    const asked = declineEveryQuestion();
    showBackupSection();
    await screen.findByText('Restore a backup');
    expect(screen.queryByTestId('restore-synced')).toBeNull();
    chooseFile();
    expect(asked).toHaveBeenCalledWith('Replace everything on this device with the backup?');
  });
});
