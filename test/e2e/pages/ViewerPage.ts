import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './ShellPage';
import { pickFolder } from '../pickFolder';

/** The Viewer and Compare screens, and the Import step that fills the vault for them. */
export class ViewerPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  /** Imports a folder through the Import page's folder input and waits for its summary. */
  async importFolder(dir: string): Promise<void> {
    // Leaving first makes the Import page start afresh even if it still shows the last summary.
    await this.shell.open('/viewer');
    await this.shell.open('/import');
    await pickFolder(this.page.getByTestId('folder-input'), dir);
    await expect(this.page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  }

  async openStudy(name: RegExp | string): Promise<void> {
    await this.shell.open('/viewer');
    await this.page.getByRole('link', { name }).click();
    await this.waitReady(this.viewport());
  }

  viewport(index = 0): Locator {
    return this.page.getByTestId('viewport').nth(index);
  }

  /** Waits until the viewport shows a decoded slice. */
  async waitReady(viewport: Locator): Promise<void> {
    await expect(viewport).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  }

  async slice(viewport = this.viewport()): Promise<number> {
    return Number(await viewport.getAttribute('data-slice'));
  }

  /** A digest of the canvas pixels, to see that the picture itself changed. */
  async canvasDigest(viewport = this.viewport()): Promise<string> {
    return viewport.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return '';
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let h = 2166136261;
      for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ (data[i] as number), 16777619);
      return `${canvas.width}x${canvas.height}:${h >>> 0}`;
    });
  }

  /** How many distinct colours a sample of the canvas holds: a drawn image has many, a blank one one. */
  async distinctColours(viewport = this.viewport()): Promise<number> {
    return viewport.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      const seen = new Set<number>();
      for (let i = 0; i + 2 < data.length; i += 4 * 31)
        seen.add((data[i] ?? 0) * 65536 + (data[i + 1] ?? 0) * 256 + (data[i + 2] ?? 0));
      return seen.size;
    });
  }

  /** Screen point of an image pixel (column x, row y), from the canvas's transformed box. */
  async screenPoint(x: number, y: number, viewport = this.viewport()): Promise<{ x: number; y: number }> {
    const canvas = viewport.locator('canvas');
    const box = await canvas.boundingBox();
    const width = Number(await canvas.getAttribute('width'));
    const height = Number(await canvas.getAttribute('height'));
    if (!box) throw new Error('The viewport canvas is not on screen.');
    return { x: box.x + (x * box.width) / width, y: box.y + (y * box.height) / height };
  }

  async drag(
    from: { x: number; y: number },
    to: { x: number; y: number },
    button: 'left' | 'right' | 'middle' = 'left',
  ) {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down({ button });
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await this.page.mouse.move(to.x, to.y, { steps: 4 });
    await this.page.mouse.up({ button });
  }

  tool(
    name: 'Contrast' | 'Scroll' | 'Measure' | 'Arrow' | 'Note',
    panel: Locator = this.page.locator('body'),
  ): Locator {
    return panel.getByRole('button', { name, exact: true }).first();
  }

  /** Labels of the saved annotations drawn over the image on screen. */
  annotationLabels(viewport = this.viewport()): Locator {
    return viewport.getByTestId('annotation-label');
  }

  /** The study's annotation list (one item per annotation). */
  annotationItems(): Locator {
    return this.page.getByTestId('annotation-list').getByTestId('annotation-item');
  }

  /** Drags an arrow from tail to head (image pixels) and saves it with its label. */
  async addArrow(
    tail: { x: number; y: number },
    head: { x: number; y: number },
    label: string,
  ): Promise<void> {
    await this.tool('Arrow').click();
    await this.drag(await this.screenPoint(tail.x, tail.y), await this.screenPoint(head.x, head.y));
    await this.page.getByLabel('Arrow label (optional)').fill(label);
    await this.page.getByRole('button', { name: 'Save arrow' }).click();
    await expect(this.page.getByTestId('annotation-editor')).toBeHidden();
  }

  /** Clicks where a note goes (image pixels), types it and presses Enter. */
  async addNote(at: { x: number; y: number }, text: string): Promise<void> {
    const point = await this.screenPoint(at.x, at.y);
    await this.page.mouse.click(point.x, point.y);
    await this.page.getByLabel('Note', { exact: true }).fill(text);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('annotation-editor')).toBeHidden();
  }
}
