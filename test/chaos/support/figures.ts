import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const FIGURES = join(__dirname, '..', '..', '..', '.artifacts', 'chaos', 'figures.jsonl');

export interface FaultFigure {
  fault: string;
  /** From the fault to the killed part running again. */
  downMs: number;
  /** From the restart to the scenario's proposals all past the phase the fault hit (final, for the last fault). */
  recoveryMs: number;
  recoveredTo: string;
}

/** What a scenario measured, printed and appended to .artifacts/chaos/figures.jsonl for the README's table. */
export class ScenarioFigures {
  private readonly started = Date.now();
  readonly faults: FaultFigure[] = [];
  readonly notes: Record<string, unknown> = {};

  constructor(readonly scenario: string) {}

  fault(figure: FaultFigure): void {
    this.faults.push(figure);
  }

  publish(violations: Record<string, string[]>): void {
    const line = {
      scenario: this.scenario,
      totalMs: Date.now() - this.started,
      faults: this.faults,
      ...this.notes,
      violated: Object.fromEntries(Object.entries(violations).filter(([, v]) => v.length > 0).map(([k, v]) => [k, v.length])),
    };
    mkdirSync(join(FIGURES, '..'), { recursive: true });
    appendFileSync(FIGURES, `${JSON.stringify(line)}\n`);
    console.log(`chaos figures: ${JSON.stringify(line, null, 2)}`);
  }
}
