import type { PlannedModule } from '../modules';

export function ModulePlaceholderRoute({ module }: { module: PlannedModule }) {
  return (
    <div className="page">
      <title>{`${module.title} · Sage`}</title>
      <h1>{module.title}</h1>
      <p className="page-prose">{module.summary}</p>
    </div>
  );
}
