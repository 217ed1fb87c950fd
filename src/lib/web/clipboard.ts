/** Copy text to the clipboard, with the old execCommand route for browsers without the API. */
export async function salinKePapan(teks: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(teks);
      return true;
    }
  } catch {
    // Permission refused or insecure context: fall through to the textarea route.
  }
  const area = document.createElement('textarea');
  area.value = teks;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}
