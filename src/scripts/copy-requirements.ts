/**
 * The "Copy requirements" button: shows the tool, and on a click puts the build-time text on
 * the clipboard. Where the Clipboard API is missing or refused, it shows the text selected so
 * the reader can copy it by hand. Either way a polite status says what happened.
 */
export function enableCopyTools(root: ParentNode = document): void {
  for (const tool of root.querySelectorAll<HTMLElement>('[data-copy-tool]')) {
    const button = tool.querySelector<HTMLButtonElement>('[data-copy-button]');
    const status = tool.querySelector<HTMLElement>('[data-copy-status]');
    const fallback = tool.querySelector<HTMLElement>('[data-copy-fallback]');
    const source = tool.querySelector<HTMLTextAreaElement>('[data-copy-text]');
    if (!button || !status || !fallback || !source) continue;

    const announce = (message: string) => {
      // Emptied first so the same message is announced again on a second click.
      status.textContent = '';
      window.setTimeout(() => {
        status.textContent = message;
      }, 100);
    };

    button.addEventListener('click', async () => {
      try {
        if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
        await navigator.clipboard.writeText(source.value);
        fallback.hidden = true;
        announce(tool.dataset['done'] ?? '');
      } catch {
        fallback.hidden = false;
        source.focus();
        source.select();
        announce(tool.dataset['failed'] ?? '');
      }
    });
    tool.hidden = false;
  }
}
