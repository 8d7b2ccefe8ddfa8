/** The caller's view model cannot make a valid paper (e.g. "inline" with three awardees). */
export class DocumentModelError extends Error {
  constructor(
    readonly documentKind: string,
    readonly problems: string[],
  ) {
    super(`invalid ${documentKind} model: ${problems.join('; ')}`);
    this.name = 'DocumentModelError';
  }
}
