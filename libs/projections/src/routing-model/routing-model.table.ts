/** The projection's name; its three logical tables (views on the active generation). */
export const ROUTING_MODEL = 'routing_model';
export const ROUTING_EXAMPLES = 'routing_examples';
export const ROUTING_FEATURE_COUNTS = 'routing_feature_counts';
export const ROUTING_DEPARTMENT_COUNTS = 'routing_department_counts';

/**
 * One generation: the examples (one row per idea, what the model knows of it)
 * and the counts naive Bayes needs, kept equal to the sums over the labelled
 * examples by every batch. A count that falls to zero is deleted, so a rebuild
 * and the live tables hold the very same rows.
 */
export function routingModelTables(tables: Readonly<Record<string, string>>): string {
  const examples = tables[ROUTING_EXAMPLES];
  const features = tables[ROUTING_FEATURE_COUNTS];
  const departments = tables[ROUTING_DEPARTMENT_COUNTS];
  return `
    CREATE TABLE ${examples} (
      idea_id uuid PRIMARY KEY,
      last_revision integer NOT NULL,
      features jsonb NOT NULL,
      department text,
      label text,
      label_source text,
      received_at timestamptz NOT NULL
    );
    CREATE TABLE ${features} (
      department text NOT NULL,
      feature text NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (department, feature)
    );
    CREATE INDEX ${features}_feature ON ${features} (feature);
    CREATE TABLE ${departments} (
      department text PRIMARY KEY,
      examples integer NOT NULL,
      features integer NOT NULL
    );
  `;
}
