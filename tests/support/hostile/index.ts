import { filesFixtures } from './files';
import { gateFixtures } from './gate';
import { textFixtures } from './text';

export type { HostileFixture } from './fixture';

/** Every hostile archive made for issue 17, for the CLI and app tests that open them all. */
export const hostileFixtures = [...gateFixtures, ...textFixtures, ...filesFixtures];
