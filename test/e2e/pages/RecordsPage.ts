import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Records screen: its tabs, the checklist, FHIR import, corrections and the scan log. */
export class RecordsPage {
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('h1#page-title');
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  /** Imports a FHIR file as if chosen in the file picker. */
  async importFhir(fileName: string, json: string): Promise<Locator> {
    await this.tab('Import (FHIR)');
    await this.page.getByTestId('fhir-file').setInputFiles({
      name: fileName,
      mimeType: 'application/fhir+json',
      buffer: Buffer.from(json, 'utf8'),
    });
    const outcome = this.page.getByTestId('fhir-outcome');
    await expect(outcome.getByRole('status').or(outcome.getByRole('alert'))).toBeVisible();
    return outcome;
  }

  /** The checklist row of an item, found by its title. */
  item(section: 'allergy' | 'medication' | 'problem' | 'note', title: string): Locator {
    return this.page
      .getByTestId(`section-${section}`)
      .getByTestId('record-item')
      .filter({ has: this.page.locator('.records-item-title', { hasText: title }) });
  }

  /** Marks an item "Error found" with the patient's note of what it should say. */
  async flagError(
    section: 'allergy' | 'medication' | 'problem' | 'note',
    title: string,
    note: string,
  ): Promise<void> {
    const row = this.item(section, title);
    await row.getByLabel('Review').selectOption({ label: 'Error found' });
    await expect(row).toHaveAttribute('data-state', 'error-found');
    const noteField = row.getByLabel('Your note');
    // Typed and left with Tab, as a person does: the note is saved on change, and Firefox fires change only
    // for text the user typed (fill() sets it from script there).
    await noteField.clear();
    await noteField.pressSequentially(note);
    await noteField.press('Tab');
  }

  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }
}

/** The Specialists screen: the directory and the share log. */
export class SpecialistsPage {
  constructor(readonly page: Page) {}

  async addSpecialist(s: {
    name: string;
    specialty: string;
    institution: string;
    country: string;
    contact: string;
  }) {
    await this.page.getByRole('button', { name: 'Add specialist' }).click();
    const form = this.page.getByTestId('specialist-form');
    await form.getByLabel('Name').fill(s.name);
    await form.getByLabel('Specialty').fill(s.specialty);
    await form.getByLabel('Institution').fill(s.institution);
    await form.getByLabel('Country').fill(s.country);
    await form.getByLabel('Contact (email, phone or address)').fill(s.contact);
    await form.getByRole('button', { name: 'Save specialist' }).click();
    await expect(this.page.getByTestId('specialist').filter({ hasText: s.name })).toBeVisible();
  }

  share(text: string): Locator {
    return this.page.getByTestId('share').filter({ hasText: text });
  }
}
