export { globalLogId, newDeviceId, replayOrder } from './globalId';
export { mergeStamped, newerOf, type Stamped } from './lww';
export { paramsIdOf } from './params';
export { type CardMarks, type Replay, type ReplayedCard, replayLog } from './replay';
