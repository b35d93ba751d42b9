import type { HostileFixture } from './fixture';

/** Hostile archives for the text part of issue 17. */
export const textFixtures: HostileFixture[] = [];
