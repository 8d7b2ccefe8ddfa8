import { IsIn, IsOptional } from 'class-validator';

/** The input of a step that takes none: any field sent is refused. */
export class NoStepInput {}

/** A confirming button's form (closing a council session): nothing but an optional `confirm=1`. */
export class ConfirmForm {
  @IsOptional()
  @IsIn(['1'], { message: 'Tham số không hợp lệ.' })
  confirm?: string;
}
