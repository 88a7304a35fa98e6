// The gateway's entry point (npm start, the tests and the benchmarks run dist/server/main.js).
import { main, startFromCommandLine } from './app/main';

export { main };
if (require.main === module) startFromCommandLine();
