import { DecisionController } from '../decisions/decision.controller';
import { DECISION_REPOSITORY_PROVIDERS } from '../decisions/decision.providers';
import { DecisionService } from '../decisions/decision.service';
import { IssuedPapersRepository } from '../decisions/issued-papers.repository';
import { VerificationController } from './verification.controller';
import { SignatureCheckService } from './signature-check.service';
import { VerificationService } from './verification.service';

export { VerificationUploadModule } from './verification-upload';

/** The public verification page and the decisions API (revocation). Spread into AppModule. */
export const VERIFICATION_CONTROLLERS = [VerificationController, DecisionController];
export const VERIFICATION_PROVIDERS = [VerificationService, SignatureCheckService, DecisionService, IssuedPapersRepository, ...DECISION_REPOSITORY_PROVIDERS];
