import type { LogEvent } from '../model';

/** A log entry's global id: unique because `(deviceId, sequence)` is; the time makes it readable. */
export const globalLogId = (deviceId: string, at: number, sequence: number): string => `${deviceId}:${at}:${sequence}`;

/** A new device id: 16 random base-36 characters (`random` gives numbers in [0, 1), as Math.random does). */
export function newDeviceId(random: () => number): string {
  let id = '';
  while (id.length < 16) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** The one order every device replays a log in: by time, then by global id (a total order, the same everywhere). */
export const replayOrder = (a: LogEvent, b: LogEvent): number => a.at - b.at || (a.gid < b.gid ? -1 : a.gid > b.gid ? 1 : 0);
