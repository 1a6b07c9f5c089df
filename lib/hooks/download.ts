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

/** `2026-11-29`, for file names. */
export const dateStamp = (now: number) => new Date(now).toISOString().slice(0, 10);
