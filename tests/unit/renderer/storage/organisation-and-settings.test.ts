import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyOrganisation } from '../../../../shared/model/organisation';
import { HandbokDatabase, ORGANISATION_ROW_ID } from '../../../../renderer/src/storage/database';
import { OrganisationNotEditableError } from '../../../../shared/storage-errors';
import { OrganisationRepository } from '../../../../renderer/src/storage/organisation-repository';
import { SettingsRepository } from '../../../../renderer/src/storage/settings-repository';

let db: HandbokDatabase;
beforeEach(() => {
  db = new HandbokDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

describe('OrganisationRepository', () => {
  it('is missing until saved, then reads back what was saved', async () => {
    const repository = new OrganisationRepository(db);
    expect(await repository.load()).toEqual({ status: 'missing' });
    await repository.save({
      ...emptyOrganisation(),
      name: 'Sjövik kommun',
      bodies: [{ id: 'kf', name: 'Kommunfullmäktige', abbreviation: 'KF' }],
      metadataLabels: { registryNumber: 'Dnr' },
    });
    const loaded = await repository.load();
    expect(loaded.status).toBe('ok');
    if (loaded.status !== 'ok') return;
    expect(loaded.organisation).toMatchObject({ name: 'Sjövik kommun', metadataLabels: { registryNumber: 'Dnr' } });
    expect(loaded.organisation.updatedAt).not.toBe('');
  });

  it('keeps an unreadable profile and refuses to overwrite it', async () => {
    const raw = { id: ORGANISATION_ROW_ID, name: ['not', 'a', 'name'], bodies: 'KF' };
    await db.organisation.put(raw);
    const repository = new OrganisationRepository(db);
    expect(await repository.load()).toMatchObject({ status: 'invalid' });
    await expect(repository.save({ ...emptyOrganisation(), name: 'Ny' })).rejects.toBeInstanceOf(OrganisationNotEditableError);
    expect(await db.organisation.get(ORGANISATION_ROW_ID)).toEqual(raw);
  });
});

describe('SettingsRepository', () => {
  it('defaults to Swedish and remembers the chosen language', async () => {
    const settings = new SettingsRepository(db);
    expect(await settings.locale()).toBe('sv');
    await settings.setLocale('en');
    expect(await settings.locale()).toBe('en');
  });

  it('falls back to Swedish when the stored language is damaged', async () => {
    await db.settings.put({ key: 'locale', value: 'klingon' });
    expect(await new SettingsRepository(db).locale()).toBe('sv');
  });

  it('remembers that the first run is done', async () => {
    const settings = new SettingsRepository(db);
    expect(await settings.onboardingDone()).toBe(false);
    await settings.setOnboardingDone();
    expect(await settings.onboardingDone()).toBe(true);
  });
});
