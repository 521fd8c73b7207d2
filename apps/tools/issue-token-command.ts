import { type AppConfig, ConfigError, loadConfig } from '@civic/platform';
import { issueDevelopmentToken } from '@civic/casework';
import { parseTokenArguments, type TokenArguments, TOKEN_USAGE, UsageError } from './issue-token-arguments';

interface Output {
  write(text: string): unknown;
}

/** `npm run token`: the token alone on stdout; 2 for a bad call, 1 when it must not or cannot issue one. */
export async function runIssueToken(argv: readonly string[], env: NodeJS.ProcessEnv, io: { stdout: Output; stderr: Output }): Promise<number> {
  let parsed: TokenArguments | null;
  try {
    parsed = parseTokenArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${TOKEN_USAGE}\n`);
    return 2;
  }
  if (!parsed) {
    io.stdout.write(`${TOKEN_USAGE}\n`);
    return 0;
  }
  if (env.NODE_ENV === 'production') {
    io.stderr.write('Refused: NODE_ENV=production. The development key is never trusted there; get a token from your identity provider.\n');
    return 1;
  }
  let config: AppConfig;
  try {
    config = loadConfig(env); // the same settings the service reads: same key folder, same claim names
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`Configuration error: ${error.message}\n`);
    return 1;
  }
  if (config.auth.jwksUrl) {
    io.stderr.write(
      `Refused: AUTH_JWKS_URL is set, so the service trusts ${config.auth.jwksUrl}, not the development key. Get a token from that identity provider.\n`,
    );
    return 1;
  }
  io.stdout.write(`${await issueDevelopmentToken(parsed, config)}\n`);
  return 0;
}
