/** Pointer helpers for text inside Monaco's rendered lines (Monaco has no per-word elements). */
import type { Page } from '@playwright/test';

/** Screen point at the middle of the first rendered occurrence of `word` in the editor, or null. */
export async function wordPoint(page: Page, word: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((target) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(target);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    return null;
  }, word);
}

/** Double-click `word` in the editor (selects it). */
export async function selectWord(page: Page, word: string): Promise<void> {
  const point = await wordPoint(page, word);
  if (point === null) throw new Error(`"${word}" is not on screen in the editor.`);
  await page.mouse.dblclick(point.x, point.y);
}
