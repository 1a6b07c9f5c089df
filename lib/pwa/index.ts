export { canInstall, listenForInstallPrompt, needsIosInstallHint, promptInstall, subscribeInstall } from './install';
export { registerServiceWorker } from './register';
export { requestPersistence, type StorageStatus, storageStatus } from './storage';
export { acceptUpdate, setMidCard, subscribeUpdates, type UpdateState, updateState } from './updates';
