import type { Page } from 'playwright-core';

/**
 * The page's own listeners, in its main world and capturing on window and document, for what
 * would name the extension to the page: the event WXT's script context dispatched for each
 * run (`<id>:<script>:wxt:content-script-started`, for this script and in a generic form)
 * and any window message whose data holds the id. Install before the page loads; the
 * returned function reads what they heard (nothing, always).
 */
export async function listenForTheId(page: Page, id: string): Promise<() => Promise<string[]>> {
  await page.addInitScript((extensionId) => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    const names = [
      `${extensionId}:job:wxt:content-script-started`,
      `${extensionId}:wxt:content-script-started`,
    ];
    for (const target of [window, document])
      for (const name of names) target.addEventListener(name, (e) => heard.push(e.type), { capture: true });
    window.addEventListener(
      'message',
      (e) => {
        const data = JSON.stringify(e.data) ?? '';
        if (data.includes(extensionId)) heard.push(`message ${data}`);
      },
      { capture: true },
    );
  }, id);
  return () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
}
