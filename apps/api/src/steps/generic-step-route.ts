import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { PerformsStep } from '../auth/step-roles';
import type { StepCatalogue } from './step-input';

/**
 * `POST :id/steps/:step` of a workflow kind: performs whichever step of `catalogue` the path names,
 * for that step's roles; its OpenAPI description lists the steps it serves.
 */
export const GenericStepRoute = (catalogue: StepCatalogue, texts: { summaryVi: string; resultVi: string }) =>
  applyDecorators(
    Post(':id/steps/:step'),
    HttpCode(200),
    PerformsStep(catalogue, 'rest'),
    ApiOperation({
      summary: texts.summaryVi,
      description:
        'Tên bước (step): ' +
        catalogue.all().filter((s) => !s.input.ownRoute).map((s) => `${s.input.slug} (${s.description.labelVi})`).join(', ') +
        `. Nội dung gửi lên là dữ liệu của bước đó (như đường dẫn riêng của bước). Trả về { result }: ${texts.resultVi}. Bước không có: 404; vai trò không được thực hiện bước: 403.`,
    }),
    ApiBody({ schema: { type: 'object' }, required: false }),
    ApiOkResponse({ description: '{ result }: kết quả của bước.' }),
  );
