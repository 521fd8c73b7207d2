import 'reflect-metadata';
import { Pool } from 'pg';
import { applyMigrations, loadConfig, rootLogger, startEmbeddedPostgres, useStructuredLogs } from '@civic/platform';
import { seedReferenceData } from '@civic/casework';

/** npm run seed: Copenhagen's departments, districts, categories and routing rules. */
async function main(): Promise<void> {
  useStructuredLogs();
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.embeddedPostgres);
  const url = config.databaseUrl ?? embedded!.url;
  await applyMigrations(url);
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await seedReferenceData(pool);
    const counts = await pool.query(
      'SELECT (SELECT count(*) FROM departments) AS departments, (SELECT count(*) FROM districts) AS districts, (SELECT count(*) FROM categories) AS categories, (SELECT count(*) FROM routing_rules) AS rules',
    );
    const { departments, districts, categories, rules } = counts.rows[0];
    rootLogger().info(
      { departments: Number(departments), districts: Number(districts), categories: Number(categories), rules: Number(rules) },
      'Seeded reference data',
    );
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}

main().catch((error) => {
  rootLogger().fatal(error);
  process.exit(1);
});
