import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const DOCS_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/** The two widths every page is checked and pictured at: a phone and a laptop. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

export interface LayoutProblem {
  kind: 'page scrolls sideways' | 'outside the screen' | 'overlaps' | 'covered' | 'too small to tap';
  element: string;
  detail: string;
}

/**
 * Measures the page as a person would meet it: the page never scrolls sideways; every visible
 * control lies inside the screen's width, is not covered by another element where a tap lands
 * (each is scrolled into view first), overlaps no other control, and buttons and fields are at
 * least 24 px square (WCAG 2.2 target size; links inside text are exempt).
 */
export async function layoutProblems(page: Page, scope = 'body'): Promise<LayoutProblem[]> {
  return page.evaluate((scopeSelector) => {
    const page = globalThis as any;
    const document = page.document;
    const problems: Array<{ kind: string; element: string; detail: string }> = [];
    const describe = (element: any) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? element.value ?? '').trim().slice(0, 40)}"`;
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push({ kind: 'page scrolls sideways', element: 'html', detail: `${document.documentElement.scrollWidth} > ${width}` });
    const isShown = (element: any) => {
      const style = page.getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 1 && box.height > 1 && !element.closest('.visually-hidden, .skip-link');
    };
    const root = document.querySelector(scopeSelector) ?? document.body;
    const controls = [...root.querySelectorAll('a[href], button, input, select, textarea, summary')].filter(isShown);
    const boxes = new Map();
    for (const control of controls) {
      control.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = control.getBoundingClientRect();
      boxes.set(control, { left: box.left, right: box.right, top: box.top + page.scrollY, bottom: box.bottom + page.scrollY });
      if (box.left < -1 || box.right > width + 1)
        problems.push({ kind: 'outside the screen', element: describe(control), detail: `${Math.round(box.left)}–${Math.round(box.right)} of ${width}` });
      const x = Math.min(Math.max(box.left + box.width / 2, 0), width - 1);
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== control && !control.contains(hit) && !hit.contains(control) && !(control.labels && [...control.labels].includes(hit))) {
        problems.push({ kind: 'covered', element: describe(control), detail: `by ${describe(hit)}` });
      }
      const inText = control.tagName === 'A' && !control.matches('.button, nav a, [role="button"]');
      if (!inText && (box.width < 24 || box.height < 24))
        problems.push({ kind: 'too small to tap', element: describe(control), detail: `${Math.round(box.width)}×${Math.round(box.height)}` });
    }
    const list = [...boxes];
    for (const [index, [a, boxA]] of list.entries()) {
      for (const [b, boxB] of list.slice(index + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const overlapX = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left);
        const overlapY = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top);
        if (overlapX > 1 && overlapY > 1) problems.push({ kind: 'overlaps', element: describe(a), detail: `with ${describe(b)}` });
      }
    }
    page.scrollTo(0, 0);
    return problems;
  }, scope) as Promise<LayoutProblem[]>;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2.1 AA rules on the page as it is now; only serious and critical findings. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation: any) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node: any) => node.target.join(' ')),
    }));
  })) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A picture for the README (the whole page, or the screen for a dialog), named after the page and the width. */
export async function documentationScreenshot(page: Page, name: string, viewportName: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(DOCS_SCREENSHOTS, `${name}-${viewportName}.png`), fullPage, animations: 'disabled' });
}
