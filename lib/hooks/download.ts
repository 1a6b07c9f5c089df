/** Saves text as a file through the browser's download (works offline: the data never leaves the device). */
export function downloadText(fileName: string, text: string, type: string) {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves a blob (text or bytes) as a file through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text gathered into a Blob before the Blob is made: enough to keep the number of Blobs small. */
const BATCH_CHARS = 8 * 2 ** 20;

/**
 * Gathers a file's text parts into a Blob without ever joining them into one string (past ~512 MB a string cannot
 * be made): every few megabytes the parts so far become a Blob, whose bytes the browser keeps outside the page's
 * memory, and the strings can go.
 */
export function blobOfParts(type: string) {
  const blobs: Blob[] = [];
  let batch: string[] = [];
  let batchChars = 0;
  return {
    add(part: string) {
      batch.push(part);
      batchChars += part.length;
      if (batchChars < BATCH_CHARS) return;
      blobs.push(new Blob(batch));
      batch = [];
      batchChars = 0;
    },
    blob: () => new Blob([...blobs, ...batch], { type }),
  };
}

/** `2026-11-29`, for file names. */
export const dateStamp = (now: number) => new Date(now).toISOString().slice(0, 10);
