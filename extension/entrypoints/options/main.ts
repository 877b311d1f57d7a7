import { startOptions } from '../../lib/options.ts';

void startOptions(document);
