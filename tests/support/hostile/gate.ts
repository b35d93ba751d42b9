import type { HostileFixture } from './fixture';

/** Hostile archives for the gate part of issue 17. */
export const gateFixtures: HostileFixture[] = [];
