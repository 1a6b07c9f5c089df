export { globalLogId, newDeviceId, replayOrder } from './globalId';
export { mergeStamped, newerOf, type Stamped } from './lww';
export { type ContentVersion, mergeForPush, type PushMerge, stampOf, takesPulled } from './noteMerge';
export { paramsIdOf } from './params';
export { type CardMarks, type Replay, type ReplayedCard, replayLog } from './replay';
