// Runs many `dari` invocations in one process through the BUILT command line (packages/cli/dist),
// exactly as bin.js does (its catch-all included), so a table of hundreds of cases costs one Node
// start. Jobs come as JSON on stdin ([{ id, cwd, argv }]); results go to stdout as JSON lines.
import { main } from '../../../packages/cli/dist/index.js';

const jobs = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (d) => {
      text += d;
    });
    process.stdin.on('end', () => resolve(text));
  }),
);

for (const job of jobs) {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    color: false,
    tty: false,
  };
  process.stderr.write(`${job.id}\n`);
  let code;
  try {
    code = await main([...job.argv, '--cwd', job.cwd], job.cwd, io);
  } catch (error) {
    // What bin.js prints for a bug: the test then sees exit 70 and a stack trace.
    stderr += `dari: internal error (please report it): ${error?.stack ?? String(error)}\n`;
    code = 70;
  }
  process.stdout.write(`${JSON.stringify({ id: job.id, code, stdout, stderr })}\n`);
}
