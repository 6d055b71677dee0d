/** Offers data as a file download from the page (a blob link of the page's own origin, clicked; no permission needed). */
export function download(doc: Document, name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  (doc.body ?? doc.documentElement).appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
