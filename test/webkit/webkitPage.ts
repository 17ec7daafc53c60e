import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { By, until, type WebDriver, type WebElement } from 'selenium-webdriver';

const WAIT_MS = 10_000;

/** XPath string literal for any text (XPath 1 has no escape for quotes). */
function literal(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`;
}

/**
 * What the WebKit specs do to the app, in a person's terms (find by label, by button name, by test id),
 * over WebDriver: the counterpart of Playwright's page for an engine Playwright cannot drive here.
 */
export class WebKitPage {
  /** Every URL the app's documents fetched, gathered before each navigation replaces the document. */
  private readonly fetched = new Set<string>();

  constructor(
    readonly driver: WebDriver,
    private base: string,
  ) {}

  get baseURL(): string {
    return this.base;
  }

  /** For a test that serves the app from a host of its own: paths and the egress guard follow it. */
  useHost(url: string): void {
    this.base = url;
  }

  async goto(path: string): Promise<void> {
    await this.collectFetched();
    await this.driver.get(new URL(path, this.baseURL).href);
    await this.keepResourceTimings();
  }

  async reload(): Promise<void> {
    await this.collectFetched();
    await this.driver.navigate().refresh();
    await this.keepResourceTimings();
  }

  /** The default resource-timing buffer (250 entries) would drop the requests of a long journey. */
  private async keepResourceTimings(): Promise<void> {
    await this.driver.executeScript('performance.setResourceTimingBufferSize(100000)');
  }

  private async collectFetched(): Promise<void> {
    const urls = (await this.driver
      .executeScript(
        "return performance.getEntriesByType('resource').map((e) => e.name).concat(location.href)",
      )
      .catch(() => [])) as string[];
    for (const url of urls) this.fetched.add(url);
  }

  /** Requests of the page to any origin but the app's own (its workers' and service worker's are not seen). */
  async outsideRequests(): Promise<string[]> {
    await this.collectFetched();
    const own = new URL(this.baseURL).origin;
    return [...this.fetched].filter((url) => {
      const parsed = new URL(url, own);
      return !['data:', 'blob:', 'about:', 'file:'].includes(parsed.protocol) && parsed.origin !== own;
    });
  }

  /** Waits until `read` returns a truthy value and returns it; the message says what never came. */
  async until<T>(read: () => Promise<T>, what: string, timeout = WAIT_MS): Promise<NonNullable<T>> {
    let last: T | undefined;
    await this.driver.wait(
      async () => {
        last = await read().catch(() => undefined);
        return Boolean(last);
      },
      timeout,
      `Timed out after ${timeout} ms waiting for ${what}`,
    );
    return last as NonNullable<T>;
  }

  async title(): Promise<string> {
    return (await this.driver.findElement(By.css('h1#page-title')).getText()).trim();
  }

  async expectTitle(text: string, timeout = WAIT_MS): Promise<void> {
    await this.until(async () => (await this.title()) === text, `the page title "${text}"`, timeout);
  }

  /** The form control a visible label names, exactly. */
  async byLabel(text: string): Promise<WebElement> {
    const label = await this.driver.wait(
      until.elementLocated(By.xpath(`//label[normalize-space(.)=${literal(text)}]`)),
      WAIT_MS,
      `no label "${text}"`,
    );
    const id = await label.getAttribute('for');
    return id ? this.driver.findElement(By.id(id)) : label.findElement(By.css('input, select, textarea'));
  }

  async fill(label: string, value: string): Promise<void> {
    const field = await this.byLabel(label);
    await field.clear();
    await field.sendKeys(value);
  }

  async button(name: string): Promise<WebElement> {
    return this.driver.wait(
      until.elementLocated(
        By.xpath(`//button[normalize-space(.)=${literal(name)} or @aria-label=${literal(name)}]`),
      ),
      WAIT_MS,
      `no button "${name}"`,
    );
  }

  async click(name: string): Promise<void> {
    const button = await this.button(name);
    await this.driver.wait(until.elementIsEnabled(button), WAIT_MS, `button "${name}" stays disabled`);
    await button.click();
  }

  async link(name: string): Promise<WebElement> {
    return this.driver.wait(
      until.elementLocated(By.xpath(`//a[normalize-space(.)=${literal(name)}]`)),
      WAIT_MS,
      `no link "${name}"`,
    );
  }

  async byTestId(id: string, timeout = WAIT_MS): Promise<WebElement> {
    return this.driver.wait(until.elementLocated(By.css(`[data-testid="${id}"]`)), timeout, `no ${id}`);
  }

  async textOf(testId: string, timeout = WAIT_MS): Promise<string> {
    return (await this.byTestId(testId, timeout)).getText();
  }

  /** Waits until the element's text contains `text`. */
  async expectText(testId: string, text: string, timeout = WAIT_MS): Promise<void> {
    await this.until(
      async () => (await this.textOf(testId, timeout)).includes(text),
      `"${text}" in ${testId}`,
      timeout,
    );
  }

  /** Waits until the page's visible text contains `text`. */
  async expectPageText(text: string, timeout = WAIT_MS): Promise<void> {
    await this.until(
      async () => ((await this.driver.findElement(By.css('body')).getText()) as string).includes(text),
      `"${text}" on the page`,
      timeout,
    );
  }

  /** Chooses files in a file input as the system's file chooser would. */
  async chooseFile(testId: string, path: string): Promise<void> {
    const input = await this.driver.findElement(By.css(`[data-testid="${testId}"]`));
    await input.sendKeys(path);
  }

  async evaluate<T>(script: string, ...args: unknown[]): Promise<T> {
    return (await this.driver.executeScript(script, ...args)) as T;
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
}
