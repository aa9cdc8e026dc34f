import { describe, expect, it } from 'vitest';
import { validateRendered } from '../src/validateManifests';

const deployment = (container: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
spec:
  selector:
    matchLabels: { app: gateway }
  template:
    metadata:
      labels: { app: gateway }
    spec:
      containers:
${container}
`;

/** The check CI runs on the rendered manifests (pnpm k8s:validate), on crafted objects. */
describe('validating rendered manifests against the Kubernetes schemas', () => {
  it('accepts a well-formed Deployment and ConfigMap', async () => {
    const yaml = `${deployment(`        - name: gateway
          image: ipc-hub:latest
          ports:
            - { name: http, containerPort: 4000 }`)}---
apiVersion: v1
kind: ConfigMap
metadata: { name: rules }
data: { a: b }
`;
    expect(await validateRendered(yaml)).toEqual([]);
  });

  it('reports a container without a name, and a port given as text where a number belongs', async () => {
    const problems = await validateRendered(
      deployment(`        - image: ipc-hub:latest
          ports:
            - { containerPort: "four thousand" }`),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('apps/v1 Deployment gateway:'))).toBe(true);
    expect(problems.join('\n')).toMatch(/name/);
  });

  it('refuses a kind it has no schema for, and an object without a name', async () => {
    expect(
      await validateRendered(
        'apiVersion: example.invalid/v1\nkind: Widget\nmetadata: { name: w }\n',
      ),
    ).toHaveLength(1);
    expect(await validateRendered('apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n')).toEqual([
      'v1 ConfigMap ?: apiVersion, kind and metadata.name are required',
    ]);
  });
});
