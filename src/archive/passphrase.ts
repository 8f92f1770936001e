// The certificate's passphrase: from SARABAN_CERT_PASSWORD, else asked on the terminal without
// echo. Never from the command line, where other accounts read it (ps, /proc/<pid>/cmdline)
// and the shell keeps it in its history.
import readline from 'node:readline';
import { SarabanError } from '../messages/errors.js';

export const PASSPHRASE_ENV = 'SARABAN_CERT_PASSWORD';

export async function passphraseFor(certName: string, prompt: string): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw SarabanError.of('cert-no-password', { name: certName });
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // The prompt is shown; what is typed is not.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
      if (s.startsWith(prompt)) process.stderr.write(prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
