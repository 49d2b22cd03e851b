import './heap';
import { run } from './main';

await run();
