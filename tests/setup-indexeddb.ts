// Node has no IndexedDB: storage tests run on fake-indexeddb (never quote browser speed from it).
import 'fake-indexeddb/auto';
