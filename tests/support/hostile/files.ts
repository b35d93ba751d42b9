import type { HostileFixture } from './fixture';

/** Hostile archives for the files part of issue 17. */
export const filesFixtures: HostileFixture[] = [];
