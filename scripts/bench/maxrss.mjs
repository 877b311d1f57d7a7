// Preloaded with --import: writes the process's peak RSS (KB, workers included) to $OPTOUT_MAXRSS_FILE at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.OPTOUT_MAXRSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
