// A deploy in its own process, so that a test can kill it mid-way (see "converges after a crash").
import { deployFunctions, type DeployTarget } from '../../src/deploy/deploy';
import { memoryLogger } from '../support/logger';
import { clientsFor } from './harness';

const targets = JSON.parse(process.env.LLA_TARGETS!) as DeployTarget[];
await deployFunctions(clientsFor(process.env.LLA_URL!), targets, { concurrency: 1, dryRun: false, log: memoryLogger() });
