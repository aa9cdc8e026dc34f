/**
 * `pnpm k8s:validate` (CI): renders the base and every overlay with
 * `kubectl kustomize` and validates each object against the Kubernetes
 * OpenAPI schema of its kind (the `kubernetes-models` package, generated from
 * the upstream schemas). A kind it has no schema for fails: nothing is
 * applied unchecked. Needs kubectl; `pnpm test` does not run it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const INFRA = new URL('../../../infra/k8s/', import.meta.url);

interface KubernetesObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
}

interface Model {
  validate(): void;
}

type ModelClass = new (data: KubernetesObject) => Model;

/** The class of `kubernetes-models` for an apiVersion and kind, e.g. apps/v1 Deployment. */
async function modelOf(apiVersion: string, kind: string): Promise<ModelClass> {
  if (!/^[a-z0-9.]+(\/[a-z0-9]+)?$/.test(apiVersion) || !/^[A-Za-z]+$/.test(kind)) {
    throw new Error(`not a Kubernetes apiVersion and kind: ${apiVersion} ${kind}`);
  }
  const module = (await import(`kubernetes-models/${apiVersion}/${kind}`)) as Record<
    string,
    unknown
  >;
  const model = module[kind] ?? module.default;
  if (typeof model !== 'function') throw new Error(`no schema for ${apiVersion} ${kind}`);
  return model as ModelClass;
}

/** The directories `kubectl kustomize` renders: the whole hub and each overlay. */
export function kustomizations(): string[] {
  const overlays = new URL('overlays/', INFRA);
  return [
    fileURLToPath(INFRA),
    ...readdirSync(overlays, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => fileURLToPath(new URL(`${entry.name}/`, overlays))),
  ];
}

/** Every problem found in one rendered kustomization (empty when it is valid). */
export async function validateRendered(yamlText: string): Promise<string[]> {
  const problems: string[] = [];
  const documents = parseAllDocuments(yamlText);
  if (documents.length === 0) problems.push('renders no object');
  for (const document of documents) {
    if (document.errors.length > 0) {
      problems.push(...document.errors.map((e) => `YAML: ${e.message}`));
      continue;
    }
    const object = document.toJS() as KubernetesObject | null;
    if (!object) continue;
    const where = `${object.apiVersion ?? '?'} ${object.kind ?? '?'} ${object.metadata?.name ?? '?'}`;
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
      problems.push(`${where}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    try {
      const Model = await modelOf(object.apiVersion, object.kind);
      new Model(object).validate();
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const dir of kustomizations()) {
    const rendered = execFileSync('kubectl', ['kustomize', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const problems = await validateRendered(rendered);
    const count = parseAllDocuments(rendered).length;
    if (problems.length > 0) {
      failed = true;
      process.stderr.write(`${dir}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}\n`);
    } else {
      process.stdout.write(`${dir}: ${count} objects valid\n`);
    }
  }
  if (failed) process.exit(1);
}
