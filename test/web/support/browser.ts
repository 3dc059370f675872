import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** STACK.md's flags: no GPU, no sandbox (root in CI), nothing phoning home. A fresh profile per launch. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const SCREENSHOTS = join(process.cwd(), 'test-output/screenshots');
export const VIEWPORT = { width: 1440, height: 900 };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A signed-out tab that records everything that went wrong in the page: uncaught errors, console errors and
 * failed requests (network failures and HTTP errors). Tests end with `expectClean()`.
 */
export class WebPage {
  readonly problems: string[] = [];
  private allowed: RegExp[] = [];

  private constructor(readonly context: BrowserContext, readonly page: Page, readonly baseUrl: string) {
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !this.isAllowed(m.text())) this.problems.push(`console error: ${m.text()}`);
    });
    page.on('requestfailed', (r) => {
      const failure = r.failure()?.errorText ?? '';
      // A download or a navigation that replaced the page aborts its own requests; that is not a failure.
      if (/ERR_ABORTED/.test(failure)) return;
      if (!this.isAllowed(r.url())) this.problems.push(`request failed: ${r.method()} ${r.url()} ${failure}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !this.isAllowed(r.url())) this.problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
    });
  }

  static async open(browser: Browser, baseUrl: string, viewport = VIEWPORT): Promise<WebPage> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return new WebPage(context, page, baseUrl);
  }

  private isAllowed(text: string): boolean {
    return this.allowed.some((re) => re.test(text));
  }

  /** Problems a test provokes on purpose (e.g. a 401 it expects). */
  allow(re: RegExp): void {
    this.allowed.push(re);
  }

  /** Opens `path` and waits until the app runs (the board's first paint shows before it answers a click). */
  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  }

  async signIn(email: string, password: string, path = '/'): Promise<void> {
    await this.goto(path);
    await this.page.getByLabel('邮箱').or(this.page.getByLabel('E-mail')).fill(email);
    await this.page.getByLabel('密码').or(this.page.getByLabel('Password')).fill(password);
    await this.page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
    await this.page.getByTestId('user-menu').waitFor();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }

  expectClean(): void {
    if (this.problems.length) throw new Error(`The browser reported problems:\n${this.problems.join('\n')}`);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
