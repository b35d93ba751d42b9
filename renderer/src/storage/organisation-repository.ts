import { normalizeOrganisation, type NormalizeProblem } from '@shared/model/normalize-document';
import type { Organisation } from '@shared/model/organisation';
import { ORGANISATION_ROW_ID, type HandbokDatabase, type StoredRow } from './database';
import { OrganisationNotEditableError } from '@shared/storage-errors';

/** The profile as the app sees it: not set up yet, readable, or unreadable (kept, shown, never overwritten). */
export type LoadedOrganisation =
  | { status: 'missing' }
  | { status: 'ok'; organisation: Organisation }
  | { status: 'invalid'; raw: unknown; problems: NormalizeProblem[] };

/** A stored profile row (or none) through the normaliser. */
export function loadOrganisation(row: StoredRow | undefined): LoadedOrganisation {
  if (!row) return { status: 'missing' };
  const { id: _id, ...raw } = row;
  const normalized = normalizeOrganisation(raw);
  return normalized.ok ? { status: 'ok', organisation: normalized.value } : { status: 'invalid', raw, problems: normalized.problems };
}

export class OrganisationRepository {
  constructor(private readonly db: HandbokDatabase) {}

  async load(): Promise<LoadedOrganisation> {
    return loadOrganisation(await this.db.organisation.get(ORGANISATION_ROW_ID));
  }

  /** Saves the whole profile; refuses to replace a stored profile that cannot be read. */
  async save(organisation: Organisation): Promise<void> {
    await this.db.transaction('rw', this.db.organisation, async () => {
      const current = await this.load();
      if (current.status === 'invalid') throw new OrganisationNotEditableError();
      const row: StoredRow = { ...organisation, updatedAt: new Date().toISOString(), id: ORGANISATION_ROW_ID };
      await this.db.organisation.put(row);
    });
  }
}
