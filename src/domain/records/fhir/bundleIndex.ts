import { arr, humanName, obj, str } from './fhirValues';
import type { JsonObject } from './fhirValues';

/**
 * Finds the resources a reference points at inside one Bundle: contained resources ("#med1"), entries by
 * fullUrl ("urn:uuid:...", absolute URLs) and by "Type/id", including absolute and versioned references
 * ("https://host/fhir/Medication/123/_history/2").
 */
export class BundleIndex {
  private readonly byKey = new Map<string, JsonObject>();

  constructor(
    resources: ReadonlyArray<{ readonly fullUrl: string | undefined; readonly resource: JsonObject }>,
  ) {
    for (const { fullUrl, resource } of resources) {
      if (fullUrl) this.byKey.set(fullUrl, resource);
      const type = str(resource['resourceType']);
      const id = str(resource['id']);
      if (type && id && !this.byKey.has(`${type}/${id}`)) this.byKey.set(`${type}/${id}`, resource);
    }
  }

  resolve(reference: unknown, container?: JsonObject): JsonObject | undefined {
    const ref = str(obj(reference)?.['reference']);
    if (!ref) return undefined;
    if (ref.startsWith('#')) {
      return arr(container?.['contained'])
        .map(obj)
        .find((r) => r !== undefined && r['id'] === ref.slice(1));
    }
    const exact = this.byKey.get(ref);
    if (exact) return exact;
    const m = /([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref);
    return m ? this.byKey.get(`${m[1]}/${m[2]}`) : undefined;
  }

  /** A person's or organisation's name for a Reference: the resolved resource's name, else its display. */
  nameOf(reference: unknown, container?: JsonObject): string {
    const target = this.resolve(reference, container);
    if (target) {
      const type = target['resourceType'];
      if (type === 'PractitionerRole') {
        const who = this.nameOf(target['practitioner'], target);
        if (who) return who;
      }
      const name =
        type === 'Organization' || type === 'Location' ? str(target['name']) : humanName(target['name']);
      if (name) return name;
    }
    return str(obj(reference)?.['display']) ?? '';
  }
}
