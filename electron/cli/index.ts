import { nodeCliIo } from './node-io';
import { runCli } from './run';

/** `handbok`: the command line over the same shared/ code as the app. */
process.exitCode = await runCli(process.argv.slice(2), nodeCliIo);
