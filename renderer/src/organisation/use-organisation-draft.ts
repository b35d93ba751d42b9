import { DEFAULT_BODIES, emptyOrganisation, type Organisation } from '@shared/model/organisation';
import { useCallback, useEffect, useRef } from 'react';
import { useAutosavedDraft } from '../ui/use-autosave';
import type { LoadedOrganisation } from '../storage/organisation-repository';
import { useStorage } from '../storage/storage';

/** A new profile starts with the two bodies every municipality has, so nobody starts from nothing. */
function startingProfile(): Organisation {
  return { ...emptyOrganisation(), bodies: DEFAULT_BODIES.map((body) => ({ ...body, id: crypto.randomUUID() })) };
}

/** The organisation profile as an autosaving draft, for the first-run screen and the settings. */
export function useOrganisationDraft(loaded: Exclude<LoadedOrganisation, { status: 'invalid' }>) {
  const { organisation } = useStorage();
  const stored = loaded.status === 'ok' ? loaded.organisation : startingProfile();
  const autosave = useAutosavedDraft<Organisation>(stored, stored.updatedAt, (value) => organisation.save(value));
  const latest = useRef(autosave.draft);
  useEffect(() => {
    latest.current = autosave.draft;
  }, [autosave.draft]);
  const { update } = autosave;
  const change = useCallback(
    (changes: Partial<Organisation>) => {
      latest.current = { ...latest.current, ...changes };
      update(latest.current);
    },
    [update],
  );
  return { draft: autosave.draft, change, saveState: autosave.saveState, flush: autosave.flush };
}
