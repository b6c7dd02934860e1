import type { DocumentModel } from '../lib/documents/model';

/**
 * Browser side of the documents: saving a file the reader asked for. The Word writer (and the
 * large `docx` package under it) is fetched with a dynamic `import()` on the first download
 * only, so a page that offers a Word file costs nothing until it is used.
 */

/** Makes the Word file for a model and saves it under the given name. */
export async function downloadDocx(model: DocumentModel, fileName: string): Promise<void> {
  const { docxBlob } = await import('../lib/documents/docx');
  saveFile(await docxBlob(model), fileName);
}

/** Saves a Blob (a Word file, a JSON file) through the browser's download, without a server. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
