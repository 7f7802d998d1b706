import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const screenshotDir = path.resolve('test-results/screenshots');

/**
 * Every Content-Security-Policy violation any page reported during this run. The pages must work under the
 * policy Hearth sends; a violation fails the test that saw it (through `problems`) and, as a net for tests that
 * do not look, closing the browser.
 */
export const cspViolations: string[] = [];

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (cspViolations.length > 0) {
      throw new Error(`Content-Security-Policy violations:\n${cspViolations.splice(0).join('\n')}`);
    }
  };
  return browser;
}

/** Reports each `securitypolicyviolation` event of every page and frame of the context. */
async function watchContentSecurityPolicy(context: BrowserContext, problems: string[]) {
  await context.exposeBinding('__hearthCspViolation', ({ frame }, description: string) => {
    const violation = `CSP violation on ${frame.url()}: ${description}`;
    problems.push(violation);
    cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __hearthCspViolation(description: string): void }).__hearthCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** A fresh browser profile; fails the test on any console error, CSP violation or request to another host. */
export async function newPerson(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 860 }) {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const problems: string[] = [];
  await watchContentSecurityPolicy(context, problems);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error' || /status of 4\d\d/.test(message.text())) return;
    problems.push(`console: ${message.text()}`);
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(baseUrl)) return route.continue();
    problems.push(`unexpected request to ${route.request().url()}`);
    return route.abort();
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

/** Serious and critical accessibility violations inside `selector`, by axe-core. */
export async function accessibilityViolations(page: Page, selector: string) {
  // Judge the settled UI: a dialog still fading in has every colour at part opacity, which reads as low contrast.
  await page
    .locator(selector)
    .evaluateAll((elements) =>
      Promise.all(elements.flatMap((element) => element.getAnimations({ subtree: true }).map((animation) => animation.finished))),
    );
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

export async function signUpThroughUi(page: Page, baseUrl: string, person: { name: string; email: string; password: string }) {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'My groups' }).waitFor();
}

export async function createGroupThroughUi(
  page: Page,
  group: { name: string; description?: string; visibility: 'Public' | 'Private' },
) {
  await page.getByRole('button', { name: 'Create group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a group' });
  await dialog.getByLabel('Group name').fill(group.name);
  if (group.description) await dialog.getByLabel('Description (optional)').fill(group.description);
  await dialog.getByRole('radio', { name: new RegExp(`^${group.visibility}`) }).check();
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('heading', { level: 1, name: group.name }).waitFor();
}

export type Person = Awaited<ReturnType<typeof newPerson>>;
export type { BrowserContext };
