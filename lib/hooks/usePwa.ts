'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  canInstall,
  needsIosInstallHint,
  promptInstall,
  type StorageStatus,
  storageStatus,
  subscribeInstall,
  subscribeUpdates,
  type UpdateState,
  updateState,
} from '../pwa';

const NO_UPDATE: UpdateState = { available: false, accepted: false };

/** Whether a new version waits, and whether the learner accepted it. */
export const useUpdateState = () => useSyncExternalStore(subscribeUpdates, updateState, () => NO_UPDATE);

/** The Install button's state: the browser's prompt where offered, an iOS hint where not. */
export function useInstall() {
  const available = useSyncExternalStore(subscribeInstall, canInstall, () => false);
  const [iosHint, setIosHint] = useState(false);
  useEffect(() => {
    const standalone =
      window.matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
    setIosHint(needsIosInstallHint(navigator.userAgent, standalone));
  }, []);
  return { available, iosHint, install: promptInstall };
}

/** Storage persistence and usage; `refresh` after asking for persistence. `undefined` while loading. */
export function useStorageStatus(): [StorageStatus | undefined, () => void] {
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => {
    void storageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  return [status, refresh];
}
