import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8')) as {
  monorepo: boolean;
  projects: Record<string, { type: string; root: string; sourceRoot: string; entryFile: string; compilerOptions: { tsConfigPath: string } }>;
};

describe('nest-cli.json', () => {
  it('describes a monorepo with every app and lib as a project', () => {
    expect(config.monorepo).toBe(true);
    const folders = [...readdirSync(join(root, 'apps')).map((d) => `apps/${d}`), ...readdirSync(join(root, 'libs')).map((d) => `libs/${d}`), 'workflows'];
    expect(Object.values(config.projects).map((p) => p.root).sort()).toEqual(folders.sort());
  });

  it.each(Object.entries(config.projects))('%s: its folders, entry file and tsconfig exist', (_name, project) => {
    expect(existsSync(join(root, project.sourceRoot, `${project.entryFile}.ts`))).toBe(true);
    expect(existsSync(join(root, project.compilerOptions.tsConfigPath))).toBe(true);
    expect(project.type).toBe(project.root.startsWith('apps/') ? 'application' : 'library');
  });
});
